using Grader.Contracts;
using Grader.Core.Execution;
using Grader.Core.Numerics;

namespace Grader.Core.Problems.MlpSelection;

/// <summary><c>mlp-selection</c>: the default MLP's accuracies, a grid search over five hyper-parameters, and its best point.</summary>
/// <remarks>The default accuracies are compared with the fixture (the toolkit is deterministic). Whether the grid
/// respects the constraints, whether the best is the best of the grid, whether the reported numbers are reproduced and
/// whether the best reaches the calibrated target are judged by <see cref="MlpSelectionVerdicts"/>.</remarks>
public sealed class MlpSelectionProblem : IProblem
{
    public const string ProblemId = "mlp-selection";

    /// <summary>The fixture's expected key for the dev accuracy the best point must reach.</summary>
    public const string TargetKey = "best_dev_accuracy_target";

    /// <summary>Accuracies are counts over counts, computed the same way by everyone who uses the toolkit.</summary>
    public static readonly Tolerance Exact = new(0, 1e-12);

    public string Id => ProblemId;

    public string Title => "MLP model selection with scikit-learn's defaults";

    public Type Contract => typeof(IMlpSelection);

    public IReadOnlyList<QuantitySpec> Quantities { get; } =
    [
        new("default_train_accuracy", "the default classifier's training accuracy", 1, Exact),
        new("default_dev_accuracy", "the default classifier's dev accuracy", 1, Exact),
        new("grid", "the grid searched, one report row per point", 1, Exact),
        new("best", "the best point's report row", 1, Exact),
        new("improvement", "best dev accuracy minus default dev accuracy", 1, Exact),
    ];

    public IReadOnlyDictionary<string, string> MistakeHints { get; } = new Dictionary<string, string>();

    public void Invoke(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcomeBuilder outcome)
    {
        var selection = (IMlpSelection)implementation;
        var run = outcome.Step("Run", () => selection.Run(
            inputs["trainX"].ToMatrix(), inputs["trainY"].ToVector(), inputs["devX"].ToMatrix(), inputs["devY"].ToVector(),
            (int)inputs["random_state"].ToScalar()));
        if (!run)
        {
            return;
        }
        outcome.Record("default_train_accuracy", "Reading DefaultTrainAccuracy", () => selection.DefaultTrainAccuracy);
        outcome.Record("default_dev_accuracy", "Reading DefaultDevAccuracy", () => selection.DefaultDevAccuracy);
        outcome.Record("grid", "Reading Grid", () => selection.Grid);
        outcome.Record("best", "Reading Best", () => selection.Best);
        outcome.Record("improvement", "Reading Improvement", () => selection.Improvement);
    }
}
