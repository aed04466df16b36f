namespace Reference.Generator.CharRnn;

/// <summary>The char-rnn of the answer key, written for speed: row-major arrays, one-hot inputs as row lookups,
/// allocation-free SIMD loops (<see cref="RowKernels"/>), rows of inactive ReLU units skipped, and the update of W
/// fused with the last pass of BPTT that reads it. Per-sample SGD as the assignment trains.</summary>
/// <remarks>U and W are kept transposed (UT is 27×H, WT is H×H with WT[j, i] = W[i, j]), so that every pass over them
/// walks rows: the input column of U is row x of UT; W h_{t−1} sums the rows j of WT with h_{t−1}[j] &gt; 0; Wᵀδ is
/// needed only where h_{t−1} &gt; 0 and reads the same rows; the update of W touches only rows with some h_t[j] &gt; 0.</remarks>
public sealed class FastCharRnn
{
    public const int K = 27;
    private static readonly int[] AllOutputs = Enumerable.Range(0, K).ToArray();

    private readonly int _h;
    private readonly double[] _ut;
    private readonly double[] _wt;
    private readonly double[] _v;
    private readonly double[] _b;
    private readonly double[] _c;
    private readonly double[] _carried;
    private readonly double[] _dState;
    private readonly int[] _active;
    private readonly double[] _scales;
    private readonly double[] _dots;
    private double[] _states = [];
    private double[] _probabilities = [];
    private double[] _deltas = [];
    private int[] _offsets = [];
    private double[] _terms = [];
    private bool _descending;

    /// <summary>Copies the weights: U (H×27), W (H×H) and V (27×H) row-major, b and c.</summary>
    public FastCharRnn(int hidden, double[] u, double[] w, double[] v, double[] b, double[] c)
    {
        _h = hidden;
        _ut = Transpose(u, hidden, K);
        _wt = Transpose(w, hidden, hidden);
        _v = (double[])v.Clone();
        _b = (double[])b.Clone();
        _c = (double[])c.Clone();
        _carried = new double[hidden];
        _dState = new double[hidden];
        _active = new int[hidden];
        _scales = new double[hidden];
        _dots = new double[hidden];
    }

    public int Hidden => _h;

    /// <summary>U, W and V row-major, b and c: the current weights.</summary>
    public (double[] U, double[] W, double[] V, double[] B, double[] C) Weights() =>
        (Transpose(_ut, K, _h), Transpose(_wt, _h, _h), (double[])_v.Clone(), (double[])_b.Clone(), (double[])_c.Clone());

    /// <summary>Runs one sequence; returns y_t as the rows of a T×27 span, valid until the next call.</summary>
    public ReadOnlySpan<double> Forward(ReadOnlySpan<int> inputs)
    {
        var (h, steps) = (_h, inputs.Length);
        Ensure(steps);
        _states.AsSpan(0, h).Clear();
        for (var t = 0; t < steps; t++)
        {
            var state = _states.AsSpan((t + 1) * h, h);
            _ut.AsSpan(inputs[t] * h, h).CopyTo(state);
            RowKernels.AddScaled(state, _b, 1.0);
            var active = Active(_states.AsSpan(t * h, h));
            RowKernels.AddScaledRows(state, _wt, h, _active.AsSpan(0, active), _scales.AsSpan(0, active));
            for (var i = 0; i < h; i++)
            {
                state[i] = state[i] > 0 ? state[i] : 0;
            }
            var p = _probabilities.AsSpan(t * K, K);
            RowKernels.DotRows(_v, h, AllOutputs, state, p);
            var max = double.NegativeInfinity;
            for (var k = 0; k < K; k++)
            {
                p[k] += _c[k];
                max = Math.Max(max, p[k]);
            }
            var sum = 0.0;
            for (var k = 0; k < K; k++)
            {
                p[k] = Math.Exp(p[k] - max);
                sum += p[k];
            }
            for (var k = 0; k < K; k++)
            {
                p[k] /= sum;
            }
        }
        return _probabilities.AsSpan(0, steps * K);
    }

    /// <summary>Forward, BPTT and one SGD step with <paramref name="learningRate"/>; returns the sequence's loss.</summary>
    public double TrainStep(ReadOnlySpan<int> inputs, ReadOnlySpan<int> targets, double learningRate)
    {
        var loss = Backward(inputs, targets, learningRate);
        UpdateAllButW(inputs, learningRate);
        return loss;
    }

    /// <summary>Forward and BPTT without a step; leaves y_t − onehot in the probability rows and δ_t = ∂L/∂a_t in the delta rows.</summary>
    internal double Gradients(ReadOnlySpan<int> inputs, ReadOnlySpan<int> targets) => Backward(inputs, targets, learningRate: null);

