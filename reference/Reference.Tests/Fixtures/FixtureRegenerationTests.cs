using Grader.Core.Fixtures;
using Grader.Tests;
using Reference.Generator.Fixtures;

namespace Reference.Tests.Fixtures;

/// <summary>The committed fixtures are exactly what the answer key generates (the check mode, run as a process, is
/// <see cref="FixtureCheckCommandTests"/>).</summary>
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
}
