namespace Grader.Tests;

/// <summary>Approval files in Verify's conventions: <c>Approved/&lt;name&gt;.verified.&lt;ext&gt;</c> is committed; on a
/// difference the actual text is written beside it as <c>.received.</c> (git-ignored) and the test fails. To
/// approve a change, rename received to verified.</summary>
internal static class Approval
{
    private static string Folder => Path.Combine(TestPaths.Root, "grader", "Grader.Tests", "Approved");

    public static void Verify(string name, string actual, string extension)
    {
        var verified = Path.Combine(Folder, $"{name}.verified.{extension}");
        var received = Path.Combine(Folder, $"{name}.received.{extension}");
        var expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        Directory.CreateDirectory(Folder);
        File.WriteAllText(received, actual);
        var firstDifference = expected is null
            ? "no verified file yet"
            : $"first difference at character {Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], Math.Min(expected.Length, actual.Length))}";
        Assert.Fail($"{name}.{extension} differs from the approved version ({firstDifference}); see {received}.");
    }
}
