using Grader.Core.Fixtures;

namespace Reference.Generator.SigmoidRnn;

/// <summary>One <c>sigmoid-rnn</c> fixture: a random sequence of length T with random weights and label.</summary>
/// <param name="Length">T, the sequence length.</param>
public sealed record SigmoidCase(FixtureSet Set, string Name, long Seed, int Length);
