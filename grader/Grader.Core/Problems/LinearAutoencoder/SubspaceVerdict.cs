using System.Globalization;
using Grader.Core.Grading;
using Grader.Core.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.LinearAutoencoder;

/// <summary>Judges the principal angles with a tolerance set by the spectral gap: gradient descent approaches the
/// top-k subspace at a rate set by the gap between λ_k = σ_k² and λ_{k+1} = σ_{k+1}², so when σ_{k+1}/σ_k is close to 1
/// it is slow, and the subspace itself is ill-determined (a small change of the data turns it by a large angle).</summary>
[GraderSide]
internal static class SubspaceVerdict
{
    /// <summary>Above this σ_{k+1}/σ_k the gap is called close.</summary>
    public const double CloseGapRatio = 0.9;

    /// <summary>The angle tolerance on a well-separated spectrum (rad).</summary>
    public const double Tolerance = 1e-2;

    /// <summary>The tolerance for σ_{k+1}/σ_k = <paramref name="ratio"/>: <see cref="Tolerance"/> up to the close-gap
    /// ratio, then growing as 1/(1 − ratio²) (the slowdown of the iteration), capped at 0.2 rad.</summary>
    public static double ToleranceFor(double ratio) =>
        ratio <= CloseGapRatio ? Tolerance : Math.Min(0.2, Tolerance * (1 - CloseGapRatio * CloseGapRatio) / (1 - ratio * ratio));

    /// <summary>σ_{k+1}/σ_k of the data's centred singular values; 0 when k is the rank or more.</summary>
    public static double GapRatio(double[] singularValues, int k) =>
        k < singularValues.Length && singularValues[k - 1] > 0 ? singularValues[k] / singularValues[k - 1] : 0.0;

    public static Verdict Evaluate(Matrix<double> data, Matrix<double> decoder, int k)
    {
        var pca = PcaReference.Of(data, k);
        return Judge(PrincipalAngles.Between(decoder, pca.Basis), GapRatio(pca.SingularValues, k), k);
    }

    /// <summary>Judges principal angles measured on data whose σ_{k+1}/σ_k is <paramref name="ratio"/>.</summary>
    public static Verdict Judge(IReadOnlyList<double> angles, double ratio, int k)
    {
        var tolerance = ToleranceFor(ratio);
        var worst = angles.Max();
        var gap = ratio > CloseGapRatio
            ? $" σ_{k+1}/σ_{k} = {F(ratio)} is close to 1: gradient descent closes the last angle at a rate set by the gap " +
              $"λ_{k} − λ_{k+1}, so it converges slowly here; the tolerance is widened to {F(tolerance)} rad. Train longer or with a larger step if it still fails."
            : "";
        return worst <= tolerance
            ? Verdict.Pass($"largest principal angle {F(worst)} rad ≤ {F(tolerance)}.{gap}")
            : Verdict.Fail($"largest principal angle {F(worst)} rad > {F(tolerance)}: span(D) is not the span of the first {k} principal components.{gap}");
    }

    private static string F(double v) => v.ToString("G3", CultureInfo.InvariantCulture);
}
