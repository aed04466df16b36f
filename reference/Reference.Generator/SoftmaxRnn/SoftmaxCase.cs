using Grader.Core.Fixtures;

namespace Reference.Generator.SoftmaxRnn;

/// <summary>One <c>softmax-rnn</c> fixture: random weights, inputs and labels of the given sizes.</summary>
/// <param name="Length">T, the sequence length.</param>
/// <param name="InputSize">d.</param>
/// <param name="StateSize">n.</param>
/// <param name="Classes">c.</param>
/// <param name="OutputBiasScale">bz is uniform on [−scale, scale]; 1000 makes logits of magnitude 1000.</param>
public sealed record SoftmaxCase(
    FixtureSet Set, string Name, long Seed, int Length, int InputSize, int StateSize, int Classes, double OutputBiasScale = 1);
