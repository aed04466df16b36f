using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Reference.Generator.Fixtures;

namespace Grader.Tests.AddingAProblem;

/// <summary>The test-only problem's fixture generator (step 4 of docs/adding-a-problem.md).</summary>
public sealed class AffineMapFixtures : IFixtureGenerator, IKnownMistakes
{
    private static readonly (FixtureSet Set, string Name, int Seed, int InputSize, int OutputSize)[] Cases =
    [
        (FixtureSet.Public, "small", 1, 3, 2),
        (FixtureSet.Hidden, "wide", 2, 5, 1),
        (FixtureSet.Hidden, "tall", 3, 1, 4),
    ];

    /// <summary>The one known flaw, under the name the grader reports (the flaw and its name are one string here).</summary>
    private readonly FixtureBuilder<string> _builder = new(
        new AffineMapModule(),
        new Dictionary<string, string> { [AffineMapModule.BiasLeftOut] = AffineMapModule.BiasLeftOut },
        _ => new BiasLeftOutAffineMap());

    public string Problem => AffineMapModule.ProblemId;

    public IReadOnlyDictionary<string, Func<object>> FlawedImplementations => _builder.FlawedImplementations;

    public IEnumerable<(FixtureSet Set, Fixture Fixture)> Generate() => Cases.Select(c =>
    {
        // Values on a grid of 1/16, exact in binary and short in decimal.
        var random = new Random(c.Seed);
        NumericArray Grid(params int[] shape) => InputArrays.Draw(shape, () => (random.Next(33) - 16) / 16.0);
        var inputs = new Dictionary<string, NumericArray>
        {
            ["x"] = Grid(c.InputSize), ["W"] = Grid(c.OutputSize, c.InputSize), ["b"] = Grid(c.OutputSize), ["delta"] = Grid(c.OutputSize),
        };
        return (c.Set, _builder.Build(c.Name, c.Seed, inputs, new AffineMap()));
    });
}
