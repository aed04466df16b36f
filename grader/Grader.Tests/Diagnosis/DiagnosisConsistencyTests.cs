using System.Globalization;
using Grader.Core.Diagnosis;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Problems;
using Grader.Tests.Grading;
using Reference.Generator.GruCell;

namespace Grader.Tests.Diagnosis;

/// <summary>The forward models agree with the problems and fixtures they describe, and a differentiation request
/// carries inputs and element indices only.</summary>
public sealed class DiagnosisConsistencyTests
{
    private static readonly FixtureStore Fixtures = new(TestPaths.Fixtures);

    [Test]
    public void Every_problem_with_a_forward_and_gradients_has_a_forward_model()
    {
        Assert.That(TestCatalog.Differentiable.Select(p => p.Id),
            Is.EquivalentTo(new[] { "gru-cell", "nback-rnn", "sigmoid-rnn", "softmax-rnn", "char-rnn" }));
    }

    [Test]
    public void Every_link_names_a_gradient_an_input_and_forward_outputs_of_its_problem()
    {
        foreach (var problem in TestCatalog.Differentiable)
        {
            var model = problem.ForwardModel!;
            var quantities = problem.Quantities.Select(q => q.Name).ToArray();
            foreach (var link in model.Gradients)
            {
                Assert.That(quantities, Does.Contain(link.Gradient).And.SupersetOf(link.Forward), $"{problem.Id} {link.Gradient}");
                foreach (var fixture in Fixtures.Load(FixtureSet.Public, problem.Id).Concat(Fixtures.Load(FixtureSet.Hidden, problem.Id)))
                {
                    Assert.That(fixture.Inputs, Does.ContainKey(link.Parameter), $"{problem.Id}/{fixture.Case}");
                    var parameter = fixture.Inputs[link.Parameter];
                    if (link.AlongOutput)
                    {
                        Assert.That(parameter.Data, Has.Length.EqualTo(1), $"{problem.Id}/{fixture.Case}: {link.Parameter} is a scalar");
                    }
                    else if (fixture.Expected.TryGetValue(link.Gradient, out var gradient))
                    {
                        Assert.That(gradient.Shape, Is.EqualTo(parameter.Shape), $"{problem.Id}/{fixture.Case}: {link.Gradient} has {link.Parameter}'s shape");
                    }
                }
            }
        }
    }

    [Test]
    public void A_differentiation_request_carries_no_expected_value()
    {
        var grader = new SubmissionGrader(GruOnly.Catalog, Fixtures, [FixtureSet.Public]);
        using var executor = new RecordingExecutor(new InstanceExecutor(GruOnly.Catalog, () => new FlawedGruCell(GruFlaw.DWhTransposed)));
        grader.Grade("dWh transposed", executor);
        Assert.That(executor.Sent, Is.Not.Empty);
        foreach (var fixture in Fixtures.Load(FixtureSet.Public, "gru-cell"))
        {
            var inputs = fixture.Inputs.Values.SelectMany(v => v.Data).ToHashSet();
            var secrets = fixture.Expected.Values.SelectMany(v => v.Data)
                .Concat(fixture.Mistakes.Values.SelectMany(m => m.Values.SelectMany(v => v.Data)))
                .Where(v => v != 0 && !inputs.Contains(v))
                .Select(v => v.ToString("R", CultureInfo.InvariantCulture))
                .ToArray();
            foreach (var request in executor.Sent.Where(r => r.Contains($"\"Case\":\"{fixture.Case}\"", StringComparison.Ordinal)))
            {
                Assert.That(request, Does.Contain("\"Kind\":\"differentiate\"").And.Contain("\"Probes\":{\"dWh\":["));
                Assert.That(secrets.Where(s => request.Contains(s, StringComparison.Ordinal)), Is.Empty, fixture.Case);
            }
        }
    }
}
