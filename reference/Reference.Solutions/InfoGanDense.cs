using System.Numerics;

namespace Reference.Solutions;

/// <summary>A float dense layer y = W x + b over a batch, with gradients and Adam (β1 = 0.5, β2 = 0.999), vectorised
/// with <see cref="Vector{T}"/>: the InfoGAN's building block.</summary>
public sealed class InfoGanDense
{
    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly float[] _weightGradient;
    private readonly float[] _biasGradient;
    private readonly float[] _first;
    private readonly float[] _second;
    private int _steps;

    /// <summary>A layer with He-initialised weights drawn from <paramref name="random"/> and zero bias.</summary>
    public InfoGanDense(int inputs, int outputs, InfoGanRandom random)
        : this(new float[inputs * outputs], new float[outputs])
    {
        var scale = Math.Sqrt(2.0 / inputs);
        for (var i = 0; i < _weights.Length; i++)
        {
            _weights[i] = (float)(random.Normal() * scale);
        }
    }

    /// <summary>A layer with the given weights (outputs×inputs, row by row) and bias, and fresh Adam moments.</summary>
    public InfoGanDense(float[] weights, float[] bias)
    {
        (Inputs, Outputs) = (weights.Length / bias.Length, bias.Length);
        _weights = weights;
        _bias = bias;
        _weightGradient = new float[_weights.Length];
        _biasGradient = new float[Outputs];
        _first = new float[_weights.Length + Outputs];
        _second = new float[_weights.Length + Outputs];
    }

    public int Inputs { get; }

    public int Outputs { get; }

    /// <summary>The current weights (outputs×inputs) and bias.</summary>
    public (float[] Weights, float[] Bias) Parameters => (_weights, _bias);

    /// <summary>The gradients accumulated since the last <see cref="Step"/>: the weights' (outputs×inputs), then the bias's.</summary>
    public (float[] Weights, float[] Bias) Gradients => (_weightGradient, _biasGradient);

    public void Forward(ReadOnlySpan<float> input, Span<float> output, int batch)
    {
        for (var n = 0; n < batch; n++)
        {
            var x = input.Slice(n * Inputs, Inputs);
            for (var o = 0; o < Outputs; o++)
            {
                output[n * Outputs + o] = Dot(x, _weights.AsSpan(o * Inputs, Inputs)) + _bias[o];
            }
        }
    }

    /// <summary>Writes ∂L/∂input when <paramref name="inputGradient"/> is not empty; accumulates the parameters'
    /// gradients when <paramref name="accumulate"/> (the generator's step only needs the input gradient through D).</summary>
    public void Backward(ReadOnlySpan<float> input, ReadOnlySpan<float> outputGradient, Span<float> inputGradient, int batch, bool accumulate)
    {
        for (var n = 0; n < batch; n++)
        {
            var x = input.Slice(n * Inputs, Inputs);
            var dx = inputGradient.IsEmpty ? default : inputGradient.Slice(n * Inputs, Inputs);
            dx.Clear();
            for (var o = 0; o < Outputs; o++)
            {
                var g = outputGradient[n * Outputs + o];
                if (g == 0)
                {
                    continue;
                }
                if (accumulate)
                {
                    _biasGradient[o] += g;
                    AddScaled(x, g, _weightGradient.AsSpan(o * Inputs, Inputs));
                }
                if (!dx.IsEmpty)
                {
                    AddScaled(_weights.AsSpan(o * Inputs, Inputs), g, dx);
                }
            }
        }
    }

    /// <summary>One Adam step with the accumulated gradients, which are then cleared: θ −= η·m̂/(√v̂ + ε), with the
    /// bias-corrected moments m̂ = m/(1 − β1ᵗ) and v̂ = v/(1 − β2ᵗ).</summary>
    public void Step(float learningRate)
    {
        const float beta1 = 0.5f, beta2 = 0.999f, epsilon = 1e-8f;
        _steps++;
        var (firstCorrection, secondCorrection) = (1 - MathF.Pow(beta1, _steps), 1 - MathF.Pow(beta2, _steps));
        Update(_weights, _weightGradient, 0);
        Update(_bias, _biasGradient, _weights.Length);

        void Update(float[] parameters, float[] gradient, int offset)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                var g = gradient[i];
                var m = _first[offset + i] = beta1 * _first[offset + i] + (1 - beta1) * g;
                var v = _second[offset + i] = beta2 * _second[offset + i] + (1 - beta2) * g * g;
                parameters[i] -= learningRate * (m / firstCorrection) / (MathF.Sqrt(v / secondCorrection) + epsilon);
            }
            Array.Clear(gradient);
        }
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var width = Vector<float>.Count;
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - width; i += width)
        {
            sum += new Vector<float>(a.Slice(i, width)) * new Vector<float>(b.Slice(i, width));
        }
        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }
        return total;
    }

    private static void AddScaled(ReadOnlySpan<float> x, float scale, Span<float> into)
    {
        var width = Vector<float>.Count;
        var factor = new Vector<float>(scale);
        var i = 0;
        for (; i <= x.Length - width; i += width)
        {
            (new Vector<float>(into.Slice(i, width)) + factor * new Vector<float>(x.Slice(i, width))).CopyTo(into.Slice(i, width));
        }
        for (; i < x.Length; i++)
        {
            into[i] += scale * x[i];
        }
    }
}
