using Grader.Cli.Batch;

namespace Grader.Tests.Batch;

/// <summary><c>--shard k/n</c>: k of n, 1 ≤ k ≤ n.</summary>
public sealed class ShardSpecTests
{
    [TestCase("1/3", true)]
    [TestCase("3/3", true)]
    [TestCase("0/3", false)]
    [TestCase("4/3", false)]
    [TestCase("x", false)]
    public void Shard_specs_are_k_of_n(string text, bool valid) => Assert.That(ShardSpec.Parse(text) is not null, Is.EqualTo(valid));
}
