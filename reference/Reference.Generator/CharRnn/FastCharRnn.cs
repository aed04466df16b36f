using System.Numerics.Tensors;

namespace Reference.Generator.CharRnn;

/// <summary>The char-rnn of the answer key, written for speed: row-major arrays, one-hot inputs as row lookups,
/// allocation-free loops on SIMD spans, and rows of inactive ReLU units skipped. Per-sample SGD as the assignment trains.</summary>
/// <remarks>U and W are kept transposed (UT is 27×H, WT is H×H with WT[j, i] = W[i, j]), so that every pass over them
/// walks rows: the input column of U is row x of UT; W h_{t−1} adds the rows j of WT with h_{t−1}[j] &gt; 0; Wᵀδ is
/// needed only where h_{t−1} &gt; 0 and reads the same rows; and the update of W touches those rows only.</remarks>
public sealed class FastCharRnn
{
    public const int K = 27;

    private readonly int _h;
    private readonly double[] _ut;
    private readonly double[] _wt;
    private readonly double[] _v;
    private readonly double[] _b;
    private readonly double[] _c;
    private double[] _states = [];
    private double[] _probabilities = [];
    private double[] _deltas = [];
    private readonly double[] _carried;
    private readonly double[] _dState;
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
            var previous = _states.AsSpan(t * h, h);
            var state = _states.AsSpan((t + 1) * h, h);
            TensorPrimitives.Add(_ut.AsSpan(inputs[t] * h, h), _b, state);
            var descending = Turn();
            for (var n = 0; n < h; n++)
            {
                var j = descending ? h - 1 - n : n;
                if (previous[j] > 0)
                {
                    TensorPrimitives.MultiplyAdd(_wt.AsSpan(j * h, h), previous[j], state, state);
                }
            }
            TensorPrimitives.Max(state, 0.0, state);
            var p = _probabilities.AsSpan(t * K, K);
            for (var k = 0; k < K; k++)
            {
                p[k] = TensorPrimitives.Dot(_v.AsSpan(k * h, h), state) + _c[k];
            }
            TensorPrimitives.Subtract(p, TensorPrimitives.Max(p), p);
            TensorPrimitives.SoftMax(p, p);
        }
        return _probabilities.AsSpan(0, steps * K);
    }

    /// <summary>Forward, BPTT and one SGD step with <paramref name="learningRate"/>; returns the sequence's loss.</summary>
    public double TrainStep(ReadOnlySpan<int> inputs, ReadOnlySpan<int> targets, double learningRate)
    {
        var loss = Gradients(inputs, targets);
        Update(inputs, learningRate);
        return loss;
    }

    /// <summary>Forward and BPTT; leaves y_t − onehot in the probability rows and δ_t = ∂L/∂a_t in the delta rows.</summary>
    internal double Gradients(ReadOnlySpan<int> inputs, ReadOnlySpan<int> targets)
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
            for (var k = 0; k < K; k++)
            {
                TensorPrimitives.MultiplyAdd(_v.AsSpan(k * h, h), dScores[k], _dState, _dState);
            }
            for (var i = 0; i < h; i++)
            {
                delta[i] = state[i] > 0 ? _dState[i] : 0;
            }
            if (t > 0)
            {
                var previous = _states.AsSpan(t * h, h);
                var descending = Turn();
                for (var n = 0; n < h; n++)
                {
                    var j = descending ? h - 1 - n : n;
                    _carried[j] = previous[j] > 0 ? TensorPrimitives.Dot(_wt.AsSpan(j * h, h), delta) : 0;
                }
            }
        }
        return loss;
    }

    /// <summary>W −= lr Σ_t δ_t h_{t−1}ᵀ and the like for U, V, b, c, from what <see cref="Gradients"/> left.</summary>
    internal void Update(ReadOnlySpan<int> inputs, double learningRate)
    {
        var (h, steps) = (_h, inputs.Length);
        for (var t = 0; t < steps; t++)
        {
            var delta = _deltas.AsSpan(t * h, h);
            var dScores = _probabilities.AsSpan(t * K, K);
            var state = _states.AsSpan((t + 1) * h, h);
            TensorPrimitives.MultiplyAdd(delta, -learningRate, _b, _b);
            TensorPrimitives.MultiplyAdd(dScores, -learningRate, _c, _c);
            var ut = _ut.AsSpan(inputs[t] * h, h);
            TensorPrimitives.MultiplyAdd(delta, -learningRate, ut, ut);
            for (var k = 0; k < K; k++)
            {
                var row = _v.AsSpan(k * h, h);
                TensorPrimitives.MultiplyAdd(state, -learningRate * dScores[k], row, row);
            }
        }
        var descending = Turn();
        for (var n = 0; n < h; n++)
        {
            var j = descending ? h - 1 - n : n;
            var row = _wt.AsSpan(j * h, h);
            for (var t = 1; t < steps; t++)
            {
                var previous = _states[t * h + j];
                if (previous > 0)
                {
                    TensorPrimitives.MultiplyAdd(_deltas.AsSpan(t * h, h), -learningRate * previous, row, row);
                }
            }
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

    /// <summary>Alternates the direction of successive passes over W: a pass then starts on the rows the last one
    /// touched last, which are still in cache (W of 400 units is 1.25 MiB, more than a core's L2).</summary>
    private bool Turn() => _descending = !_descending;

    private void Ensure(int steps)
    {
        if (_probabilities.Length < steps * K)
        {
            _states = new double[(steps + 1) * _h];
            _probabilities = new double[steps * K];
            _deltas = new double[steps * _h];
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
