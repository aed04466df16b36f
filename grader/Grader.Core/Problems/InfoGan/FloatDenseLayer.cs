using System.Numerics.Tensors;
using Grader.Core.Grading;

namespace Grader.Core.Problems.InfoGan;

/// <summary>A fully connected float layer y = W x + b over a batch (rows of a row-major buffer), with its gradients
/// and Adam moments; the measuring classifier's building block.</summary>
[GraderSide]
internal sealed class FloatDenseLayer
{
    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly float[] _weightGradient;
    private readonly float[] _biasGradient;
    private readonly float[] _moments;

    public FloatDenseLayer(int inputs, int outputs, DigitRandom random)
    {
        (Inputs, Outputs) = (inputs, outputs);
        _weights = new float[inputs * outputs];
        _bias = new float[outputs];
        _weightGradient = new float[_weights.Length];
        _biasGradient = new float[outputs];
        _moments = new float[4 * (_weights.Length + outputs)];
        var scale = Math.Sqrt(2.0 / inputs);
        for (var i = 0; i < _weights.Length; i++)
        {
            _weights[i] = (float)(random.Normal() * scale);
        }
    }

    public int Inputs { get; }

    public int Outputs { get; }

    /// <summary>output[n] = W input[n] + b for each of the <paramref name="batch"/> rows.</summary>
    public void Forward(ReadOnlySpan<float> input, Span<float> output, int batch)
    {
        for (var n = 0; n < batch; n++)
        {
            var x = input.Slice(n * Inputs, Inputs);
            for (var o = 0; o < Outputs; o++)
            {
                output[n * Outputs + o] = TensorPrimitives.Dot(x, _weights.AsSpan(o * Inputs, Inputs)) + _bias[o];
            }
        }
    }

    /// <summary>Accumulates ∂L/∂W and ∂L/∂b from the output gradient and, when <paramref name="inputGradient"/> is not
    /// empty, writes ∂L/∂input.</summary>
    public void Backward(ReadOnlySpan<float> input, ReadOnlySpan<float> outputGradient, Span<float> inputGradient, int batch)
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
                _biasGradient[o] += g;
                var row = _weightGradient.AsSpan(o * Inputs, Inputs);
                TensorPrimitives.MultiplyAdd(x, g, row, row);
                if (!dx.IsEmpty)
                {
                    TensorPrimitives.MultiplyAdd(_weights.AsSpan(o * Inputs, Inputs), g, dx, dx);
                }
            }
        }
    }

    /// <summary>One Adam step with the accumulated gradients (then cleared); <paramref name="step"/> counts from 1.</summary>
    public void AdamStep(float learningRate, int step)
    {
        Adam(_weights, _weightGradient, _moments.AsSpan(0, 2 * _weights.Length), learningRate, step);
        Adam(_bias, _biasGradient, _moments.AsSpan(2 * _weights.Length, 2 * _bias.Length), learningRate, step);
    }

    private static void Adam(float[] parameters, float[] gradient, Span<float> moments, float learningRate, int step)
    {
        const float beta1 = 0.9f, beta2 = 0.999f, epsilon = 1e-8f;
        var correction1 = 1 - MathF.Pow(beta1, step);
        var correction2 = 1 - MathF.Pow(beta2, step);
        var first = moments[..parameters.Length];
        var second = moments[parameters.Length..];
        for (var i = 0; i < parameters.Length; i++)
        {
            first[i] = beta1 * first[i] + (1 - beta1) * gradient[i];
            second[i] = beta2 * second[i] + (1 - beta2) * gradient[i] * gradient[i];
            parameters[i] -= learningRate * (first[i] / correction1) / (MathF.Sqrt(second[i] / correction2) + epsilon);
        }
        Array.Clear(gradient);
    }
}
