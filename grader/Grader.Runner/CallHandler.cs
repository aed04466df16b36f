using Grader.Core.Execution;
using Grader.Core.Execution.Wire;
using Grader.Core.Grading;
using Grader.Core.Problems;

namespace Grader.Runner;

/// <summary>Runs one call: a fresh copy of the submission, Console captured and capped, the problem driven through its
/// contract, or its forward pass differentiated by finite differences.</summary>
public sealed class CallHandler(SubmissionImage submission, ProblemCatalog catalog, int outputCap)
{
    public WireResponse Handle(WireRequest request)
    {
        var problem = catalog.Find(request.Problem ?? "");
        var inputs = (request.Inputs ?? []).ToDictionary(i => i.Key, i => i.Value.ToArray());
        if (problem is null)
        {
            return new WireResponse([], $"The runner does not know problem '{request.Problem}'.");
        }

        var capture = new CappedTextWriter(outputCap);
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(capture);
        Console.SetError(capture);
        CaseOutcome outcome;
        try
        {
            var assembly = submission.ForCall();
            outcome = request.Kind == WireRequest.Differentiate
                ? InProcessExecutor.Differentiate(assembly, problem, new DifferentiationCall(problem.Id, request.Case ?? "", inputs, request.Probes ?? []))
                : InProcessExecutor.Invoke(assembly, problem, new ProblemCall(problem.Id, request.Case ?? "", inputs));
        }
        catch (BadImageFormatException e)
        {
            outcome = CaseOutcome.AllFailed(problem.Quantities.Select(q => q.Name),
                new StudentFailure(CheckStatus.CompileError, $"The submission cannot be loaded: {e.Message}"));
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
        return new WireResponse(outcome.Quantities.ToDictionary(q => q.Key, q => WireOutcome.From(q.Value)), capture.Text());
    }
}
