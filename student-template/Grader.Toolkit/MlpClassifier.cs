using MathNet.Numerics.LinearAlgebra;

namespace Grader.Toolkit;

/// <summary>A multi-layer perceptron classifier that trains as scikit-learn 1.2's <c>MLPClassifier</c> with a stochastic
/// solver: Glorot-uniform weights, mini-batches of a shuffled epoch, log-loss with an L2 penalty, Adam or SGD, and
/// the stop after more than <c>n_iter_no_change</c> epochs without the training loss falling by <c>tol</c>.
/// Deterministic: the same data and <see cref="MlpParameters.RandomState"/> give the same weights.</summary>
/// <remarks>Two classes use one logistic output unit and predict the second class when its probability is above 0.5;
/// more classes use a softmax output and predict the most probable class.</remarks>
public sealed class MlpClassifier(MlpParameters? parameters = null)
{
    private MlpNetwork? _network;
    private int[] _classes = [];
    private List<double> _lossCurve = [];

    /// <summary>The hyper-parameters this classifier trains with.</summary>
    public MlpParameters Parameters { get; } = parameters ?? new MlpParameters();

    /// <summary>The class labels seen by <see cref="Fit"/>, in increasing order.</summary>
    public IReadOnlyList<int> Classes => _classes;

    /// <summary>The mean training loss of each epoch (scikit-learn's <c>loss_curve_</c>).</summary>
    public IReadOnlyList<double> LossCurve => _lossCurve;

    /// <summary>Epochs run (<c>n_iter_</c>).</summary>
    public int NIter => _lossCurve.Count;

    /// <summary>Whether training stopped on the <c>tol</c> rule rather than at <c>max_iter</c>.</summary>
    public bool Converged { get; private set; }

    /// <summary>Each layer's weights, fan_in × fan_out (<c>coefs_</c>).</summary>
    public IReadOnlyList<Matrix<double>> Coefs => Network.Coefs
        .Select((w, l) => Matrix<double>.Build.DenseOfRowMajor(Network.LayerUnits[l], Network.LayerUnits[l + 1], w))
        .ToArray();

    /// <summary>Each layer's intercepts (<c>intercepts_</c>).</summary>
    public IReadOnlyList<Vector<double>> Intercepts => Network.Intercepts.Select(b => Vector<double>.Build.DenseOfArray((double[])b.Clone())).ToArray();

    internal MlpNetwork Network => _network ?? throw new InvalidOperationException("Call Fit first.");

    /// <summary>Trains on the rows of <paramref name="x"/> with labels <paramref name="y"/>, from fresh weights.</summary>
    /// <exception cref="ArgumentException">Fewer than two classes, or as many labels as rows not given.</exception>
    public MlpClassifier Fit(Matrix<double> x, IReadOnlyList<int> y)
    {
        if (x.RowCount != y.Count)
        {
            throw new ArgumentException($"{x.RowCount} rows but {y.Count} labels.", nameof(y));
        }
        _classes = y.Distinct().Order().ToArray();
        if (_classes.Length < 2)
        {
            throw new ArgumentException("Fitting needs at least two classes.", nameof(y));
        }
        var p = Parameters;
        var softmax = _classes.Length > 2;
        var outputs = softmax ? _classes.Length : 1;
        int[] units = [x.ColumnCount, .. p.HiddenLayerSizes, outputs];
        if (units.Any(u => u <= 0))
        {
            throw new ArgumentException("Every layer needs at least one unit.", nameof(x));
        }

        var random = new ToolkitRandom(p.RandomState);
        var network = MlpNetwork.Initialise(units, p.Activation, softmax, random);
        _network = network;
        _lossCurve = [];
        Converged = false;

        var data = x.ToRowMajorArray();
        var targets = Targets(y, outputs);
        var samples = x.RowCount;
        var features = x.ColumnCount;
        var batchSize = p.EffectiveBatchSize(samples);
        double[][] parameters = [.. network.Coefs, .. network.Intercepts];
        double[][] gradients = parameters.Select(a => new double[a.Length]).ToArray();
        var coefGrads = gradients[..network.Layers];
        var interceptGrads = gradients[network.Layers..];
        IMlpOptimizer optimizer = p.Solver == Solver.Adam
            ? new AdamOptimizer(parameters, p.LearningRateInit, p.Beta1, p.Beta2, p.Epsilon)
            : new SgdOptimizer(parameters, p.LearningRateInit, p.Momentum, p.NesterovsMomentum);

        var order = Enumerable.Range(0, samples).ToArray();
        var bestLoss = double.PositiveInfinity;
        var noImprovement = 0;
        for (var epoch = 0; epoch < p.MaxIter; epoch++)
        {
            if (p.Shuffle)
            {
                random.Shuffle(order);
            }
            var accumulated = 0.0;
            for (var start = 0; start < samples; start += batchSize)
            {
                var rows = Math.Min(batchSize, samples - start);
                var (batchX, batchY) = Batch(data, targets, order, start, rows, features, outputs);
                var loss = network.Backprop(batchX, batchY, rows, p.Alpha, coefGrads, interceptGrads);
                accumulated += loss * rows;
                optimizer.Update(parameters, gradients);
            }
            var epochLoss = accumulated / samples;
            _lossCurve.Add(epochLoss);

            noImprovement = epochLoss > bestLoss - p.Tol ? noImprovement + 1 : 0;
            bestLoss = Math.Min(bestLoss, epochLoss);
            if (noImprovement > p.NIterNoChange)
            {
                Converged = true;
                break;
            }
        }
        if (parameters.Any(a => a.Any(v => !double.IsFinite(v))))
        {
            throw new InvalidOperationException("Training produced non-finite weights; scale the inputs or lower learning_rate_init.");
        }
        return this;
    }

