using System.Numerics;
using Grader.Core.Numerics;
using Reference.Generator.MlpComplexity;

namespace Reference.Tests.MlpComplexity;

/// <summary>The construction counts agree with enumeration and with hand counts, and big ones carry exactly.</summary>
public sealed class NetworkCounterTests
{
    public static IEnumerable<TestCaseData> SmallShapes() =>
        new (int D, int L, int N, int C)[] { (1, 1, 1, 1), (2, 1, 3, 1), (3, 2, 2, 2), (2, 3, 3, 1), (4, 2, 1, 3), (1, 4, 2, 2) }
            .Select(s => new TestCaseData(s.D, s.L, s.N, s.C).SetName($"d={s.D} L={s.L} n={s.N} c={s.C}"));

    [TestCaseSource(nameof(SmallShapes))]
    public void Path_counts_by_layers_equal_the_enumeration_of_every_path(int d, int l, int n, int c) =>
        Assert.That(NetworkCounter.PathMultiplications(d, l, n, c), Is.EqualTo(NetworkCounter.PathMultiplicationsByEnumeration(d, l, n, c)));

    [Test]
    public void Hand_counts_for_d2_L1_n3_c1()
    {
        Assert.That(NetworkCounter.Parameters(2, 1, 3, 1, biases: false), Is.EqualTo((BigInteger)9));
        Assert.That(NetworkCounter.Parameters(2, 1, 3, 1, biases: true), Is.EqualTo((BigInteger)13));
        // forward 6 + 3, backward: ∂W 6 + 3, Wᵀδ 3, ⊙f' 3, update 13.
        Assert.That(NetworkCounter.BackpropMultiplications(2, 1, 3, 1), Is.EqualTo((BigInteger)37));
        // inputs: 2 units × 3 paths × 1; hidden units: 3 × 1 path × 0.
        Assert.That(NetworkCounter.PathMultiplications(2, 1, 3, 1), Is.EqualTo((BigInteger)6));
    }

    [Test]
    public void Path_counts_beyond_64_bits_are_exact_and_carried_in_limbs()
    {
        var count = NetworkCounter.PathMultiplications(100, 30, 50, 10);
        Assert.That(count, Is.GreaterThan((BigInteger)ulong.MaxValue));
        var width = DecimalLimbs.WidthOf(count);
        Assert.That(DecimalLimbs.Decode(DecimalLimbs.Encode(count, width)), Is.EqualTo(count));
        Assert.That(() => DecimalLimbs.Encode(count, width - 1), Throws.InstanceOf<OverflowException>());
        Assert.That(DecimalLimbs.Encode(1_234_567, 3), Is.EqualTo(new double[] { 0, 1, 234_567 }));
        Assert.That(() => DecimalLimbs.Decode([1.5]), Throws.InstanceOf<FormatException>());
    }

    [TestCase(0, 1)]
    [TestCase(999_999, 1)]
    [TestCase(1_000_000, 2)]
    public void WidthOf_counts_limbs_exactly_at_powers_of_the_base(long value, int width) =>
        Assert.That(DecimalLimbs.WidthOf(value), Is.EqualTo(width));

    [Test]
    public void WidthOf_is_exact_where_a_floating_point_logarithm_rounds()
    {
        var power = BigInteger.Pow(10, 24);
        Assert.That(DecimalLimbs.WidthOf(power - 1), Is.EqualTo(4));
        Assert.That(DecimalLimbs.WidthOf(power), Is.EqualTo(5));
        Assert.That(DecimalLimbs.Decode(DecimalLimbs.Encode(power, DecimalLimbs.WidthOf(power))), Is.EqualTo(power));
    }
}
