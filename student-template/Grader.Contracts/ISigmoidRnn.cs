using MathNet.Numerics.LinearAlgebra;

namespace Grader.Contracts;

/// <summary>A scalar recurrent network with a logistic unit and a classifier on its last state (problem <c>sigmoid-rnn</c>).</summary>
/// <remarks>
/// <para>With scalar inputs x_1 … x_T, the logistic function σ(r) = 1 / (1 + e^(−r)) and a label y ∈ {−1, +1}:</para>
/// <code>
/// h_0 = 0
/// a_t = w1 x_t + w2 h_{t−1}
/// h_t = σ(a_t)
/// L   = −log σ(y (wo h_T + b))
/// </code>
/// <para>A sequence is a vector of length T whose element t−1 is x_t (elements count from 0, steps from 1).</para>
/// <para>The grader sets the four weights, then calls each method once per case. The implementation needs a public
/// parameterless constructor. The full text of the problem is in <c>problems/sigmoid-rnn.md</c>.</para>
/// </remarks>
public interface ISigmoidRnn
{
    /// <summary>The input weight w1.</summary>
    double W1 { get; set; }

    /// <summary>The recurrent weight w2.</summary>
    double W2 { get; set; }

    /// <summary>The output weight wo of the classifier.</summary>
    double Wo { get; set; }

    /// <summary>The bias b of the classifier.</summary>
    double B { get; set; }

    /// <summary>The derivative of the logistic function, σ'(r) = σ(r)(1 − σ(r)).</summary>
    /// <param name="r">Any real number.</param>
    /// <returns>σ'(r), which lies in (0, 1/4] for every r the grader asks about (|r| ≤ 30).</returns>
    double SigmoidDerivative(double r);

    /// <summary>The states h_1 … h_T from h_0 = 0.</summary>
    /// <param name="x">The inputs; length T.</param>
    /// <returns>h_1 … h_T; length T.</returns>
    Vector<double> States(Vector<double> x);

    /// <summary>dh_t/dw1 for t = 1 … T by the general recursion dh_t/dw1 = σ'(a_t) (x_t + w2 dh_{t−1}/dw1), dh_0/dw1 = 0.</summary>
    /// <param name="x">The inputs; length T.</param>
    /// <returns>dh_1/dw1 … dh_T/dw1; length T.</returns>
    Vector<double> StateDerivatives(Vector<double> x);

    /// <summary>The classifier's loss L = −log σ(y (wo h_T + b)).</summary>
    /// <param name="x">The inputs; length T.</param>
    /// <param name="y">The label, −1 or +1.</param>
    /// <returns>L ≥ 0.</returns>
    double Loss(Vector<double> x, double y);

    /// <summary>dL/dw1 through every step.</summary>
    /// <param name="x">The inputs; length T.</param>
    /// <param name="y">The label, −1 or +1.</param>
    /// <returns>dL/dw1.</returns>
    double LossGradient(Vector<double> x, double y);

    /// <summary>The contribution of each step k to dh_T/dw1: c_k = σ'(a_k) x_k Π_{j=k+1..T} w2 σ'(a_j), so that
    /// Σ_k c_k = dh_T/dw1. Their magnitudes show the vanishing gradient.</summary>
    /// <param name="x">The inputs; length T.</param>
    /// <returns>c_1 … c_T; length T.</returns>
    Vector<double> Contributions(Vector<double> x);
}
