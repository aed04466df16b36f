namespace Reference.Generator.CharRnn;

/// <summary>The passes of <see cref="FastCharRnn"/>, each run by every part on its own block of hidden units.</summary>
public sealed partial class FastCharRnn
{
    /// <summary>h_t on the part's units, then y_t from every part's share of the scores. h_0 = 0 is never written.</summary>
    private void ForwardSteps(FastCharRnnPart part, ReadOnlySpan<int> inputs, bool alone)
    {
        var (h, s, length) = (_h, part.Start, part.Length);
        var parts = alone ? 1 : _parts.Length;
        for (var t = 0; t < inputs.Length; t++)
        {
            var state = _states.Span.Slice((t + 1) * h + s, length);
            part.UT.Span.Slice(inputs[t] * length, length).CopyTo(state);
            RowKernels.AddScaled(state, part.B.Span, 1.0);
            var active = part.ListActive(_states.Span.Slice(t * h, h));
            RowKernels.AddScaledRows(state, part.WT.Span, length, 0, part.Active.AsSpan(0, active), part.Scales.AsSpan(0, active));
            for (var i = 0; i < length; i++)
            {
                state[i] = state[i] > 0 ? state[i] : 0;
            }
            var buffer = t % 2 * _parts.Length * ScoreStride;
            RowKernels.DotRows(part.V.Span, length, 0, AllOutputs, state, _partialScores.Span.Slice(buffer + part.Index * ScoreStride, K));
            if (!alone)
            {
                _barrier.SignalAndWait(part.Index);
            }
            var p = part.Probabilities.AsSpan(t * K, K);
            var max = double.NegativeInfinity;
            for (var k = 0; k < K; k++)
            {
                var score = _c[k];
                for (var q = 0; q < parts; q++)
                {
                    score += _partialScores[buffer + q * ScoreStride + k];
                }
                p[k] = score;
                max = Math.Max(max, score);
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
    }

    /// <summary>BPTT on the part's units. With a learning rate, each pass that carries δ_t back also applies W's
    /// gradient term of step t (see <see cref="CarryAndUpdateW"/>).</summary>
    private void Backward(FastCharRnnPart part, int[] inputs, int[] targets, double? learningRate, bool alone)
    {
        var (h, s, length, steps) = (_h, part.Start, part.Length, inputs.Length);
        var parts = alone ? 1 : _parts.Length;
        var carried = _carried.Span.Slice(s, length);
        carried.Clear();
        var loss = 0.0;
        for (var t = steps - 1; t >= 0; t--)
        {
            var dScores = part.Probabilities.AsSpan(t * K, K);
            loss -= Math.Log(dScores[targets[t]]);
            dScores[targets[t]] -= 1;
            var dState = part.DState.AsSpan(0, length);
            carried.CopyTo(dState);
            RowKernels.AddScaledRows(dState, part.V.Span, length, 0, AllOutputs, dScores);
            var state = _states.Span.Slice((t + 1) * h + s, length);
            var delta = _deltas.Span.Slice(t * h + s, length);
            for (var i = 0; i < length; i++)
            {
                delta[i] = state[i] > 0 ? dState[i] : 0;
            }
            if (t == 0)
            {
                break;
            }
            var partial = _partialCarried.Span.Slice(t % 2 * _parts.Length * h, _parts.Length * h);
            var mine = partial.Slice(part.Index * h, h);
            var active = part.ListActive(_states.Span.Slice(t * h, h));
            if (learningRate is { } rate)
            {
                CarryAndUpdateW(part, mine, active, t, steps, rate);
            }
            else
            {
                RowKernels.DotRows(part.WT.Span, length, 0, part.Active.AsSpan(0, active), delta, part.Dots);
                for (var r = 0; r < active; r++)
                {
                    mine[part.Active[r]] = part.Dots[r];
                }
            }
            if (!alone)
            {
                _barrier.SignalAndWait(part.Index);
            }
            var previous = _states.Span.Slice(t * h + s, length);
            for (var i = 0; i < length; i++)
            {
                var total = 0.0;
                for (var q = 0; q < parts; q++)
                {
                    total += partial[q * h + s + i];
                }
                carried[i] = previous[i] > 0 ? total : 0;
            }
        }
        if (part.Index == 0)
        {
            _loss = loss;
        }
    }

    /// <summary>Step t's pass over the rows j of WT with h_t[j] &gt; 0 (the previous state of step t), on the part's
    /// columns: the partial (Wᵀδ_t)[j], then WT[j] −= lr h_t[j] δ_t, W's gradient term of step t. The rows already carry
    /// the terms of the later steps t′ &gt; t, so the dot product is corrected back to the old weights:
    /// old·δ_t = new·δ_t + lr Σ_{t′&gt;t} h_{t′}[j] (δ_{t′}·δ_t). W is thus updated without a pass of its own.</summary>
    private void CarryAndUpdateW(FastCharRnnPart part, Span<double> partial, int active, int t, int steps, double learningRate)
    {
        var (h, s, length) = (_h, part.Start, part.Length);
        var delta = _deltas.Span.Slice(t * h + s, length);
        for (var r = 0; r < active; r++)
        {
            part.Scales[r] *= -learningRate;
        }
        RowKernels.DotThenAddScaledRows(part.WT.Span, length, 0, part.Active.AsSpan(0, active), part.Scales.AsSpan(0, active), delta, part.Dots);
        var corrections = part.Corrections.AsSpan();
        corrections.Clear();
        for (var later = t + 1; later < steps; later++)
        {
            var term = RowKernels.Dot(_deltas.Span.Slice(later * h + s, length), delta);
            RowKernels.AddScaled(corrections, _states.Span.Slice(later * h, h), term);
        }
        for (var r = 0; r < active; r++)
        {
            var j = part.Active[r];
            partial[j] = part.Dots[r] + learningRate * corrections[j];
        }
    }

    /// <summary>U, V, b (the part's units) and c (part 0) −= lr · their gradients, from what <see cref="Backward"/> left.</summary>
    private void UpdateAllButW(FastCharRnnPart part, int[] inputs, double learningRate)
    {
        var (h, s, length, steps) = (_h, part.Start, part.Length, inputs.Length);
        for (var t = 0; t < steps; t++)
        {
            var delta = _deltas.Span.Slice(t * h + s, length);
            RowKernels.AddScaled(part.B.Span, delta, -learningRate);
            RowKernels.AddScaled(part.UT.Span.Slice(inputs[t] * length, length), delta, -learningRate);
            for (var k = 0; k < K && part.Index == 0; k++)
            {
                _c[k] -= learningRate * part.Probabilities[t * K + k];
            }
        }
        for (var k = 0; k < K; k++)
        {
            for (var t = 0; t < steps; t++)
            {
                part.Rows[t] = t + 1;
                part.Terms[t] = -learningRate * part.Probabilities[t * K + k];
            }
            RowKernels.AddScaledRows(part.V.Span.Slice(k * length, length), _states.Span, h, s, part.Rows.AsSpan(0, steps), part.Terms.AsSpan(0, steps));
        }
    }

    /// <summary>The gradients of the last <see cref="Gradients"/> call as U, W, V (row-major), b and c, for tests.</summary>
    internal (double[] DU, double[] DW, double[] DV, double[] DB, double[] DC) GradientArrays(ReadOnlySpan<int> inputs)
    {
        if (_parts.Length > 1)
        {
            return OnOneThread().GradientArrays(inputs);
        }
        var (h, steps, dScores) = (_h, inputs.Length, _parts[0].Probabilities);
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
                dc[k] += dScores[t * K + k];
                for (var i = 0; i < h; i++)
                {
                    dv[k * h + i] += dScores[t * K + k] * _states[(t + 1) * h + i];
                }
            }
        }
        return (du, dw, dv, db, dc);
    }
}
