namespace Grader.Toolkit;

/// <summary>One combination of a grid search and how the classifier it trained scored.</summary>
/// <param name="Settings">The grid's names and values at this point.</param>
/// <param name="Parameters">The full hyper-parameters trained with.</param>
/// <param name="TrainAccuracy">Accuracy on the training set.</param>
/// <param name="DevAccuracy">Accuracy on the development set, which ranks the points.</param>
public sealed record GridPoint(IReadOnlyDictionary<string, object> Settings, MlpParameters Parameters, double TrainAccuracy, double DevAccuracy);
