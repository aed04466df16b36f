using Grader.Core.Diagnosis.Models;

namespace Grader.Core.Diagnosis;

/// <summary>The forward models of every problem whose contract has both a forward output and gradients.</summary>
/// <remarks>lstm-worked has no gradients and the others have no forward pass to differentiate, so they have none.</remarks>
public sealed class ForwardModels(IEnumerable<IForwardModel> models)
{
    private readonly Dictionary<string, IForwardModel> _models = models.ToDictionary(m => m.Problem);

    public static ForwardModels Default { get; } = new(
    [
        new GruCellForwardModel(), new NbackRnnForwardModel(), new SigmoidRnnForwardModel(), new SoftmaxRnnForwardModel(),
        new CharRnnForwardModel(),
    ]);

    public IReadOnlyCollection<IForwardModel> All => _models.Values;

    public IForwardModel? Find(string problem) => _models.GetValueOrDefault(problem);

    /// <summary>The link of a gradient quantity, or null when it is not a gradient of a forward pass.</summary>
    public GradientLink? Link(string problem, string gradient) => Find(problem)?.Gradients.FirstOrDefault(g => g.Gradient == gradient);
}
