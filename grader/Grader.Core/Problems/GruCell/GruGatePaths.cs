using Grader.Core.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.GruCell;

/// <summary>The GRU's dx and dh as sums of one term per gate path, computed by the grader from a case's inputs (no
/// student code): the direct path (1 − z) ⊙ δ, and the paths through z, through r and through the candidate h̃.</summary>
internal static class GruGatePaths
{
    public const string Direct = "the direct path (1 − z) ⊙ δ";
    public const string Update = "the path through the update gate z";
    public const string Reset = "the path through the reset gate r";
    public const string Candidate = "the path through the candidate h̃";

    /// <summary>The terms of <paramref name="gradient"/> (dx or dh), by path; empty for any other quantity.</summary>
    public static IReadOnlyDictionary<string, NumericArray> Of(string gradient, IReadOnlyDictionary<string, NumericArray> inputs)
    {
        if (gradient is not ("dx" or "dh"))
        {
            return new Dictionary<string, NumericArray>();
        }
        Matrix<double> W(string name) => inputs[name].ToMatrix();
        var (x, h, delta) = (inputs["x"].ToVector(), inputs["h"].ToVector(), inputs["delta"].ToVector());
        var z = Sigmoid(W("Wzh") * h + W("Wzx") * x);
        var r = Sigmoid(W("Wrh") * h + W("Wrx") * x);
        var candidate = (W("Wh") * r.PointwiseMultiply(h) + W("Wx") * x).PointwiseTanh();
        var candidatePre = delta.PointwiseMultiply(z).PointwiseMultiply(1.0 - candidate.PointwiseMultiply(candidate));
        var updatePre = delta.PointwiseMultiply(candidate - h).PointwiseMultiply(z.PointwiseMultiply(1.0 - z));
        var resetState = W("Wh").TransposeThisAndMultiply(candidatePre);
        var resetPre = resetState.PointwiseMultiply(h).PointwiseMultiply(r.PointwiseMultiply(1.0 - r));
        var paths = gradient == "dx"
            ? new Dictionary<string, Vector<double>>
            {
                [Update] = W("Wzx").TransposeThisAndMultiply(updatePre),
                [Reset] = W("Wrx").TransposeThisAndMultiply(resetPre),
                [Candidate] = W("Wx").TransposeThisAndMultiply(candidatePre),
            }
            : new Dictionary<string, Vector<double>>
            {
                [Direct] = delta.PointwiseMultiply(1.0 - z),
                [Update] = W("Wzh").TransposeThisAndMultiply(updatePre),
                [Reset] = W("Wrh").TransposeThisAndMultiply(resetPre),
                [Candidate] = resetState.PointwiseMultiply(r),
            };
        return paths.ToDictionary(p => p.Key, p => NumericArray.FromVector(p.Value));
    }

    private static Vector<double> Sigmoid(Vector<double> v) => v.Map(a => 1.0 / (1.0 + Math.Exp(-a)));
}
