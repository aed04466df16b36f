using Grader.Core.Fixtures;

namespace Reference.Generator.NbackRnn;

/// <summary>One <c>nback-rnn</c> fixture: either random weights and a random sequence of length T (a gradient case), or
/// the 2-back task with Gaussian initial weights and a training seed (a training case, when <paramref name="TrainSeed"/> is set).</summary>
/// <param name="Length">T, the sequence length.</param>
/// <param name="InputSize">d.</param>
/// <param name="StateSize">n.</param>
/// <param name="TrainSeed">The seed given to the submission's Train; null for a gradient case.</param>
public sealed record NbackCase(FixtureSet Set, string Name, long Seed, int Length, int InputSize, int StateSize, int? TrainSeed = null);
