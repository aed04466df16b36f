namespace Grader.Toolkit;

/// <summary>The weights of a fitted MLP and the two passes over a batch, written as scikit-learn's
/// <c>_forward_pass</c> and <c>_backprop</c>. Matrices are row-major; a layer's weight is fan_in × fan_out.</summary>
internal sealed class MlpNetwork
{
    public MlpNetwork(int[] layerUnits, Activation hidden, bool softmaxOutput, double[][] coefs, double[][] intercepts)
    {
        LayerUnits = layerUnits;
        Hidden = hidden;
        SoftmaxOutput = softmaxOutput;
        Coefs = coefs;
        Intercepts = intercepts;
    }

    public int[] LayerUnits { get; }

    public Activation Hidden { get; }

    /// <summary>Softmax output for more than two classes; otherwise one logistic output unit.</summary>
    public bool SoftmaxOutput { get; }

    public double[][] Coefs { get; }

    public double[][] Intercepts { get; }

    public int Layers => Coefs.Length;

    /// <summary>Glorot-uniform initialisation: each layer's weights (row-major), then its intercepts, uniform on ±√(f/(fan_in+fan_out)),
    /// f = 2 for a logistic activation and 6 otherwise (the hidden activation sets f for the output layer too).</summary>
    public static MlpNetwork Initialise(int[] layerUnits, Activation hidden, bool softmaxOutput, ToolkitRandom random)
    {
        var layers = layerUnits.Length - 1;
        var coefs = new double[layers][];
        var intercepts = new double[layers][];
        var factor = hidden == Activation.Logistic ? 2.0 : 6.0;
        for (var l = 0; l < layers; l++)
        {
            var (fanIn, fanOut) = (layerUnits[l], layerUnits[l + 1]);
            var bound = Math.Sqrt(factor / (fanIn + fanOut));
            coefs[l] = new double[fanIn * fanOut];
            for (var i = 0; i < coefs[l].Length; i++)
            {
                coefs[l][i] = random.Uniform(-bound, bound);
            }
            intercepts[l] = new double[fanOut];
            for (var i = 0; i < fanOut; i++)
            {
                intercepts[l][i] = random.Uniform(-bound, bound);
            }
        }
        return new MlpNetwork(layerUnits, hidden, softmaxOutput, coefs, intercepts);
    }

    /// <summary>The activations of every layer for <paramref name="rows"/> samples; element 0 is the input itself.</summary>
    public double[][] Forward(double[] input, int rows)
    {
        var activations = new double[Layers + 1][];
        activations[0] = input;
        for (var l = 0; l < Layers; l++)
        {
            var (fanIn, fanOut) = (LayerUnits[l], LayerUnits[l + 1]);
            var a = activations[l];
            var w = Coefs[l];
            var z = new double[rows * fanOut];
            for (var r = 0; r < rows; r++)
            {
                var zRow = r * fanOut;
                Array.Copy(Intercepts[l], 0, z, zRow, fanOut);
                for (var k = 0; k < fanIn; k++)
                {
                    var ak = a[r * fanIn + k];
                    if (ak == 0.0)
                    {
                        continue;
                    }
                    var wRow = k * fanOut;
                    for (var j = 0; j < fanOut; j++)
                    {
                        z[zRow + j] += ak * w[wRow + j];
                    }
                }
            }
            if (l < Layers - 1)
            {
                ActivationFunctions.Apply(Hidden, z);
            }
            else if (SoftmaxOutput)
            {
                ActivationFunctions.Softmax(z, rows, fanOut);
            }
            else
            {
                for (var i = 0; i < z.Length; i++)
                {
                    z[i] = ActivationFunctions.Logistic(z[i]);
                }
            }
            activations[l + 1] = z;
        }
        return activations;
    }

    /// <summary>The batch loss (log-loss plus ½·α·Σ‖W‖²/rows) and its gradients, written into the given arrays.</summary>
    /// <param name="targets">rows × outputs: 0/1 for a logistic output, one-hot for softmax.</param>
    public double Backprop(double[] input, double[] targets, int rows, double alpha, double[][] coefGrads, double[][] interceptGrads)
    {
        var activations = Forward(input, rows);
        var output = activations[Layers];
        var loss = MlpLoss.LogLoss(targets, output, rows, SoftmaxOutput) + 0.5 * alpha * SquaredWeights() / rows;

        var delta = new double[output.Length];
        for (var i = 0; i < delta.Length; i++)
        {
            delta[i] = output[i] - targets[i];
        }
        for (var l = Layers - 1; l >= 0; l--)
        {
            LayerGradients(l, activations[l], delta, rows, alpha, coefGrads[l], interceptGrads[l]);
            if (l > 0)
            {
                delta = BackThroughWeights(l, delta, rows);
                ActivationFunctions.MultiplyByDerivative(Hidden, activations[l], delta);
            }
        }
        return loss;
    }

    public double SquaredWeights()
    {
        var sum = 0.0;
        foreach (var w in Coefs)
        {
            foreach (var v in w)
            {
                sum += v * v;
            }
        }
        return sum;
    }

    private void LayerGradients(int l, double[] a, double[] delta, int rows, double alpha, double[] coefGrad, double[] interceptGrad)
    {
        var (fanIn, fanOut) = (LayerUnits[l], LayerUnits[l + 1]);
        var w = Coefs[l];
        for (var i = 0; i < coefGrad.Length; i++)
        {
            coefGrad[i] = alpha * w[i];
        }
        Array.Clear(interceptGrad);
        for (var r = 0; r < rows; r++)
        {
            var dRow = r * fanOut;
            for (var k = 0; k < fanIn; k++)
            {
                var ak = a[r * fanIn + k];
                if (ak == 0.0)
                {
                    continue;
                }
                var gRow = k * fanOut;
                for (var j = 0; j < fanOut; j++)
                {
                    coefGrad[gRow + j] += ak * delta[dRow + j];
                }
            }
            for (var j = 0; j < fanOut; j++)
            {
                interceptGrad[j] += delta[dRow + j];
            }
        }
        for (var i = 0; i < coefGrad.Length; i++)
        {
            coefGrad[i] /= rows;
        }
        for (var j = 0; j < fanOut; j++)
        {
            interceptGrad[j] /= rows;
        }
    }

    private double[] BackThroughWeights(int l, double[] delta, int rows)
    {
        var (fanIn, fanOut) = (LayerUnits[l], LayerUnits[l + 1]);
        var w = Coefs[l];
        var previous = new double[rows * fanIn];
        for (var r = 0; r < rows; r++)
        {
            for (var k = 0; k < fanIn; k++)
            {
                var sum = 0.0;
                var wRow = k * fanOut;
                for (var j = 0; j < fanOut; j++)
                {
                    sum += delta[r * fanOut + j] * w[wRow + j];
                }
                previous[r * fanIn + k] = sum;
            }
        }
        return previous;
    }
}
