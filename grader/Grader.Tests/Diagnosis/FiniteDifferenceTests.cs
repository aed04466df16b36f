using Grader.Core.Diagnosis;
using Grader.Core.Execution;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Numerics;
using Grader.Core.Problems;

namespace Grader.Tests.Diagnosis;

/// <summary>Finite differences of the answer key's forward pass reproduce its gradients within the consistency
/// tolerance on every case, so a correct backward is never called inconsistent; failures of student code are outcomes.</summary>
public sealed class FiniteDifferenceTests
{
    private static readonly FixtureStore Fixtures = new(TestPaths.Fixtures);

    public static IEnumerable<TestCaseData> Links() =>
        TestCatalog.Differentiable.SelectMany(problem => problem.ForwardModel!.Gradients.Select(link =>
            new TestCaseData(problem.Id, link.Gradient).SetName($"{problem.Id} {link.Gradient}")));

    [TestCaseSource(nameof(Links))]
    public void The_answer_key_agrees_with_finite_differences_of_its_own_forward(string problemId, string gradient)
    {
        var problem = TestCatalog.All.Get(problemId);
        var model = problem.ForwardModel!;
        var cases = Fixtures.Load(FixtureSet.Public, problemId).Concat(Fixtures.Load(FixtureSet.Hidden, problemId)).ToArray();
        foreach (var fixture in cases.Where(f => f.Expected.ContainsKey(gradient)))
        {
            var expected = fixture.Expected[gradient];
            // Twelve elements spread over the gradient, the first and the last among them.
            var probes = Enumerable.Range(0, Math.Min(12, expected.Data.Length))
                .Select(k => (int)((long)k * (expected.Data.Length - 1) / Math.Max(1, Math.Min(12, expected.Data.Length) - 1))).Distinct().ToArray();
            var estimates = FiniteDifferences.Estimate(model, () => (AnswerKey(problem), null),
                new DifferentiationCall(problemId, fixture.Case, fixture.Inputs, new Dictionary<string, int[]> { [gradient] = probes }), null);
            var values = estimates.Quantities[gradient];
            Assert.That(values.HasValue, Is.True, () => $"{fixture.Case}: {values.Failure?.Message}");
            var found = probes.Select((p, k) => new Probe(expected.FormatIndex(p), expected.Data[p], values.Value!.Data[k])).ToArray();
            Assert.That(GradientConsistency.Disagreements(found), Is.Empty, $"case {fixture.Case}");
            // Not just inside the tolerance but far inside it: a hundredth of what is allowed at most. Cases whose logits
            // sit near ±800 are exempt from the margin (each score carries about 800 × 2⁻⁵² of rounding, which costs the
            // differences a digit or two); they must still agree within the tolerance, as asserted above.
            if (fixture.Case.StartsWith("logits-", StringComparison.Ordinal))
            {
                continue;
            }
            var worst = found.Max(p => Math.Abs(p.Backward - p.Estimate) / GradientConsistency.Tolerance.Allowed(p.Estimate));
            Assert.That(worst, Is.LessThan(0.01), $"case {fixture.Case}");
        }
    }

    [Test]
    public void A_forward_that_throws_is_a_failure_of_that_gradient_not_an_exception()
    {
        var fixture = Fixtures.Load(FixtureSet.Public, "gru-cell")[0];
        var call = new DifferentiationCall("gru-cell", fixture.Case, fixture.Inputs, new Dictionary<string, int[]> { ["dWh"] = [0, 1], ["dx"] = [0] });
        var outcome = FiniteDifferences.Estimate(TestCatalog.All.Get("gru-cell").ForwardModel!,
            () => (new BrokenForwardGruCell(), null), call, null);
        Assert.That(outcome.Quantities["dWh"].Failure?.Status, Is.EqualTo(CheckStatus.Threw));
        Assert.That(outcome.Quantities["dWh"].Failure?.Message, Does.Contain("Your forward pass").And.Contain("forward broke"));
        Assert.That(outcome.Quantities["dx"].Failure?.Status, Is.EqualTo(CheckStatus.Threw));
    }

    [Test]
    public void Probes_are_the_worst_elements_outside_the_tolerance_and_at_most_twelve()
    {
        var expected = new NumericArray([4, 5], new double[20]);
        var actual = new NumericArray([4, 5], Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? i * 1.0 : 0).ToArray());
        Assert.That(ProbeSelection.Worst(expected, actual, Tolerance.Default), Is.EqualTo(new[] { 18, 16, 14, 12, 10, 8, 6, 4, 2 }));
        var everywhere = new NumericArray([4, 5], Enumerable.Range(1, 20).Select(i => (double)i).ToArray());
        Assert.That(ProbeSelection.Worst(expected, everywhere, Tolerance.Default), Has.Length.EqualTo(ProbeSelection.MaxProbes).And.Contains(19));
    }

    private static object AnswerKey(IProblemModule problem) =>
        Core.Execution.ImplementationLocator.TryCreate(typeof(Reference.Solutions.GruCell).Assembly, problem.Contract, problem.Id, out _)!;
}
