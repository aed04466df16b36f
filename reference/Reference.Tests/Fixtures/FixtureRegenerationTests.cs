using System.Diagnostics;
using Grader.Core.Fixtures;
using Reference.Generator.Fixtures;

namespace Reference.Tests.Fixtures;

/// <summary>The committed fixtures are exactly what the answer key generates, and the check mode says so, or names the file.</summary>
public sealed class FixtureRegenerationTests
{
    private static string RepositoryFixtures => Reference.Generator.RepositoryPaths.DefaultFixtures();

    /// <summary>One rendering shared by the tests that only read it (rendering trains the mlp-selection grid).</summary>
    private IReadOnlyDictionary<string, string> _rendered = new Dictionary<string, string>();

    [OneTimeSetUp]
    public void RenderOnce() => _rendered = new FixtureRegenerator(TestCatalog.Generators).Render();

    [Test]
    public void Committed_fixtures_are_what_regeneration_writes()
    {
        var changes = FixtureRegenerator.Check(RepositoryFixtures, _rendered);
        Assert.That(changes, Is.Empty, "run `dotnet run --project reference/Reference.Generator -- regenerate` and commit");
    }

    [Test]
    public void Regeneration_is_deterministic()
    {
        var second = new FixtureRegenerator(TestCatalog.Generators).Render();
        Assert.That(second, Is.EqualTo(_rendered));
    }

    [Test]
    public void Fixtures_read_back_to_the_same_doubles_and_the_same_text()
    {
        foreach (var (path, text) in _rendered.Where(f => f.Key.EndsWith(".json") && f.Key != FixtureManifest.FileName))
        {
            Assert.That(FixtureJson.Write(FixtureJson.Parse(text, path)), Is.EqualTo(text), path);
        }
    }

    [Test]
    public void Manifest_lists_every_file_with_its_hash()
    {
        var files = _rendered;
        var manifest = FixtureManifest.Parse(files[FixtureManifest.FileName]);
        Assert.That(manifest.GeneratorVersion, Is.EqualTo(FixtureManifest.CurrentVersion));
        Assert.That(manifest.Files.Select(f => f.Path), Is.EqualTo(files.Keys.Where(k => k != FixtureManifest.FileName)));
        foreach (var entry in manifest.Files)
        {
            Assert.That(entry.Sha256, Is.EqualTo(FixtureManifest.Sha256(files[entry.Path])), entry.Path);
        }
    }

    [Test]
    public void Check_mode_exits_non_zero_naming_a_changed_a_missing_and_a_stray_file()
    {
        var copy = Directory.CreateTempSubdirectory("fixtures-").FullName;
        try
        {
            new FixtureRegenerator(TestCatalog.Generators).Write(copy);
            Assert.That(RunCheck(copy).ExitCode, Is.Zero);
            Assert.That(File.ReadAllText(Path.Combine(copy, "data", "trnX-3d.csv")), Is.EqualTo(_rendered["data/trnX-3d.csv"]));

            var changed = Path.Combine(copy, "public", "gru-cell", "assignment.json");
            File.WriteAllText(changed, File.ReadAllText(changed).Replace("\"seed\": 17", "\"seed\": 18"));
            File.Delete(Path.Combine(copy, "hidden", "gru-cell", "large.json"));
            File.WriteAllText(Path.Combine(copy, "public", "gru-cell", "stray.json"), "{}");
            File.AppendAllText(Path.Combine(copy, "data", "devY-3d.csv"), "1\n");
            File.WriteAllText(Path.Combine(copy, "data", "stray.csv"), "0\n");

            var (exitCode, output) = RunCheck(copy);
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Does.Contain("would change: public/gru-cell/assignment.json"));
            Assert.That(output, Does.Contain("missing: hidden/gru-cell/large.json"));
            Assert.That(output, Does.Contain("not generated: public/gru-cell/stray.json"));
            Assert.That(output, Does.Contain("would change: data/devY-3d.csv"));
            Assert.That(output, Does.Contain("not generated: data/stray.csv"));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    /// <summary>Runs the real command, <c>reference regenerate --check</c>, as a process.</summary>
    private static (int ExitCode, string Output) RunCheck(string fixtures)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "reference.dll"), "regenerate", "--check", "--fixtures", fixtures])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