    /// <summary>BPTT. With a learning rate, the pass that carries δ_1 back to step 0 also applies W −= lr Σ_t δ_t h_{t−1}ᵀ:
    /// every δ_t that W's gradient needs is known by then (h_0 = 0 leaves δ_0 out), and that pass reads the old rows anyway.</summary>
    private double Backward(ReadOnlySpan<int> inputs, ReadOnlySpan<int> targets, double? learningRate)
    {
        Forward(inputs);
        var (h, steps) = (_h, inputs.Length);
        var loss = 0.0;
        _carried.AsSpan().Clear();
        for (var t = steps - 1; t >= 0; t--)
        {
            var dScores = _probabilities.AsSpan(t * K, K);
            loss -= Math.Log(dScores[targets[t]]);
            dScores[targets[t]] -= 1;
            var state = _states.AsSpan((t + 1) * h, h);
            var delta = _deltas.AsSpan(t * h, h);
            _carried.AsSpan().CopyTo(_dState);
            RowKernels.AddScaledRows(_dState, _v, h, AllOutputs, dScores);
            for (var i = 0; i < h; i++)
            {
                delta[i] = state[i] > 0 ? _dState[i] : 0;
            }
            if (t == 0)
            {
                break;
            }
            _carried.AsSpan().Clear();
            if (t == 1 && learningRate is { } rate)
            {
                CarryAndUpdateW(delta, steps, rate);
                continue;
            }
            var active = Active(_states.AsSpan(t * h, h));
            RowKernels.DotRows(_wt, h, _active.AsSpan(0, active), delta, _dots);
            for (var r = 0; r < active; r++)
            {
                _carried[_active[r]] = _dots[r];
            }
        }
        return loss;
    }

    /// <summary>For each row j of WT: carried[j] = WT[j]·δ_1 where h_1[j] &gt; 0 (old weights), then
    /// WT[j] −= lr Σ_{t≥1} h_t[j] δ_t.</summary>
    private void CarryAndUpdateW(ReadOnlySpan<double> delta1, int steps, double learningRate)
    {
        var h = _h;
        for (var j = 0; j < h; j++)
        {
            var terms = 0;
            for (var t = 1; t < steps; t++)
            {
                var previous = _states[t * h + j];
                if (previous > 0)
                {
                    _offsets[terms] = t;
                    _terms[terms++] = -learningRate * previous;
                }
            }
            if (terms == 0)
            {
                continue;
            }
            var row = _wt.AsSpan(j * h, h);
            if (_states[h + j] > 0)
            {
                _carried[j] = RowKernels.Dot(row, delta1);
            }
            RowKernels.AddScaledRows(row, _deltas, h, _offsets.AsSpan(0, terms), _terms.AsSpan(0, terms));
        }
    }

    /// <summary>U, V, b and c −= lr · their gradients, from what <see cref="Backward"/> left.</summary>
    private void UpdateAllButW(ReadOnlySpan<int> inputs, double learningRate)
    {
        var (h, steps) = (_h, inputs.Length);
        for (var t = 0; t < steps; t++)
        {
            var delta = _deltas.AsSpan(t * h, h);
            RowKernels.AddScaled(_b, delta, -learningRate);
            RowKernels.AddScaled(_ut.AsSpan(inputs[t] * h, h), delta, -learningRate);
            for (var k = 0; k < K; k++)
            {
                _c[k] -= learningRate * _probabilities[t * K + k];
            }
        }
        for (var k = 0; k < K; k++)
        {
            for (var t = 0; t < steps; t++)
            {
                _offsets[t] = t + 1;
                _terms[t] = -learningRate * _probabilities[t * K + k];
            }
            RowKernels.AddScaledRows(_v.AsSpan(k * h, h), _states, h, _offsets.AsSpan(0, steps), _terms.AsSpan(0, steps));
        }
    }

    /// <summary>The gradients of the last <see cref="Gradients"/> call as U, W, V (row-major), b and c, for tests.</summary>
    internal (double[] DU, double[] DW, double[] DV, double[] DB, double[] DC) GradientArrays(ReadOnlySpan<int> inputs)
    {
        var (h, steps) = (_h, inputs.Length);
        var (du, dw, dv, db, dc) = (new double[h * K], new double[h * h], new double[K * h], new double[h], new double[K]);
        for (var t = 0; t < steps; t++)
        {
            for (var i = 0; i < h; i++)
            {
                var delta = _deltas[t * h + i];
                db[i] += delta;
                du[i * K + inputs[t]] += delta;
                for (var j = 0; j < h; j++)
                {
                    dw[i * h + j] += delta * _states[t * h + j];
                }
            }
            for (var k = 0; k < K; k++)
            {
                dc[k] += _probabilities[t * K + k];
                for (var i = 0; i < h; i++)
                {
                    dv[k * h + i] += _probabilities[t * K + k] * _states[(t + 1) * h + i];
                }
            }
        }
        return (du, dw, dv, db, dc);
    }

    /// <summary>Lists the units with a positive state and their values in _active and _scales, alternating the
    /// order between passes so that a pass over W starts on the rows the last one touched last, still in cache
    /// (W of 400 units is 1.25 MiB, more than a core's L2).</summary>
    private int Active(ReadOnlySpan<double> state)
    {
        _descending = !_descending;
        var count = 0;
        for (var n = 0; n < state.Length; n++)
        {
            var j = _descending ? state.Length - 1 - n : n;
            if (state[j] > 0)
            {
                _active[count] = j;
                _scales[count++] = state[j];
            }
        }
        return count;
    }

    private void Ensure(int steps)
    {
        if (_probabilities.Length < steps * K)
        {
            _states = new double[(steps + 1) * _h];
            _probabilities = new double[steps * K];
            _deltas = new double[steps * _h];
            _offsets = new int[steps];
            _terms = new double[steps];
        }
    }

    private static double[] Transpose(double[] a, int rows, int columns)
    {
        var t = new double[a.Length];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                t[c * rows + r] = a[r * columns + c];
            }
        }
        return t;
    }
}
