using Grader.Core.Numerics;

namespace Grader.Core.Diagnosis;

/// <summary>How to evaluate a submission's own forward pass as the objective its gradients differentiate, so that
/// finite differences of it can be compared with its backward.</summary>
/// <remarks>Runs in the process that runs student code, like <see cref="Problems.IProblemModule.Invoke"/>.</remarks>
public interface IForwardModel
{
    IReadOnlyList<GradientLink> Gradients { get; }

    /// <summary>The link of a gradient quantity, or null when it is not a gradient of the forward pass.</summary>
    GradientLink? Link(string gradient) => Gradients.FirstOrDefault(g => g.Gradient == gradient);

    /// <summary>Sets the weights from <paramref name="inputs"/> on a fresh implementation and runs its forward pass.</summary>
    /// <returns>The objective of <paramref name="link"/>: a scalar (e.g. the loss, or δ·h' for one GRU step), or the
    /// vector of outputs for a link <see cref="GradientLink.AlongOutput"/>.</returns>
    /// <exception cref="Exception">Whatever student code throws; the caller classifies it.</exception>
    NumericArray Evaluate(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, GradientLink link);
}
