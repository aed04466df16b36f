using Grader.Core.Problems.GruCell;
using Grader.Core.Diagnosis;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Numerics;
using Grader.Tests.Grading;
using Reference.Generator.GruCell;

namespace Grader.Tests.Diagnosis;

/// <summary>The GRU's dx and dh split by gate path: the paths add up to the reference's gradients, and an error that
/// is one path missing, doubled or of the wrong sign is named as such.</summary>
public sealed class GatePathTests
{
    private static readonly Fixture[] Cases =
        [.. new FixtureStore(TestPaths.Fixtures).Load(FixtureSet.Public, "gru-cell"), .. new FixtureStore(TestPaths.Fixtures).Load(FixtureSet.Hidden, "gru-cell")];

    [TestCase("dx")]
    [TestCase("dh")]
    public void The_paths_add_up_to_the_gradient(string gradient)
    {
        foreach (var fixture in Cases)
        {
            var paths = GruGatePaths.Of(gradient, fixture.Inputs);
            var sum = paths.Values.Aggregate(new double[fixture.Expected[gradient].Data.Length], (s, p) => s.Zip(p.Data, (a, b) => a + b).ToArray());
            Assert.That(AllClose.IsClose(fixture.Expected[gradient], new NumericArray(fixture.Expected[gradient].Shape, sum), Tolerance.Default),
                $"case {fixture.Case}");
        }
    }

    [TestCase("dh", GruGatePaths.Direct, -1, "is missing from yours")]
    [TestCase("dh", GruGatePaths.Reset, 1, "is counted twice in yours")]
    [TestCase("dx", GruGatePaths.Update, -2, "has the wrong sign in yours")]
    public void An_error_of_one_path_is_named(string gradient, string path, double factor, string meaning)
    {
        var fixture = Cases.First(c => c.Case == "state-larger");
        var expected = fixture.Expected[gradient];
        var paths = GruGatePaths.Of(gradient, fixture.Inputs);
        var actual = new NumericArray(expected.Shape, expected.Data.Select((e, i) => e + factor * paths[path].Data[i]).ToArray());
        Assert.That(GatePathSplit.Describe(gradient, expected, actual, Tolerance.Default, paths),
            Is.EqualTo($"By gate path: the error of your {gradient} is exactly what it would be if {path} {meaning}."));
    }

    [TestCase(GruFlaw.DirectPathMissing, GruGatePaths.Direct)]
    [TestCase(GruFlaw.ResetPathMissingFromDh, GruGatePaths.Candidate)]
    public void A_recorded_dh_mistake_is_traced_to_its_path(GruFlaw flaw, string path)
    {
        var grader = new SubmissionGrader(GruOnly.Catalog, new FixtureStore(TestPaths.Fixtures), [FixtureSet.Public]);
        using var executor = new InstanceExecutor(GruOnly.Catalog, () => new FlawedGruCell(flaw));
        var dh = grader.Grade(flaw.ToString(), executor).Checks.First(c => c.Quantity == "dh");
        Assert.That(dh.Message, Does.Contain($"exactly what it would be if {path} is missing from yours"));
    }

    [Test]
    public void The_gru_failures_are_summed_up_gate_by_gate()
    {
        var grade = OneProblem.Grade(TestPaths.Sample("gru-transposed"), "gru-cell");
        Assert.That(grade.Checks.First(c => c.Quantity == "dWh").Message,
            Does.Contain("By gate: update gate z (dWzh, dWzx) right; reset gate r (dWrh, dWrx) right; candidate h̃ (dWh, dWx) wrong."));
    }

    [Test]
    public void The_lstm_failures_are_summed_up_gate_by_gate()
    {
        var grade = OneProblem.Grade(TestPaths.Sample("lstm-worked-tanh-left-out"), "lstm-worked");
        var failed = grade.Checks.Where(c => c.Status == CheckStatus.Wrong).ToArray();
        Assert.That(failed, Is.Not.Empty);
        Assert.That(failed.Select(c => c.Message), Has.All.Contain("By gate: every gate is right (forget gate f, input gate i, output gate o, candidate C̃), so the error lies where they combine into C, h."));
    }
}
