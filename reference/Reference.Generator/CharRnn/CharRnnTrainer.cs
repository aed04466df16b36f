using System.Diagnostics;
using Grader.Core.Problems.CharRnn;

namespace Reference.Generator.CharRnn;

/// <summary>The full training run of the assignment on the fast network: corpus to windows, initialisation as the
/// numpy baseline does it (normal / √fan-in, zero biases), per-sample SGD over a fresh permutation each epoch, then
/// the loss per character and the next-character accuracy over every window.</summary>
public static class CharRnnTrainer
{
    /// <summary>The characters' numbers of a corpus: a file already in the 27-character alphabet is taken as it is
    /// (as the numpy baseline reads it), any other text is prepared first; then its first <paramref name="chars"/>.</summary>
    public static int[] Corpus(string text, int chars)
    {
        if (!text.All(ch => CharAlphabet.IndexOf(ch) >= 0))
        {
            text = new Reference.Solutions.CharRnn().Prepare(text);
        }
        return text[..Math.Min(chars, text.Length)].Select(CharAlphabet.IndexOf).ToArray();
    }

    /// <summary>Windows starting at 0, stride, … below length − T − 1, as the numpy baseline cuts them.</summary>
    public static (int[][] Inputs, int[][] Targets) Windows(int[] codes, int seqLength, int stride)
    {
        var starts = Enumerable.Range(0, Math.Max(0, (codes.Length - seqLength - 1 + stride - 1) / stride)).Select(n => n * stride).ToArray();
        return (starts.Select(s => codes[s..(s + seqLength)]).ToArray(), starts.Select(s => codes[(s + 1)..(s + seqLength + 1)]).ToArray());
    }

    public static FastCharRnn Initial(int hidden, SeededRandom random, int threads = 1)
    {
        const int k = FastCharRnn.K;
        var u = Normal(random, hidden * k, Math.Sqrt(k));
        var w = Normal(random, hidden * hidden, Math.Sqrt(hidden));
        var v = Normal(random, k * hidden, Math.Sqrt(hidden));
        return new FastCharRnn(hidden, u, w, v, new double[hidden], new double[k], threads);
    }

    public static TrainingResult Run(string text, TrainingSettings settings)
    {
        var (inputs, targets) = Windows(Corpus(text, settings.Chars), settings.SeqLength, settings.Stride);
        var random = new SeededRandom(settings.Seed);
        var rnn = Initial(settings.Hidden, random, settings.Threads);
        var order = Enumerable.Range(0, inputs.Length).ToArray();
        var clock = Stopwatch.StartNew();
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            Shuffle(random, order);
            rnn.Train(order, inputs, targets, settings.RateAt(epoch));
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var score = NextCharAccuracyOf(rnn, inputs, targets);
        return new TrainingResult(inputs.Length, settings.Epochs, settings.Hidden, seconds, score.LossPerChar, score.Accuracy);
    }

    public static (double LossPerChar, double Accuracy) NextCharAccuracyOf(FastCharRnn rnn, int[][] inputs, int[][] targets)
    {
        var (loss, right, positions) = (0.0, 0, 0);
        for (var n = 0; n < inputs.Length; n++)
        {
            var p = rnn.Forward(inputs[n]);
            for (var t = 0; t < targets[n].Length; t++)
            {
                var row = p.Slice(t * FastCharRnn.K, FastCharRnn.K);
                loss -= Math.Log(row[targets[n][t]]);
                right += System.Numerics.Tensors.TensorPrimitives.IndexOfMax(row) == targets[n][t] ? 1 : 0;
                positions++;
            }
        }
        return positions == 0 ? (0, 0) : (loss / positions, (double)right / positions);
    }

    private static void Shuffle(SeededRandom random, int[] order)
    {
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }

    /// <summary>Standard normal numbers (Marsaglia's polar method) divided by <paramref name="scale"/>.</summary>
    private static double[] Normal(SeededRandom random, int count, double scale)
    {
        var values = new double[count];
        for (var i = 0; i < count; i += 2)
        {
            double a, b, s;
            do
            {
                a = random.Symmetric(1);
                b = random.Symmetric(1);
                s = a * a + b * b;
            }
            while (s >= 1 || s == 0);
            var factor = Math.Sqrt(-2 * Math.Log(s) / s);
            values[i] = a * factor / scale;
            if (i + 1 < count)
            {
                values[i + 1] = b * factor / scale;
            }
        }
        return values;
    }
}
