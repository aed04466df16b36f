using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.MlpSelection;

/// <summary>The <c>mlp-selection</c> data: points uniform in the cube [−2, 2]³ (three decimals), labelled 1 inside the
/// ball |x|² &lt; 2.2, with 5 % of the labels flipped. A default MLP (400 Adam steps of 1e-3 on 240 samples) underfits
/// the curved boundary; larger steps and smaller batches fit it, and the noise keeps every accuracy below 1.</summary>
public static class BallData
{
    public const int TrainRows = 240;
    public const int DevRows = 160;
    private const double RadiusSquared = 2.2;
    private const double FlipRate = 0.05;

    public static (Matrix<double> X, int[] Y) Draw(int rows, long seed)
    {
        var random = new SeededRandom(seed);
        var x = Matrix<double>.Build.Dense(rows, 3);
        var y = new int[rows];
        for (var r = 0; r < rows; r++)
        {
            var squared = 0.0;
            for (var c = 0; c < 3; c++)
            {
                x[r, c] = (random.NextInt(4001) - 2000) / 1000.0;
                squared += x[r, c] * x[r, c];
            }
            var inside = squared < RadiusSquared;
            y[r] = inside ^ (random.NextDouble() < FlipRate) ? 1 : 0;
        }
        return (x, y);
    }
}
