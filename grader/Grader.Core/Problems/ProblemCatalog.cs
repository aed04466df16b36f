using Grader.Core.Problems.CharRnn;
using Grader.Core.Problems.GruCell;
using Grader.Core.Problems.NbackRnn;
using Grader.Core.Problems.SigmoidRnn;
using Grader.Core.Problems.SoftmaxRnn;
using Grader.Core.Problems.LstmWorked;
using Grader.Core.Problems.LinearAutoencoder;
using Grader.Core.Problems.MlpSelection;
using Grader.Core.Problems.MlpComplexity;
using Grader.Core.Problems.InfoGan;

namespace Grader.Core.Problems;

/// <summary>Every problem the grader knows, in the order reports list them.</summary>
public sealed class ProblemCatalog
{
    public ProblemCatalog(IEnumerable<IProblem> problems)
    {
        Problems = problems.ToArray();
        var duplicate = Problems.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Problem id {duplicate.Key} is listed twice.", nameof(problems));
        }
    }

    public static ProblemCatalog Default { get; } = new(
    [
        new GruCellProblem(), new NbackRnnProblem(), new SigmoidRnnProblem(), new SoftmaxRnnProblem(),
        new MlpSelectionProblem(), new MlpComplexityProblem(), new LinearAutoencoderProblem(), new CharRnnProblem(), new LstmWorkedProblem(),
        new InfoGanProblem(),
    ]);

    public IReadOnlyList<IProblem> Problems { get; }

    public IProblem? Find(string id) => Problems.FirstOrDefault(p => p.Id == id);

    public IProblem Get(string id) =>
        Find(id) ?? throw new ArgumentException($"Unknown problem '{id}'. Known: {string.Join(", ", Problems.Select(p => p.Id))}.", nameof(id));
}
