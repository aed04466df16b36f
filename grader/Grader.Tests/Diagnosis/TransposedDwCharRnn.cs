using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.Diagnosis;

/// <summary>The answer key's character RNN with ∂L/∂W handed out transposed: a backward mistake with a right forward.</summary>
internal sealed class TransposedDwCharRnn : ICharRnn
{
    private readonly Reference.Solutions.CharRnn _rnn = new();

    public Matrix<double> U { get => _rnn.U; set => _rnn.U = value; }
    public Matrix<double> W { get => _rnn.W; set => _rnn.W = value; }
    public Matrix<double> V { get => _rnn.V; set => _rnn.V = value; }
    public Vector<double> B { get => _rnn.B; set => _rnn.B = value; }
    public Vector<double> C { get => _rnn.C; set => _rnn.C = value; }
    public Matrix<double> DU => _rnn.DU;
    public Matrix<double> DW => _rnn.DW.Transpose();
    public Matrix<double> DV => _rnn.DV;
    public Vector<double> DB => _rnn.DB;
    public Vector<double> DC => _rnn.DC;

    public string Prepare(string text) => _rnn.Prepare(text);

    public (int[][] Inputs, int[][] Targets) Windows(string prepared, int seqLength, int stride) => _rnn.Windows(prepared, seqLength, stride);

    public Matrix<double> Forward(int[] inputs) => _rnn.Forward(inputs);

    public double Backward(int[] inputs, int[] targets) => _rnn.Backward(inputs, targets);
}
