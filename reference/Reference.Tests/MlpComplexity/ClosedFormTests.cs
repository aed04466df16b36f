using System.Numerics;
using Reference.Generator.MlpComplexity;

namespace Reference.Tests.MlpComplexity;

/// <summary>The answer key's closed forms equal the counts made by walking (and, where few, listing) the network on
/// every shape of a sweep (each small enough to list its paths), not only on the fixtures' 24.</summary>
public sealed class ClosedFormTests
{
    private static IEnumerable<(int D, int L, int N, int C)> Sweep() =>
        from d in new[] { 1, 2, 5 }
        from l in new[] { 1, 2, 3, 6 }
        from n in new[] { 1, 2, 3, 5 }
        from c in new[] { 1, 4 }
        select (d, l, n, c);

    [Test]
    public void Closed_forms_equal_the_counts_by_construction_on_every_shape_of_the_sweep()
    {
        var key = new Reference.Solutions.MlpComplexity();
        var counted = new CountedComplexity();
        foreach (var (d, l, n, c) in Sweep())
        {
            var shape = $"d={d} L={l} n={n} c={c}";
            Assert.That(key.Parameters(d, l, n, c), Is.EqualTo(counted.Parameters(d, l, n, c)), shape);
            Assert.That(key.ParametersWithoutBiases(d, l, n, c), Is.EqualTo(counted.ParametersWithoutBiases(d, l, n, c)), shape);
            Assert.That(key.BackpropMultiplications(d, l, n, c), Is.EqualTo(counted.BackpropMultiplications(d, l, n, c)), shape);
            Assert.That(key.PathMultiplications(d, l, n, c), Is.EqualTo(counted.PathMultiplications(d, l, n, c)), shape);
        }
    }

    [Test]
    public void Small_networks_have_their_paths_listed_one_by_one()
    {
        Assert.That(CountedComplexity.PathCount(2, 1, 3, 1), Is.EqualTo((BigInteger)(2 * 3 + 3)));
        Assert.That(CountedComplexity.PathCount(9, 9, 9, 9), Is.GreaterThan((BigInteger)CountedComplexity.EnumerationLimit));
        Assert.That(Sweep().Count(s => CountedComplexity.PathCount(s.D, s.L, s.N, s.C) <= CountedComplexity.EnumerationLimit), Is.EqualTo(Sweep().Count()));
    }

    [Test]
    public void The_path_count_passes_64_bits_where_the_fixtures_say()
    {
        var key = new Reference.Solutions.MlpComplexity();
        Assert.That(key.PathMultiplications(100, 10, 100, 10), Is.GreaterThan((BigInteger)long.MaxValue));
        Assert.That(key.PathMultiplications(100, 12, 40, 10), Is.GreaterThan((BigInteger)long.MaxValue));
    }
}
