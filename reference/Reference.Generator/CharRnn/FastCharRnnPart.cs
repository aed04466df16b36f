namespace Reference.Generator.CharRnn;

/// <summary>One thread's share of <see cref="FastCharRnn"/>: a block of hidden units (columns of WT, V and UT, elements
/// of b, h and δ) and the scratch it alone writes.</summary>
internal sealed class FastCharRnnPart(int index, int start, int length, int hidden)
{
    public int Index { get; } = index;
    public int Start { get; } = start;
    public int Length { get; } = length;

    /// <summary>Active units (h_j &gt; 0) of the state a pass reads, with their values.</summary>
    public int[] Active { get; } = new int[hidden];
    public double[] Scales { get; } = new double[hidden];
    public double[] Dots { get; } = new double[hidden];
    public double[] DState { get; } = new double[length];

    /// <summary>y_t rows (then y_t − onehot after BPTT); every part computes the same values from the shared partial scores.</summary>
    public double[] Probabilities { get; private set; } = [];
    public int[] Rows { get; private set; } = [];
    public double[] Terms { get; private set; } = [];
    public bool Descending { get; set; }

    public void Ensure(int steps)
    {
        if (Probabilities.Length < steps * FastCharRnn.K)
        {
            Probabilities = new double[steps * FastCharRnn.K];
            Rows = new int[steps];
            Terms = new double[steps];
        }
    }

    /// <summary>Lists the units with a positive state, alternating the order between passes so that a pass over WT
    /// starts on the rows the last one touched last, still in cache.</summary>
    public int ListActive(ReadOnlySpan<double> state)
    {
        Descending = !Descending;
        var count = 0;
        for (var n = 0; n < state.Length; n++)
        {
            var j = Descending ? state.Length - 1 - n : n;
            if (state[j] > 0)
            {
                Active[count] = j;
                Scales[count++] = state[j];
            }
        }
        return count;
    }
}
