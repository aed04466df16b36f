using System.CommandLine;
using Grader.Core.Problems;
using Reference.Generator;
using Reference.Generator.CharRnn;
using Reference.Generator.Fixtures;
using Reference.Generator.InfoGan;
using Reference.Generator.Timing;

var fixturesOption = new Option<string?>("--fixtures") { Description = "The fixtures folder (default: fixtures/ of the repository)." };
var checkOption = new Option<bool>("--check") { Description = "Write nothing; exit 1 naming each file that regeneration would change." };

var regenerate = new Command("regenerate", "Regenerate the golden fixtures (public and hidden) and their manifest from the answer key.")
{
    fixturesOption,
    checkOption,
};
regenerate.SetAction(parse =>
{
    var root = parse.GetValue(fixturesOption) ?? RepositoryPaths.DefaultFixtures();
    var catalog = ProblemCatalog.Discover();
    var generators = Generators.Discover(catalog);
    var mismatches = Generators.Mismatches(catalog, generators);
    if (mismatches.Count > 0)
    {
        foreach (var mismatch in mismatches)
        {
            Console.Error.WriteLine(mismatch);
        }
        return 2;
    }
    var regenerator = new FixtureRegenerator(generators);
    if (parse.GetValue(checkOption))
    {
        var changes = regenerator.Check(root);
        foreach (var change in changes)
        {
            Console.Error.WriteLine(change);
        }
        Console.WriteLine(changes.Count == 0
            ? $"Fixtures in {root} are current."
            : $"{changes.Count} fixture files differ from what the reference generates; run `reference regenerate`.");
        return changes.Count == 0 ? 0 : 1;
    }
    var written = regenerator.Write(root);
    Console.WriteLine($"Wrote {written.Count} files to {root}.");
    return 0;
});

var root = new RootCommand("The answer key's tools: regenerate and check the golden fixtures; time the answer key on them; train the char-rnn; calibrate the InfoGAN's thresholds and make a case from MNIST.") { regenerate, TrainCommand.Create(), InfoGanCalibrateCommand.Create(), InfoGanMnistCommand.Create(), TimeCommand.Create() };
return root.Parse(args).Invoke();
