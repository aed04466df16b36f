using Grader.Core.Fixtures;

namespace Reference.Generator.CharRnn;

/// <summary>The shape of one char-rnn fixture.</summary>
/// <param name="Hidden">H, the number of hidden units.</param>
/// <param name="SeqLength">T, the length of the gradient sequence and of every window.</param>
/// <param name="Stride">The distance between window starts.</param>
/// <param name="TrainChars">How many prepared characters of generated text the training windows are cut from.</param>
/// <param name="Epochs">Passes of per-sample SGD over the windows.</param>
/// <param name="LearningRate">The SGD step.</param>
/// <param name="OutputBiasOffset">Added to every element of c: 800 leaves the softmax as it is but overflows exp in one
/// that does not subtract the largest logit first.</param>
/// <param name="TextPrefix">Put before the text to prepare: non-letters there must not leave a leading run of spaces.</param>
public sealed record CharRnnCase(
    FixtureSet Set, string Name, long Seed, int Hidden, int SeqLength, int Stride, int TrainChars, int Epochs, double LearningRate,
    double OutputBiasOffset = 0, string TextPrefix = "");
