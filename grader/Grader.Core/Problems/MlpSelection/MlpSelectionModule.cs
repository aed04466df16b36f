using Grader.Contracts;
using Grader.Core.Execution;
using Grader.Core.Numerics;
using Grader.Toolkit;

namespace Grader.Core.Problems.MlpSelection;

/// <summary><c>mlp-selection</c>: the default MLP's accuracies, a grid search over five hyper-parameters, and its best point.</summary>
/// <remarks>The default accuracies are compared with the fixture, which is what re-training the default with the case's
/// seed gives (the toolkit is deterministic). The grid, the best, the improvement and the target are judged on the
/// submission's own report by <see cref="MlpSelectionVerdicts"/>, as case criteria: the best is re-trained with the
/// case's seed, as a TA re-running the notebook would.</remarks>
public sealed class MlpSelectionModule : IProblemModule
{
    public const string ProblemId = "mlp-selection";

    /// <summary>The fixture's expected key for the dev accuracy the best point must reach.</summary>
    public const string TargetKey = "best_dev_accuracy_target";

    /// <summary>Accuracies are counts over counts, computed the same way by everyone who uses the toolkit.</summary>
    public static readonly Tolerance Exact = new(0, 1e-12);

    public string Id => ProblemId;

    public string Title => "MLP model selection with scikit-learn's defaults";

    public int Position => 5;

    public Type Contract => typeof(IMlpSelection);

    /// <summary>The re-runs this module's checks share; each catalogue has its own.</summary>
    private readonly ReTrainedSettings _reTrained = new();

    public MlpSelectionModule()
    {
        Quantities = Declare(_reTrained);
    }

    public IReadOnlyList<QuantitySpec> Quantities { get; }

    private static IReadOnlyList<QuantitySpec> Declare(ReTrainedSettings reTrained) =>
    [
        new("default_train_accuracy", "the default classifier's training accuracy", 1, Exact),
        new("default_dev_accuracy", "the default classifier's dev accuracy", 1, Exact),
        new("grid", "the grid searched, one report row per point", 1, Exact)
        {
            CaseCriterion = new VerdictCriterion(
                $"every combination of at least two values of each hyper-parameter, solver sgd or adam, at most " +
                $"{MlpSelectionVerdicts.MaxHiddenLayers} hidden layers of at most {MlpSelectionVerdicts.MaxUnits} units",
                [], e => MlpSelectionVerdicts.GridRespectsConstraints(e.Actual)),
        },
        new("best", "the best point's report row", 1, Exact)
        {
            CaseCriterion = new VerdictCriterion(
                "a row of grid with its highest dev accuracy, which re-training it with the case's seed reproduces",
                ["grid"], e => Both(MlpSelectionVerdicts.BestIsBestOfGrid(e.Outputs["grid"], e.Actual),
                    () => MlpSelectionVerdicts.BestReproduced(e.Inputs, e.Actual, reTrained))),
        },
        new("improvement", "best dev accuracy minus default dev accuracy", 1, Exact)
        {
            CaseCriterion = new VerdictCriterion("best's dev accuracy minus default_dev_accuracy", ["best", "default_dev_accuracy"],
                e => MlpSelectionVerdicts.ImprovementIsTheDifference(e.Actual.ToScalar(), e.Outputs["best"], e.Outputs["default_dev_accuracy"].ToScalar())),
        },
        new("best_dev_accuracy", "the best setting's dev accuracy, re-trained, against the target", 1, Exact)
        {
            CaseCriterion = new VerdictCriterion("the best setting, re-trained with the case's seed, reaches the calibrated target", ["best"],
                e => MlpSelectionVerdicts.BestReachesTarget(e.Inputs, e.Outputs["best"], e.Expected[TargetKey].ToScalar(), reTrained)),
        },
    ];

    public IReadOnlyDictionary<string, string> MistakeHints => MlpSelectionMistakes.Hints;

    /// <summary>The second judgement only when the first passed (re-training a row that is not the best is wasted time).</summary>
    private static Verdict Both(Verdict first, Func<Verdict> second) => first.Passed ? second() : first;

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
        outcome.Record("best_dev_accuracy", "Reading Best's dev accuracy", () => selection.Best is { Count: > SelectionReport.FirstLayerColumn } best
            ? best[SelectionReport.DevAccuracyColumn]
            : throw new InvalidOperationException($"Best must be a report row of at least {SelectionReport.FirstLayerColumn + 1} numbers."));
    }
}
