namespace Grader.Toolkit;

/// <summary>scikit-learn's ACTIVATIONS and DERIVATIVES: in place, the derivative written in terms of the activation's output.</summary>
internal static class ActivationFunctions
{
    public static void Apply(Activation activation, double[] values)
    {
        switch (activation)
        {
            case Activation.Identity:
                break;
            case Activation.Logistic:
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = Logistic(values[i]);
                }
                break;
            case Activation.Tanh:
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = Math.Tanh(values[i]);
                }
                break;
            case Activation.Relu:
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = Math.Max(values[i], 0.0);
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(activation), activation, null);
        }
    }

    /// <summary>Multiplies <paramref name="delta"/> by f'(a), where <paramref name="output"/> = f(a).</summary>
    public static void MultiplyByDerivative(Activation activation, double[] output, double[] delta)
    {
        switch (activation)
        {
            case Activation.Identity:
                break;
            case Activation.Logistic:
                for (var i = 0; i < delta.Length; i++)
                {
                    delta[i] *= output[i] * (1.0 - output[i]);
                }
                break;
            case Activation.Tanh:
                for (var i = 0; i < delta.Length; i++)
                {
                    delta[i] *= 1.0 - output[i] * output[i];
                }
                break;
            case Activation.Relu:
                for (var i = 0; i < delta.Length; i++)
                {
                    if (output[i] == 0.0)
                    {
                        delta[i] = 0.0;
                    }
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(activation), activation, null);
        }
    }

    public static double Logistic(double a) => 1.0 / (1.0 + Math.Exp(-a));

    /// <summary>Row-wise softmax, shifted by each row's maximum.</summary>
    public static void Softmax(double[] values, int rows, int columns)
    {
        for (var r = 0; r < rows; r++)
        {
            var offset = r * columns;
            var max = double.NegativeInfinity;
            for (var c = 0; c < columns; c++)
            {
                max = Math.Max(max, values[offset + c]);
            }
            var sum = 0.0;
            for (var c = 0; c < columns; c++)
            {
                values[offset + c] = Math.Exp(values[offset + c] - max);
                sum += values[offset + c];
            }
            for (var c = 0; c < columns; c++)
            {
                values[offset + c] /= sum;
            }
        }
    }
}
