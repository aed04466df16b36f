using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.NbackRnn;

/// <summary>The grader's own gradient descent on one sequence, driven by a submission's <see cref="INbackRnn.Gradients"/>.</summary>
/// <remarks>The learning rate and the epoch budget are the answer key's: with them the reference reaches J &lt; 0.05 on
/// the 2-back task from at least 9 of 10 random starts (a test in Reference.Tests holds it to that; it does from all 10,
/// while 1000 epochs reach it from 8 of 10). Full-batch steps on the one sequence, so the run is deterministic.</remarks>
public static class NbackGradientDescent
{
    public const double LearningRate = 0.02;

    public const int Epochs = 2000;

    /// <summary>The loss target of both training checks.</summary>
    public const double Target = 0.05;

    /// <summary>J (by <see cref="NbackLoss"/>) before the first step and after each step; stops early once J is not finite.</summary>
    /// <exception cref="InvalidOperationException">A gradient is null or has the wrong shape (reported to the student).</exception>
    public static double[] Run(INbackRnn rnn, Matrix<double> u, Matrix<double> v, Vector<double> w, Matrix<double> x, Vector<double> y, int epochs)
    {
        var losses = new List<double> { NbackLoss.Of(u, v, w, x, y) };
        for (var epoch = 1; epoch <= epochs && double.IsFinite(losses[^1]); epoch++)
        {
            rnn.U = u.Clone();
            rnn.V = v.Clone();
            rnn.W = w.Clone();
            var gradients = rnn.Gradients(x.Clone(), y.Clone()) ?? throw new InvalidOperationException($"epoch {epoch}: Gradients returned null");
            Require(gradients.DU, u, "DU", epoch);
            Require(gradients.DV, v, "DV", epoch);
            if (gradients.Dw is null || gradients.Dw.Count != w.Count)
            {
                throw new InvalidOperationException($"epoch {epoch}: Gradients returned Dw of the wrong length (expected {w.Count})");
            }
            u -= LearningRate * gradients.DU;
            v -= LearningRate * gradients.DV;
            w -= LearningRate * gradients.Dw;
            losses.Add(NbackLoss.Of(u, v, w, x, y));
        }
        return losses.ToArray();
    }

    private static void Require(Matrix<double>? gradient, Matrix<double> weight, string name, int epoch)
    {
        if (gradient is null || gradient.RowCount != weight.RowCount || gradient.ColumnCount != weight.ColumnCount)
        {
            throw new InvalidOperationException(
                $"epoch {epoch}: Gradients returned {name} of the wrong shape (expected {weight.RowCount}×{weight.ColumnCount})");
        }
    }
}
