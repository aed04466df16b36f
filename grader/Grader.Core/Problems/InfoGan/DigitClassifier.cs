using Grader.Core.Grading;

namespace Grader.Core.Problems.InfoGan;

/// <summary>The measuring classifier: an MLP 784 → 64 (ReLU) → 10 (softmax) trained with Adam on a digit set, which
/// labels generated images so that the categorical code's mutual information with the digit can be measured.</summary>
[GraderSide]
public sealed class DigitClassifier
{
    private const int Hidden = 64;
    private const int Classes = 10;
    private const int Batch = 32;
    private readonly FloatDenseLayer _hidden;
    private readonly FloatDenseLayer _output;

    private DigitClassifier(int seed)
    {
        var random = new DigitRandom((ulong)seed);
        _hidden = new FloatDenseLayer(DigitRenderer.Pixels, Hidden, random);
        _output = new FloatDenseLayer(Hidden, Classes, random);
    }

    /// <summary>Trains on <paramref name="data"/> for <paramref name="epochs"/> passes in a seeded order.</summary>
    public static DigitClassifier Train(DigitSet data, int epochs, int seed)
    {
        var classifier = new DigitClassifier(seed);
        var random = new DigitRandom((ulong)seed + 1);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var input = new float[Batch * DigitRenderer.Pixels];
        var hidden = new float[Batch * Hidden];
        var logits = new float[Batch * Classes];
        var step = 0;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            Shuffle(order, random);
            for (var start = 0; start + Batch <= order.Length; start += Batch)
            {
                for (var n = 0; n < Batch; n++)
                {
                    data.Images[order[start + n]].CopyTo(input, n * DigitRenderer.Pixels);
                }
                classifier.Forward(input, hidden, logits, Batch);
                for (var n = 0; n < Batch; n++)
                {
                    var row = logits.AsSpan(n * Classes, Classes);
                    Softmax(row);
                    row[data.Labels[order[start + n]]] -= 1;
                    for (var k = 0; k < Classes; k++)
                    {
                        row[k] /= Batch;
                    }
                }
                var hiddenGradient = new float[Batch * Hidden];
                classifier._output.Backward(hidden, logits, hiddenGradient, Batch);
                for (var i = 0; i < hidden.Length; i++)
                {
                    hiddenGradient[i] = hidden[i] > 0 ? hiddenGradient[i] : 0;
                }
                classifier._hidden.Backward(input, hiddenGradient, default, Batch);
                step++;
                classifier._hidden.AdamStep(1e-3f, step);
                classifier._output.AdamStep(1e-3f, step);
            }
        }
        return classifier;
    }

    /// <summary>The most probable digit of each image.</summary>
    public int[] Predict(IReadOnlyList<float[]> images)
    {
        var labels = new int[images.Count];
        var hidden = new float[Hidden];
        var logits = new float[Classes];
        for (var n = 0; n < images.Count; n++)
        {
            Forward(images[n], hidden, logits, 1);
            labels[n] = Array.IndexOf(logits, logits.Max());
        }
        return labels;
    }

    /// <summary>The fraction of <paramref name="data"/> labelled correctly.</summary>
    public double Accuracy(DigitSet data) =>
        Predict(data.Images).Zip(data.Labels).Count(p => p.First == p.Second) / (double)data.Count;

    private void Forward(float[] input, float[] hidden, float[] logits, int batch)
    {
        _hidden.Forward(input, hidden, batch);
        for (var i = 0; i < batch * Hidden; i++)
        {
            hidden[i] = Math.Max(hidden[i], 0);
        }
        _output.Forward(hidden, logits, batch);
    }

    private static void Softmax(Span<float> row)
    {
        var max = float.NegativeInfinity;
        foreach (var v in row)
        {
            max = Math.Max(max, v);
        }
        var sum = 0f;
        for (var k = 0; k < row.Length; k++)
        {
            row[k] = MathF.Exp(row[k] - max);
            sum += row[k];
        }
        for (var k = 0; k < row.Length; k++)
        {
            row[k] /= sum;
        }
    }

    private static void Shuffle(int[] order, DigitRandom random)
    {
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }
}
