using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Homework;

/// <summary>Your scalar sigmoid RNN. The problem and its equations: problems/sigmoid-rnn.md.</summary>
public sealed class SigmoidRnn : ISigmoidRnn
{
    public double W1 { get; set; }
    public double W2 { get; set; }
    public double Wo { get; set; }
    public double B { get; set; }

    public double SigmoidDerivative(double r) => throw NotDone("SigmoidDerivative: σ'(r) = σ(r)(1 − σ(r))");

    public Vector<double> States(Vector<double> x) => throw NotDone("States: h_t = σ(w1 x_t + w2 h_{t−1})");

    public Vector<double> StateDerivatives(Vector<double> x) =>
        throw NotDone("StateDerivatives: dh_t/dw1 = σ'(a_t) (x_t + w2 dh_{t−1}/dw1)");

    public double Loss(Vector<double> x, double y) => throw NotDone("Loss: L = −log σ(y (wo h_T + b))");

    public double LossGradient(Vector<double> x, double y) => throw NotDone("LossGradient: dL/dw1");

    public Vector<double> Contributions(Vector<double> x) =>
        throw NotDone("Contributions: the term of each step k in dh_T/dw1");

    private static NotImplementedException NotDone(string what) =>
        new($"sigmoid-rnn: {what} is not implemented yet. See problems/sigmoid-rnn.md.");
}
