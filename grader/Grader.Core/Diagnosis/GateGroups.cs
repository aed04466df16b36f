namespace Grader.Core.Diagnosis;

/// <summary>For gated cells, which checked quantities belong to which gate, so that a failure can be read gate by gate.</summary>
/// <param name="Gates">Each gate with the quantities that belong to it alone.</param>
/// <param name="Mixed">Quantities that combine every gate (the state, dx, dh): wrong when any gate is.</param>
public sealed record GateGroups(IReadOnlyList<(string Gate, string[] Quantities)> Gates, IReadOnlyList<string> Mixed)
{
    public bool Covers(string quantity) => Mixed.Contains(quantity) || Gates.Any(g => g.Quantities.Contains(quantity));

    /// <summary>"By gate: update gate z (dWzh, dWzx) right; …", or that every gate is right and the error lies where they
    /// combine; null when nothing covered failed or a gate's quantity could not be judged (<paramref name="passed"/>
    /// null: the code threw, was not implemented, …).</summary>
    public string? Summary(Func<string, bool?> passed)
    {
        if (Gates.SelectMany(g => g.Quantities).Any(q => passed(q) is null))
        {
            return null;
        }
        var verdicts = Gates.Select(g => (g.Gate, g.Quantities, Wrong: g.Quantities.Any(q => passed(q) == false))).ToArray();
        if (verdicts.Any(v => v.Wrong))
        {
            var parts = verdicts.Select(v => $"{v.Gate} ({string.Join(", ", v.Quantities)}) {(v.Wrong ? "wrong" : "right")}");
            return $"By gate: {string.Join("; ", parts)}.";
        }
        var mixedWrong = Mixed.Where(q => passed(q) == false).ToArray();
        return mixedWrong.Length == 0
            ? null
            : $"By gate: every gate is right ({string.Join(", ", Gates.Select(g => g.Gate))}), so the error lies where they combine " +
              $"into {string.Join(", ", Mixed)}.";
    }
}
