using Grader.Core.Numerics;

namespace Grader.Core.Diagnosis;

/// <summary>Whether a submission's gradient agrees with finite differences of its own forward pass.</summary>
/// <remarks>rtol 1e-4, atol 1e-6: the central differences of <see cref="FiniteDifferences"/> are good to about eight
/// digits on these smooth functions, and a backward consistent with its forward agrees with them to that, so a correct
/// backward is never called inconsistent; every recorded mistake is off by the order of the values themselves
/// (a transpose, a missing term or factor), ten thousand times more than allowed. atol keeps gradient elements that
/// are zero up to rounding (1e-12 and below) from counting as relative disagreements.</remarks>
internal static class GradientConsistency
{
    public static readonly Tolerance Tolerance = new(1e-4, 1e-6);

    /// <summary>The probed elements whose finite-difference estimate disagrees with the submission's gradient.</summary>
    public static IReadOnlyList<Probe> Disagreements(IReadOnlyList<Probe> probes) =>
        probes.Where(p => Math.Abs(p.Backward - p.Estimate) > Tolerance.Allowed(p.Estimate)).ToArray();
}
