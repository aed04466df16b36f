using Grader.Core.Fixtures;

namespace Reference.Generator.CharRnn;

/// <summary>The shape of one char-rnn fixture.</summary>
/// <param name="Hidden">H, the number of hidden units.</param>
/// <param name="SeqLength">T, the length of the gradient sequence and of every window.</param>
/// <param name="Stride">The distance between window starts.</param>
/// <param name="TrainChars">How many prepared characters of generated text the training windows are cut from.</param>
/// <param name="Epochs">Passes of per-sample SGD over the windows.</param>
/// <param name="LearningRate">The SGD step.</param>
public sealed record CharRnnCase(
    FixtureSet Set, string Name, long Seed, int Hidden, int SeqLength, int Stride, int TrainChars, int Epochs, double LearningRate);
