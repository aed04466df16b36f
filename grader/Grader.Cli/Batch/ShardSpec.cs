using System.Security.Cryptography;
using System.Text;

namespace Grader.Cli.Batch;

/// <summary><c>--shard k/n</c>: grade the k-th of n deterministic slices. A student's slice depends only on their
/// name, so adding a student never moves the others between shards.</summary>
public sealed record ShardSpec(int Index, int Count)
{
    public static readonly ShardSpec All = new(1, 1);

    /// <returns>The shard, or null when <paramref name="text"/> is not k/n with 1 ≤ k ≤ n.</returns>
    public static ShardSpec? Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && int.TryParse(parts[0], out var k) && int.TryParse(parts[1], out var n) && n >= 1 && k >= 1 && k <= n
            ? new ShardSpec(k, n)
            : null;
    }

    public bool Contains(string student)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(student));
        return (int)(BitConverter.ToUInt32(hash, 0) % (uint)Count) == Index - 1;
    }

    public override string ToString() => $"{Index}/{Count}";
}
