namespace Reference.Generator.CharRnn;

/// <summary>A char-rnn training run as the assignment sets it; the defaults are those of the numpy baseline
/// (about 5000 windows of 10 characters, 400 hidden units, 15 epochs, learning rate 0.001).</summary>
public sealed record TrainingSettings
{
    public int Epochs { get; init; } = 15;
    public int Hidden { get; init; } = 400;
    public int Chars { get; init; } = 10000;
    public int Stride { get; init; } = 2;
    public int SeqLength { get; init; } = 10;
    public long Seed { get; init; }
    public double LearningRate { get; init; } = 0.001;

    /// <summary>Threads that share the hidden units, 1 or 2: two wherever there are two cores, since each core's half of W
    /// then stays in its own L2 cache (the threads meet about 20 times per window, well under a microsecond each).</summary>
    public int Threads { get; init; } = Math.Min(2, Environment.ProcessorCount);

    /// <summary>Optional per-segment learning rates: (rate, epochs) in order; the last one holds to the end.</summary>
    public IReadOnlyList<(double Rate, int Epochs)> Schedule { get; init; } = [];

    public double RateAt(int epoch)
    {
        var start = 0;
        foreach (var (rate, epochs) in Schedule)
        {
            if (epoch < start + epochs)
            {
                return rate;
            }
            start += epochs;
        }
        return Schedule.Count > 0 ? Schedule[^1].Rate : LearningRate;
    }

    /// <summary>Parses "0.001x5,0.0005x10": a rate and how many epochs it lasts, per segment.</summary>
    public static IReadOnlyList<(double Rate, int Epochs)> ParseSchedule(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(segment => segment.Split('x'))
            .Select(parts => (double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
}
