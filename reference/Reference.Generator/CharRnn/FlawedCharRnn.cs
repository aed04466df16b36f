using System.Text;
using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Generator.CharRnn;

/// <summary>A char-rnn that makes one known mistake. With <see cref="CharRnnFlaw.None"/> it equals the answer key
/// bit for bit (a test holds it to that), so each flaw differs from the truth by that flaw alone.</summary>
public sealed class FlawedCharRnn(CharRnnFlaw flaw) : ICharRnn
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;
    private static readonly VectorBuilder<double> Vb = Vector<double>.Build;
    private readonly Reference.Solutions.CharRnn _key = new();

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
        if (flaw != CharRnnFlaw.SpacesNotCollapsed)
        {
            return _key.Prepare(text);
        }
        var prepared = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var ch = char.ToLowerInvariant(raw);
            prepared.Append(ch is >= 'a' and <= 'z' ? ch : ' ');
        }
        return prepared.ToString();
    }

    public (int[][] Inputs, int[][] Targets) Windows(string prepared, int seqLength, int stride) =>
        _key.Windows(prepared, seqLength, stride);

    public Matrix<double> Forward(int[] inputs)
    {
        _key.U = U;
        _key.W = W;
        _key.V = V;
        _key.B = B;
        _key.C = C;
        return _key.Forward(inputs);
    }

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
            dScores[targets[t]] -= flaw == CharRnnFlaw.OneHotNotSubtracted ? 0 : 1;
            DV += dScores.OuterProduct(h);
            DC = flaw == CharRnnFlaw.BiasesNotSummed ? dScores : DC + dScores;
            var slope = flaw == CharRnnFlaw.ReluDerivativeMissing ? Vb.Dense(h.Count, 1.0) : h.Map(v => v > 0 ? 1.0 : 0.0);
            var carried = flaw == CharRnnFlaw.RecurrentTermDropped ? Vb.Dense(B.Count) : fromLater;
            var dPre = (V.TransposeThisAndMultiply(dScores) + carried).PointwiseMultiply(slope);
            DB = flaw == CharRnnFlaw.BiasesNotSummed ? dPre : DB + dPre;
            DU.SetColumn(inputs[t], DU.Column(inputs[t]) + dPre);
            DW += dPre.OuterProduct(flaw == CharRnnFlaw.DWWithCurrentState ? h : states[t]);
            fromLater = W.TransposeThisAndMultiply(dPre);
        }
        DW = flaw == CharRnnFlaw.DWTransposed ? DW.Transpose() : DW;
        return loss;
    }

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
