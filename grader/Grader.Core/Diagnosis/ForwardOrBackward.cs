using System.Globalization;
using Grader.Core.Execution;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;

namespace Grader.Core.Diagnosis;

/// <summary>For each wrong gradient, whether the forward pass or the backward pass is at fault: the submission's own
/// forward is differentiated by finite differences (in the runner, on the same inputs) and compared with its backward.</summary>
internal sealed class ForwardOrBackward
{
    public const string BackwardVerdict = "Your backward disagrees with your own forward";
    public const string ForwardVerdict = "Your forward is already wrong; fix it first";

    /// <summary>One sentence per wrong gradient, by quantity; one differentiation request per case involved.</summary>
    public IReadOnlyDictionary<string, string> Diagnose(
        IProblemModule problem, IReadOnlyList<Fixture> fixtures, IReadOnlyList<CaseOutcome> outcomes, IEnumerable<string> wrong,
        ISubmissionExecutor executor)
    {
        var planned = new List<(GradientLink Link, FailingCase Case, int[] Probes)>();
        foreach (var quantity in wrong)
        {
            var spec = problem.Quantities.First(q => q.Name == quantity);
            if (problem.ForwardModel?.Link(quantity) is not { } link || FailingCase.Smallest(spec, fixtures, outcomes) is not { } failing)
            {
                continue;
            }
            var probes = ProbeSelection.Worst(failing.Expected, failing.Actual, spec.Tolerance);
            if (probes.Length > 0)
            {
                planned.Add((link, failing, probes));
            }
        }

        var verdicts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in planned.GroupBy(p => p.Case.Fixture.Case))
        {
            var fixture = group.First().Case.Fixture;
            var estimates = executor.Differentiate(new DifferentiationCall(
                problem.Id, fixture.Case, fixture.Inputs, group.ToDictionary(p => p.Link.Gradient, p => p.Probes)));
            foreach (var (link, failing, probes) in group)
            {
                verdicts[link.Gradient] = Verdict(problem, link, failing, probes, estimates.Quantities.GetValueOrDefault(link.Gradient));
            }
        }
        return verdicts;
    }

    private static string Verdict(IProblemModule problem, GradientLink link, FailingCase failing, int[] probes, QuantityOutcome? estimated)
    {
        var caseName = failing.Fixture.Case;
        var forwardWrong = link.Forward.Where(f => failing.Agrees(problem, f) == false).ToArray();
        if (estimated is null || !estimated.HasValue || estimated.Value.Data.Length != probes.Length)
        {
            var why = estimated is { HasValue: false } ? $" ({estimated.Failure.Status.Describe()}: {estimated.Failure.Message})" : "";
            var prefix = forwardWrong.Length > 0 ? $"{ForwardVerdict}: in case {caseName}, {AlreadyDisagree(forwardWrong)} with the reference. " : "";
            return $"Forward or backward? {prefix}The grader could not differentiate your forward pass in case {caseName}{why}, " +
                   "so this diagnosis is left out; the check above stands.";
        }

        var found = probes.Select((flat, k) => new Probe(failing.Actual.FormatIndex(flat), failing.Actual.Data[flat], estimated.Value.Data[k])).ToArray();
        if (found.Any(p => !double.IsFinite(p.Estimate)))
        {
            return $"Forward or backward? Finite differences of your forward pass are not finite in case {caseName} (your forward gives " +
                   $"NaN or ∞ when {link.Parameter} moves by a step of 1e-5·max(1, |θ|)), so the grader cannot tell which side is wrong.";
        }
        var disagreeing = GradientConsistency.Disagreements(found);
        var tolerance = GradientConsistency.Tolerance;
        var example = disagreeing.FirstOrDefault();
        var detail = example is null
            ? ""
            : $"central finite differences of your forward give {link.Gradient}{example.Index} ≈ {G(example.Estimate)} where your backward " +
              $"returns {G(example.Backward)}; {disagreeing.Count} of {found.Length} probed elements disagree ({tolerance})";
        if (forwardWrong.Length > 0)
        {
            var lead = $"Forward or backward? {ForwardVerdict}: in case {caseName}, {AlreadyDisagree(forwardWrong)} with the reference, " +
                       "and a gradient can only match the reference's for the reference's forward.";
            return example is null
                ? $"{lead} Your {link.Gradient} does agree with finite differences of your own forward on the {found.Length} elements " +
                  "probed, so your backward may well be right for the forward you have: fixing the forward may fix this check too."
                : $"{lead} Your backward also disagrees with your own forward: {detail}; so the backward needs work as well.";
        }
        if (example is not null)
        {
            return $"Forward or backward? {BackwardVerdict}: in case {caseName} {ForwardState(problem, link, failing)}, " +
                   $"but {detail}. {(link.Forward.All(f => failing.Agrees(problem, f) == true) ? "The forward is fine; fix" : "Fix")} the backward pass.";
        }
        return $"Forward or backward? Your {link.Gradient} agrees with finite differences of your own forward on the {found.Length} " +
               $"elements probed in case {caseName}, and {ForwardState(problem, link, failing)}, yet it differs from the reference's " +
               "gradient: check that your backward uses the weights and inputs of the forward call it belongs to (state left over from " +
               "an earlier call?).";
    }

    /// <summary>What is known of a forward that is not wrong: it agrees with the reference, or some of it could not be
    /// compared (a value missing or not returned), which the verdict must not pass off as agreement.</summary>
    private static string ForwardState(IProblemModule problem, GradientLink link, FailingCase failing)
    {
        var unknown = link.Forward.Where(f => failing.Agrees(problem, f) is null).ToArray();
        var agreeing = link.Forward.Except(unknown).ToArray();
        return unknown.Length == 0 ? $"your forward ({List(agreeing)}) agrees with the reference"
            : agreeing.Length == 0 ? $"your forward ({List(unknown)}) could not be compared with the reference"
            : $"your forward agrees with the reference in {List(agreeing)} ({List(unknown)} could not be compared)";
    }

    private static string AlreadyDisagree(string[] quantities) =>
        quantities.Length == 1 ? $"{quantities[0]} already disagrees" : $"{List(quantities)} already disagree";

    private static string List(IEnumerable<string> quantities) => string.Join(", ", quantities);

    private static string G(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
