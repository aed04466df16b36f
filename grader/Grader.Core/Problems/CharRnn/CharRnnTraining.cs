using Grader.Contracts;
using Grader.Core.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.CharRnn;

/// <summary>Per-sample SGD with an implementation's own gradients, as the assignment trains, then its accuracy.</summary>
/// <remarks>Everything comes from the case's inputs (initial weights, windows, the order of samples in each epoch,
/// the learning rate), so a run is deterministic. It runs inside <see cref="IProblemModule.Invoke"/>, in the process that
/// runs student code.</remarks>
public sealed class CharRnnTraining(Matrix<double> u, Matrix<double> w, Matrix<double> v, Vector<double> b, Vector<double> c)
{
    private readonly Matrix<double> _u = u.Clone();
    private readonly Matrix<double> _w = w.Clone();
    private readonly Matrix<double> _v = v.Clone();
    private readonly Vector<double> _b = b.Clone();
    private readonly Vector<double> _c = c.Clone();

    /// <summary>One SGD step per entry of <paramref name="order"/> (row e is epoch e's order of windows).</summary>
    public void Train(ICharRnn rnn, int[][] inputs, int[][] targets, int[][] order, double learningRate)
    {
        foreach (var epoch in order)
        {
            foreach (var n in epoch)
            {
                SetWeights(rnn);
                rnn.Backward(inputs[n], targets[n]);
                _u.Subtract(rnn.DU.Multiply(learningRate), _u);
                _w.Subtract(rnn.DW.Multiply(learningRate), _w);
                _v.Subtract(rnn.DV.Multiply(learningRate), _v);
                _b.Subtract(rnn.DB.Multiply(learningRate), _b);
                _c.Subtract(rnn.DC.Multiply(learningRate), _c);
            }
        }
        SetWeights(rnn);
    }

    /// <summary>Scores every window with the implementation's Forward at the current weights.</summary>
    public NextCharAccuracy Evaluate(ICharRnn rnn, int[][] inputs, int[][] targets)
    {
        SetWeights(rnn);
        var total = NextCharAccuracy.Zero;
        for (var n = 0; n < inputs.Length; n++)
        {
            total = total.Add(NextCharAccuracy.Of(rnn.Forward(inputs[n]), targets[n]));
        }
        return total;
    }

    /// <summary>Builds the trainer from a case's weight inputs <c>U, W, V, b, c</c>.</summary>
    public static CharRnnTraining FromInputs(IReadOnlyDictionary<string, NumericArray> inputs) => new(
        inputs["U"].ToMatrix(), inputs["W"].ToMatrix(), inputs["V"].ToMatrix(), inputs["b"].ToVector(), inputs["c"].ToVector());

    /// <summary>Sets the implementation's weights to copies of the current ones, so that what it does to them cannot
    /// change the trainer's weights.</summary>
    public void SetWeights(ICharRnn rnn)
    {
        rnn.U = _u.Clone();
        rnn.W = _w.Clone();
        rnn.V = _v.Clone();
        rnn.B = _b.Clone();
        rnn.C = _c.Clone();
    }
}
