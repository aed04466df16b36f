using System.Text;
using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Solutions;

/// <summary>The answer key for <c>char-rnn</c>: text preparation, windows, and a ReLU/softmax RNN with BPTT.</summary>
/// <remarks>Not sealed: each step that a known mistake gets wrong is a virtual method, so that a variant making that
/// mistake overrides that step alone.</remarks>
public class CharRnn : ICharRnn
{
    private const string Alphabet = " abcdefghijklmnopqrstuvwxyz";
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;
    private static readonly VectorBuilder<double> Vb = Vector<double>.Build;

    public Matrix<double> U { get; set; } = M.Dense(0, 0);
    public Matrix<double> W { get; set; } = M.Dense(0, 0);
    public Matrix<double> V { get; set; } = M.Dense(0, 0);
    public Vector<double> B { get; set; } = Vb.Dense(0);
    public Vector<double> C { get; set; } = Vb.Dense(0);

    public Matrix<double> DU { get; protected set; } = M.Dense(0, 0);
    public Matrix<double> DW { get; protected set; } = M.Dense(0, 0);
    public Matrix<double> DV { get; protected set; } = M.Dense(0, 0);
    public Vector<double> DB { get; protected set; } = Vb.Dense(0);
    public Vector<double> DC { get; protected set; } = Vb.Dense(0);

    public string Prepare(string text)
    {
        var prepared = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var ch = char.ToLowerInvariant(raw);
            ch = ch is >= 'a' and <= 'z' ? ch : ' ';
            if (ch != ' ' || KeepsSpace(prepared))
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

    public virtual double Backward(int[] inputs, int[] targets)
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
            var p = probabilities.Row(t);
            loss -= Math.Log(p[targets[t]]);
            var dScores = ScoreGradient(p, targets[t]);
            var dPre = (V.TransposeThisAndMultiply(dScores) + fromLater).PointwiseMultiply(ReluSlope(h));
            AddStepGradients(inputs[t], states[t], h, dScores, dPre);
            fromLater = BackThroughTime(dPre);
        }
        return loss;
    }

    /// <summary>Whether a space is appended after <paramref name="prepared"/>: not after another one, so that runs of
    /// spaces collapse to one.</summary>
    protected virtual bool KeepsSpace(StringBuilder prepared) => prepared.Length == 0 || prepared[^1] != ' ';

    /// <summary>∂L/∂scores of one step: the softmax output minus the one-hot target.</summary>
    protected virtual Vector<double> ScoreGradient(Vector<double> probabilities, int target) =>
        probabilities - Vb.Dense(probabilities.Count, k => k == target ? 1.0 : 0.0);

    /// <summary>ReLU'(a), written with h = ReLU(a): 1 where h &gt; 0.</summary>
    protected virtual Vector<double> ReluSlope(Vector<double> h) => h.Map(v => v > 0 ? 1.0 : 0.0);

    /// <summary>Adds one step's terms: V and c from the scores' gradient, U's column of the input, W with the state it
    /// multiplied (<paramref name="previous"/>, h_{t−1}) and b from the pre-activation gradient.</summary>
    protected virtual void AddStepGradients(int input, Vector<double> previous, Vector<double> h, Vector<double> dScores, Vector<double> dPre)
    {
        DV += dScores.OuterProduct(h);
        DC += dScores;
        DB += dPre;
        DU.SetColumn(input, DU.Column(input) + dPre);
        DW += dPre.OuterProduct(previous);
    }

    /// <summary>What reaches h_{t−1} from step t's pre-activation gradient: Wᵀ ∂L/∂a_t.</summary>
    protected virtual Vector<double> BackThroughTime(Vector<double> dPre) => W.TransposeThisAndMultiply(dPre);

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
