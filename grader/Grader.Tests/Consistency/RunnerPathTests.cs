using System.Reflection;
using Grader.Core.Diagnosis;
using Grader.Core.Execution;
using Grader.Core.Grading;
using Grader.Core.Grading.Criteria;
using Grader.Core.Numerics;
using Grader.Core.Problems;
using Grader.Core.Problems.InfoGan;
using Grader.Core.Problems.NbackRnn;

namespace Grader.Tests.Consistency;

/// <summary>The runner, which loads student code, contains no grading: nothing reachable from its entry point, from a
/// module's <see cref="IProblemModule.Invoke"/> or from a forward model (what the runner runs for diagnosis) calls a
/// criterion, a comparison, a tolerance, a verdict, or code marked <see cref="GraderSideAttribute"/>. Student code shares
/// the runner's process and could tamper with a judgement made there.</summary>
public sealed class RunnerPathTests
{
    private static readonly Assembly Core = typeof(ProblemCatalog).Assembly;
    private static readonly Assembly Runner = typeof(Runner.CallHandler).Assembly;

    [Test]
    public void Nothing_the_runner_runs_judges()
    {
        var graph = new CallGraph(a => a == Core || a == Runner, Builds);
        var offences = graph.References(RunnerEntries())
            .Where(r => Judges(r.Member))
            .Select(r => $"{string.Join(" → ", r.Path.Select(Describe))} uses {Describe(r.Member)}")
            .Distinct()
            .Order()
            .ToArray();
        Assert.That(offences, Is.Empty, "move the judgement to a criterion or to the module's Measure, which run in the grader");
    }

    [Test]
    public void The_walk_reaches_what_Invoke_calls_through_lambdas_local_functions_and_iterators()
    {
        var graph = new CallGraph(a => a == Core);
        var nback = graph.Reachable([InvokeOf(new NbackRnnModule())]).Select(Describe).ToArray();
        Assert.That(nback, Does.Contain("NbackGradientDescent.Run").And.Contain("NbackStepRecord.Record").And.Contain("CaseOutcomeBuilder.Step"));
        var infogan = graph.Reachable([InvokeOf(new InfoGanModule())]).Select(Describe).ToArray();
        Assert.That(infogan, Does.Contain("InfoGanSamples.Draw").And.Contain("InfoGanDrawCase.ImageStatistics"));
        Assert.That(infogan.Any(m => m.StartsWith("InfoGanSamples+<GridImages>", StringComparison.Ordinal) && m.EndsWith(".MoveNext", StringComparison.Ordinal)),
            Is.True, "the grid's iterator");
        Assert.That(infogan, Does.Not.Contain("DigitClassifier.Train").And.Not.Contain("InfoGanMeasurement.Score"));
    }

    /// <summary>The walk finds a judgement wherever it hides: called directly, inside a lambda given to a step, in an
    /// iterator, or behind a private helper.</summary>
    [TestCase(nameof(Leaky.Direct), "AllClose.Compare")]
    [TestCase(nameof(Leaky.InAStep), "FinalBelow.Judge")]
    [TestCase(nameof(Leaky.InAnIterator), "NbackTrainingSteps.Problem")]
    [TestCase(nameof(Leaky.BehindAHelper), "Tolerance.get_Rtol")]
    public void A_judgement_on_the_runner_path_is_found(string method, string judgement)
    {
        var graph = new CallGraph(a => a == Core || a == typeof(Leaky).Assembly, Builds);
        var found = graph.References([typeof(Leaky).GetMethod(method)!]).Where(r => Judges(r.Member)).Select(r => Describe(r.Member));
        Assert.That(found, Does.Contain(judgement));
        Assert.That(graph.References([typeof(Leaky).GetMethod(nameof(Leaky.Clean))!]).Where(r => Judges(r.Member)), Is.Empty);
    }

    /// <summary>The runner's program, every module's Invoke, every forward model (finite differences run them in the
    /// runner), and the executor the runner shares with a student's own tests.</summary>
    private static IEnumerable<MethodBase> RunnerEntries()
    {
        yield return Runner.EntryPoint!;
        foreach (var problem in TestCatalog.All.Problems)
        {
            yield return InvokeOf(problem);
        }
        const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var model in Core.GetTypes().Where(t => typeof(IForwardModel).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var method in model.GetMethods(declared))
            {
                yield return method;
            }
        }
        yield return typeof(InProcessExecutor).GetMethod(nameof(InProcessExecutor.Invoke))!;
        yield return typeof(InProcessExecutor).GetMethod(nameof(InProcessExecutor.Differentiate), BindingFlags.Public | BindingFlags.Static)!;
    }

    private static MethodInfo InvokeOf(IProblemModule problem)
    {
        var map = problem.GetType().GetInterfaceMap(typeof(IProblemModule));
        return map.TargetMethods[Array.IndexOf(map.InterfaceMethods, typeof(IProblemModule).GetMethod(nameof(IProblemModule.Invoke)))];
    }

    /// <summary>Whether the walk goes into a method: not into the constructors of judging types (a module's static
    /// fields build tolerances; building one judges nothing).</summary>
    private static bool Builds(MethodBase method) => !(method is ConstructorInfo && IsJudging(method.DeclaringType));

    /// <summary>Whether using <paramref name="member"/> is judging: a member (other than a constructor) of a judging type.</summary>
    private static bool Judges(MemberInfo member) => member is not ConstructorInfo && IsJudging(member as Type ?? member.DeclaringType);

    /// <summary>A criterion or a type of the criteria's namespace, the comparisons and tolerances, the grading machinery
    /// (statuses apart), a verdict, or a type marked <see cref="GraderSideAttribute"/>; or a type nested in one.</summary>
    private static bool IsJudging(Type? type)
    {
        for (; type is not null; type = type.DeclaringType)
        {
            if (type.Namespace == typeof(ICheckCriterion).Namespace
                || typeof(ICheckCriterion).IsAssignableFrom(type) || typeof(ICaseCriterion).IsAssignableFrom(type)
                || type == typeof(AllClose) || type == typeof(Comparison) || type == typeof(Tolerance) || type == typeof(Verdict)
                || (type.Namespace == typeof(CheckStatus).Namespace && type != typeof(CheckStatus))
                || type.IsDefined(typeof(GraderSideAttribute), inherit: false))
            {
                return true;
            }
        }
        return false;
    }

    private static string Describe(MemberInfo member) => member switch
    {
        Type type => Name(type),
        _ => $"{(member.DeclaringType is { } t ? Name(t) : "?")}.{member.Name}",
    };

    private static string Name(Type type) => type.DeclaringType is { } outer ? $"{Name(outer)}+{type.Name}" : type.Name;

    /// <summary>Code that judges where the runner would run it, each in another disguise; and code that does not.</summary>
    private static class Leaky
    {
        public static bool Direct() => AllClose.Compare(NumericArray.Scalar(1), NumericArray.Scalar(1), new Tolerance(0, 0)).Kind == ComparisonKind.Close;

        public static void InAStep(CaseOutcomeBuilder outcome) =>
            outcome.Step("Judging", () => new FinalBelow(1, "J", "epoch").Judge(NumericArray.Scalar(0), null));

        public static IEnumerable<string?> InAnIterator(IReadOnlyDictionary<string, NumericArray> outputs)
        {
            yield return NbackTrainingSteps.Problem(outputs);
        }

        public static double BehindAHelper() => Helper();

        public static double Clean(IReadOnlyDictionary<string, NumericArray> inputs) => inputs["x"].ToScalar();

        private static double Helper() => Tolerance.Default.Rtol;
    }
}
