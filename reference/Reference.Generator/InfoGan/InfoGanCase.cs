using Grader.Contracts;
using Grader.Core.Fixtures;

namespace Reference.Generator.InfoGan;

/// <summary>One training case of <c>infogan</c>: the data, the training settings, the classifier and the measurement.</summary>
public sealed record InfoGanCase(FixtureSet Set, string Name, int DataSeed, int DataCount, InfoGanSettings Settings,
    int ClassifierEpochs, int MeasureSeed);
