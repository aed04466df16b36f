namespace Reference.Generator.CharRnn;

/// <summary>One thread's share of <see cref="FastCharRnn"/>: a block of hidden units, its own copy of their weights (its
/// columns of WT, UT and V, its elements of b, each block contiguous and apart from the other part's, so that neither
/// the other core nor its prefetcher ever touches them) and the scratch it alone writes.</summary>
internal sealed class FastCharRnnPart(int index, int start, int length, int hidden)
{
    public int Index { get; } = index;
    public int Start { get; } = start;
    public int Length { get; } = length;

    /// <summary>WT[j, i] = W[Start + i, j]: H rows of <see cref="Length"/>.</summary>
    public AlignedBuffer WT { get; } = new(hidden * length);

    /// <summary>UT[x, i] = U[Start + i, x]: 27 rows of <see cref="Length"/>.</summary>
    public AlignedBuffer UT { get; } = new(FastCharRnn.K * length);

    /// <summary>V[k, Start + i]: 27 rows of <see cref="Length"/>.</summary>
    public AlignedBuffer V { get; } = new(FastCharRnn.K * length);

    public AlignedBuffer B { get; } = new(length);

    /// <summary>Active units (h_j &gt; 0) of the state a pass reads, with their values.</summary>
    public int[] Active { get; } = new int[hidden];
    public double[] Scales { get; } = new double[hidden];
    public double[] Dots { get; } = new double[hidden];

    /// <summary>lr Σ_{t′&gt;t} h_{t′}[j] (δ_{t′}·δ_t) before the factor lr, for every unit j (see FastCharRnn.CarryAndUpdateW).</summary>
    public double[] Corrections { get; } = new double[hidden];
    public double[] DState { get; } = new double[length];

    /// <summary>y_t rows (then y_t − onehot after BPTT); every part computes the same values from the shared partial scores.</summary>
    public double[] Probabilities { get; private set; } = [];
    public int[] Rows { get; private set; } = [];
    public double[] Terms { get; private set; } = [];
    public bool Descending { get; set; }

    /// <summary>Copies the part's block from U (H×27), W (H×H), V (27×H) row-major and b.</summary>
    public void LoadWeights(double[] u, double[] w, double[] v, double[] b)
    {
        var (h, k) = (b.Length, FastCharRnn.K);
        for (var i = 0; i < Length; i++)
        {
            var unit = Start + i;
            for (var j = 0; j < h; j++)
            {
                WT[j * Length + i] = w[unit * h + j];
            }
            for (var x = 0; x < k; x++)
            {
                UT[x * Length + i] = u[unit * k + x];
                V[x * Length + i] = v[x * h + unit];
            }
            B[i] = b[unit];
        }
    }

    /// <summary>Writes the part's block back into U, W, V and b (the inverse of <see cref="LoadWeights"/>).</summary>
    public void StoreWeights(double[] u, double[] w, double[] v, double[] b)
    {
        var (h, k) = (b.Length, FastCharRnn.K);
        for (var i = 0; i < Length; i++)
        {
            var unit = Start + i;
            for (var j = 0; j < h; j++)
            {
                w[unit * h + j] = WT[j * Length + i];
            }
            for (var x = 0; x < k; x++)
            {
                u[unit * k + x] = UT[x * Length + i];
                v[x * h + unit] = V[x * Length + i];
            }
            b[unit] = B[i];
        }
    }

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
            // Written always, kept only when positive: a branch here would be mispredicted for half the units.
            var j = Descending ? state.Length - 1 - n : n;
            Active[count] = j;
            Scales[count] = state[j];
            count += state[j] > 0 ? 1 : 0;
        }
        return count;
    }
}
