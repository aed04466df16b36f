using Grader.Tests;
using Reference.Generator.Fixtures;

namespace Reference.Tests.Fixtures;

/// <summary>The check mode, <c>reference regenerate --check</c>, run as a process: it says the fixtures are current,
/// or exits non-zero naming each file.</summary>
[Category(TestTiers.Process)]
public sealed class FixtureCheckCommandTests
{
    [Test]
    public void Check_mode_exits_non_zero_naming_a_changed_a_missing_and_a_stray_file()
    {
        var rendered = new FixtureRegenerator(TestCatalog.Generators).Render();
        var copy = Directory.CreateTempSubdirectory("fixtures-").FullName;
        try
        {
            new FixtureRegenerator(TestCatalog.Generators).Write(copy);
            Assert.That(RunCheck(copy).ExitCode, Is.Zero);
            Assert.That(File.ReadAllText(Path.Combine(copy, "data", "trnX-3d.csv")), Is.EqualTo(rendered["data/trnX-3d.csv"]));

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
    private static (int ExitCode, string Output) RunCheck(string fixtures) =>
        Processes.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "reference.dll"), "regenerate", "--check", "--fixtures", fixtures], fixtures);
}
