namespace Grader.Contracts;

/// <summary>What <see cref="INbackRnn.Train"/> reports: the weights along the run and the loss of each.</summary>
/// <param name="Weights">The weights before the first epoch, then after each epoch: E + 1 snapshots for E epochs.
/// Store copies, not the matrices you go on updating.</param>
/// <param name="Losses">J of each snapshot, in the same order; the grader recomputes them from <paramref name="Weights"/>.</param>
public sealed record NbackTrainingRun(IReadOnlyList<NbackWeights> Weights, IReadOnlyList<double> Losses);