    /// <summary>Class probabilities, one column per entry of <see cref="Classes"/>.</summary>
    public Matrix<double> PredictProba(Matrix<double> x)
    {
        var output = Network.Forward(x.ToRowMajorArray(), x.RowCount)[Network.Layers];
        return Network.SoftmaxOutput
            ? Matrix<double>.Build.DenseOfRowMajor(x.RowCount, _classes.Length, output)
            : Matrix<double>.Build.Dense(x.RowCount, 2, (r, c) => c == 1 ? output[r] : 1.0 - output[r]);
    }

    /// <summary>The predicted class of each row.</summary>
    public int[] Predict(Matrix<double> x)
    {
        var output = Network.Forward(x.ToRowMajorArray(), x.RowCount)[Network.Layers];
        var predictions = new int[x.RowCount];
        for (var r = 0; r < x.RowCount; r++)
        {
            predictions[r] = Network.SoftmaxOutput ? _classes[ArgMax(output, r * _classes.Length, _classes.Length)]
                : output[r] > 0.5 ? _classes[1] : _classes[0];
        }
        return predictions;
    }

    /// <summary>The accuracy of <see cref="Predict"/> on <paramref name="x"/> against <paramref name="y"/>.</summary>
    public double Score(Matrix<double> x, IReadOnlyList<int> y) => Metrics.Accuracy(y, Predict(x));

    private double[] Targets(IReadOnlyList<int> y, int outputs)
    {
        var targets = new double[y.Count * outputs];
        for (var r = 0; r < y.Count; r++)
        {
            var index = Array.BinarySearch(_classes, y[r]);
            if (outputs == 1)
            {
                targets[r] = index;
            }
            else
            {
                targets[r * outputs + index] = 1.0;
            }
        }
        return targets;
    }

    private static (double[] X, double[] Y) Batch(double[] data, double[] targets, int[] order, int start, int rows, int features, int outputs)
    {
        var x = new double[rows * features];
        var y = new double[rows * outputs];
        for (var r = 0; r < rows; r++)
        {
            Array.Copy(data, order[start + r] * features, x, r * features, features);
            Array.Copy(targets, order[start + r] * outputs, y, r * outputs, outputs);
        }
        return (x, y);
    }

    private static int ArgMax(double[] values, int offset, int count)
    {
        var best = 0;
        for (var i = 1; i < count; i++)
        {
            if (values[offset + i] > values[offset + best])
            {
                best = i;
            }
        }
        return best;
    }
}
