namespace Reference.Generator.CharRnn;

/// <summary>The char-rnn of the answer key, written for speed: row-major arrays, one-hot inputs as row lookups,
/// allocation-free SIMD loops (<see cref="RowKernels"/>), rows of inactive ReLU units skipped, the update of W fused
/// with the last pass of BPTT that reads it, and the hidden units split between threads. Per-sample SGD as the
/// assignment trains.</summary>
/// <remarks>U and W are kept transposed (UT is 27×H, WT is H×H with WT[j, i] = W[i, j]), so that every pass over them
/// walks rows: the input column of U is row x of UT; W h_{t−1} sums the rows j of WT with h_{t−1}[j] &gt; 0; Wᵀδ is
/// needed only where h_{t−1} &gt; 0 and reads the same rows; the update of W touches only rows with some h_t[j] &gt; 0.
/// With two parts, each thread owns a block of columns of WT, V and UT (its hidden units), so its share of W stays in
/// its own core's cache; the threads meet once per step to add up the output scores and Wᵀδ.</remarks>
public sealed partial class FastCharRnn
{
    public const int K = 27;
    private static readonly int[] AllOutputs = Enumerable.Range(0, K).ToArray();

    /// <summary>Each part's share of the output scores starts a cache line of its own (see <see cref="AlignedBuffer"/>).</summary>
    private const int ScoreStride = 32;
    private const int DoublesPerLine = 8;

    private readonly int _h;
    private readonly double[] _c;
    private readonly AlignedBuffer _carried;
    private readonly FastCharRnnPart[] _parts;
    private readonly SpinBarrier _barrier;
    private AlignedBuffer _states = new(0);
    private AlignedBuffer _deltas = new(0);
    private AlignedBuffer _partialScores = new(0);
    private AlignedBuffer _partialCarried = new(0);
    private double _loss;
    private FastCharRnn? _onOneThread;

    /// <summary>Copies the weights: U (H×27), W (H×H) and V (27×H) row-major, b and c; <paramref name="threads"/>
    /// is 1 or 2.</summary>
    public FastCharRnn(int hidden, double[] u, double[] w, double[] v, double[] b, double[] c, int threads = 1)
    {
        _h = hidden;
        _c = (double[])c.Clone();
        _carried = new AlignedBuffer(hidden);
        var split = threads == 1 ? hidden : hidden / 2 / DoublesPerLine * DoublesPerLine;
        _parts = threads == 1
            ? [new FastCharRnnPart(0, 0, hidden, hidden)]
            : [new FastCharRnnPart(0, 0, split, hidden), new FastCharRnnPart(1, split, hidden - split, hidden)];
        foreach (var part in _parts)
        {
            part.LoadWeights(u, w, v, b);
        }
        _barrier = new SpinBarrier(_parts.Length);
    }

    public int Hidden => _h;

    /// <summary>U, W and V row-major, b and c: the current weights.</summary>
    public (double[] U, double[] W, double[] V, double[] B, double[] C) Weights()
    {
        var (u, w, v, b) = (new double[_h * K], new double[_h * _h], new double[K * _h], new double[_h]);
        foreach (var part in _parts)
        {
            part.StoreWeights(u, w, v, b);
        }
        return (u, w, v, b, (double[])_c.Clone());
    }

    /// <summary>Runs one sequence on this thread; returns y_t as the rows of a T×27 span, valid until the next call.</summary>
    public ReadOnlySpan<double> Forward(ReadOnlySpan<int> inputs)
    {
        if (_parts.Length > 1)
        {
            return OnOneThread().Forward(inputs);
        }
        Ensure(inputs.Length);
        _parts[0].Ensure(inputs.Length);
        ForwardSteps(_parts[0], inputs, alone: true);
        return _parts[0].Probabilities.AsSpan(0, inputs.Length * K);
    }

    /// <summary>One SGD step per window of <paramref name="order"/>, each part on its own thread.</summary>
    public void Train(IReadOnlyList<int> order, int[][] inputs, int[][] targets, double learningRate)
    {
        _onOneThread = null;
        var steps = inputs.Length == 0 ? 0 : inputs.Max(x => x.Length);
        Ensure(steps);
        foreach (var part in _parts)
        {
            part.Ensure(steps);
        }
        void Run(FastCharRnnPart part)
        {
            foreach (var n in order)
            {
                Sample(part, inputs[n], targets[n], learningRate);
            }
        }
        if (_parts.Length == 1)
        {
            Run(_parts[0]);
            return;
        }
        var workers = _parts.Skip(1).Select(part => new Thread(() => Run(part)) { IsBackground = true }).ToArray();
        foreach (var worker in workers)
        {
            worker.Start();
        }
        Run(_parts[0]);
        foreach (var worker in workers)
        {
            worker.Join();
        }
    }

    /// <summary>Forward, BPTT and one SGD step on one window, on this thread alone; returns the loss.</summary>
    public double TrainStep(int[] inputs, int[] targets, double learningRate)
    {
        Train([0], [inputs], [targets], learningRate);
        return _loss;
    }

    /// <summary>Forward and BPTT without a step, on this thread; leaves y_t − onehot in the probability rows and
    /// δ_t = ∂L/∂a_t in the delta rows.</summary>
    internal double Gradients(int[] inputs, int[] targets)
    {
        if (_parts.Length > 1)
        {
            return OnOneThread().Gradients(inputs, targets);
        }
        Forward(inputs);
        Backward(_parts[0], inputs, targets, learningRate: null, alone: true);
        return _loss;
    }

    /// <summary>A one-part copy of the current weights, for the calls that run on the caller's thread alone.</summary>
    private FastCharRnn OnOneThread()
    {
        if (_onOneThread is null)
        {
            var (u, w, v, b, c) = Weights();
            _onOneThread = new FastCharRnn(_h, u, w, v, b, c);
        }
        return _onOneThread;
    }

    private void Sample(FastCharRnnPart part, int[] inputs, int[] targets, double learningRate)
    {
        ForwardSteps(part, inputs, alone: false);
        Backward(part, inputs, targets, learningRate, alone: false);
        UpdateAllButW(part, inputs, learningRate);
        _barrier.SignalAndWait(part.Index);
    }

    private void Ensure(int steps)
    {
        if (_states.Length < (steps + 1) * _h)
        {
            _states = new AlignedBuffer((steps + 1) * _h);
            _deltas = new AlignedBuffer(steps * _h);
            _partialScores = new AlignedBuffer(2 * _parts.Length * ScoreStride);
            _partialCarried = new AlignedBuffer(2 * _parts.Length * _h);
        }
    }
}
