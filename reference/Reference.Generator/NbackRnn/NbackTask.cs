namespace Reference.Generator.NbackRnn;

/// <summary>The n-back task: x_t ∈ {0, 1}, each with probability ½, and y_t = x_{t−n} (0 for the first n steps).</summary>
public static class NbackTask
{
    public const int DefaultLength = 50;

    /// <summary>A seeded sequence: the inputs x_1 … x_T and the targets y_1 … y_T.</summary>
    public static (double[] X, double[] Y) Generate(long seed, int length = DefaultLength, int back = 2)
    {
        var random = new SeededRandom(seed);
        var x = new double[length];
        for (var t = 0; t < length; t++)
        {
            x[t] = random.NextDouble() < 0.5 ? 0 : 1;
        }
        var y = new double[length];
        for (var t = back; t < length; t++)
        {
            y[t] = x[t - back];
        }
        return (x, y);
    }
}
