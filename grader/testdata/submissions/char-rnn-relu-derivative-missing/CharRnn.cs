using System.Text;
using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Homework;

/// <summary>A char-rnn whose backward pass forgets the derivative of the ReLU.</summary>
public sealed class CharRnn : ICharRnn
{
    private const string Alphabet = " abcdefghijklmnopqrstuvwxyz";
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;
    private static readonly VectorBuilder<double> Vb = Vector<double>.Build;

    public Matrix<double> U { get; set; } = M.Dense(0, 0);
    public Matrix<double> W { get; set; } = M.Dense(0, 0);
    public Matrix<double> V { get; set; } = M.Dense(0, 0);
    public Vector<double> B { get; set; } = Vb.Dense(0);
    public Vector<double> C { get; set; } = Vb.Dense(0);

    public Matrix<double> DU { get; private set; } = M.Dense(0, 0);
    public Matrix<double> DW { get; private set; } = M.Dense(0, 0);
    public Matrix<double> DV { get; private set; } = M.Dense(0, 0);
    public Vector<double> DB { get; private set; } = Vb.Dense(0);
    public Vector<double> DC { get; private set; } = Vb.Dense(0);

    public string Prepare(string text)
    {
        var prepared = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var ch = char.ToLowerInvariant(raw);
            ch = ch is >= 'a' and <= 'z' ? ch : ' ';
            if (ch != ' ' || prepared.Length == 0 || prepared[^1] != ' ')
            {
                prepared.Append(ch);
            }
        }
        return prepared.ToString();
    }

    public (int[][] Inputs, int[][] Targets) Windows(string prepared, int seqLength, int stride)
    {
        var codes = prepared.Select(ch => Alphabet.IndexOf(ch)).ToArray();
        var inputs = new List<int[]>();
        var targets = new List<int[]>();
        for (var s = 0; s < codes.Length - seqLength - 1; s += stride)
        {
            inputs.Add(codes[s..(s + seqLength)]);
            targets.Add(codes[(s + 1)..(s + seqLength + 1)]);
        }
        return (inputs.ToArray(), targets.ToArray());
    }

    public Matrix<double> Forward(int[] inputs) => Run(inputs).Probabilities;

    public double Backward(int[] inputs, int[] targets)
    {
        var (states, probabilities) = Run(inputs);
        DU = M.Dense(U.RowCount, U.ColumnCount);
        DW = M.Dense(W.RowCount, W.ColumnCount);
        DV = M.Dense(V.RowCount, V.ColumnCount);
        DB = Vb.Dense(B.Count);
        DC = Vb.Dense(C.Count);
        var loss = 0.0;
        var fromLater = Vb.Dense(B.Count);
        for (var t = inputs.Length - 1; t >= 0; t--)
        {
            var h = states[t + 1];
            var dScores = probabilities.Row(t);
            loss -= Math.Log(dScores[targets[t]]);
            dScores[targets[t]] -= 1;
            DV += dScores.OuterProduct(h);
            DC += dScores;
            var dPre = V.TransposeThisAndMultiply(dScores) + fromLater;
            DB += dPre;
            DU.SetColumn(inputs[t], DU.Column(inputs[t]) + dPre);
            DW += dPre.OuterProduct(states[t]);
            fromLater = W.TransposeThisAndMultiply(dPre);
        }
        return loss;
    }

    /// <summary>The hidden states h_0 … h_T and the T×27 output distributions.</summary>
    private (Vector<double>[] States, Matrix<double> Probabilities) Run(int[] inputs)
    {
        var states = new Vector<double>[inputs.Length + 1];
        states[0] = Vb.Dense(W.RowCount);
        var probabilities = M.Dense(inputs.Length, V.RowCount);
        for (var t = 0; t < inputs.Length; t++)
        {
            states[t + 1] = (U.Column(inputs[t]) + W * states[t] + B).PointwiseMaximum(0.0);
            var scores = V * states[t + 1] + C;
            var exp = (scores - scores.Maximum()).PointwiseExp();
            probabilities.SetRow(t, exp / exp.Sum());
        }
        return (states, probabilities);
    }
}
