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

    private readonly AffineMapModule _module = new();

    public string Problem => AffineMapModule.ProblemId;

    public IReadOnlyDictionary<string, Func<object>> FlawedImplementations { get; } =
        new Dictionary<string, Func<object>> { [AffineMapModule.BiasLeftOut] = () => new BiasLeftOutAffineMap() };

    public IEnumerable<(FixtureSet Set, Fixture Fixture)> Generate() => Cases.Select(c =>
    {
        // Values on a grid of 1/16, exact in binary and short in decimal.
        var random = new Random(c.Seed);
        NumericArray Grid(params int[] shape) =>
            new(shape, Enumerable.Range(0, shape.Aggregate(1, (a, b) => a * b)).Select(_ => (random.Next(33) - 16) / 16.0).ToArray());
        var inputs = new Dictionary<string, NumericArray>
        {
            ["x"] = Grid(c.InputSize), ["W"] = Grid(c.OutputSize, c.InputSize), ["b"] = Grid(c.OutputSize), ["delta"] = Grid(c.OutputSize),
        };
        var expected = ReferenceRun.Outputs(_module, new AffineMap(), inputs);
        var mistakes = ReferenceRun.Mistakes(_module, expected, inputs,
            FlawedImplementations.Keys.Select(name => KeyValuePair.Create(name, name)), name => FlawedImplementations[name]());
        return (c.Set, new Fixture { Problem = Problem, Case = c.Name, Seed = c.Seed, Inputs = inputs, Expected = expected, Mistakes = mistakes });
    });
}
