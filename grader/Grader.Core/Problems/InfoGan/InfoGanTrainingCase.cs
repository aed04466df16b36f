using Grader.Contracts;
using Grader.Core.Numerics;

namespace Grader.Core.Problems.InfoGan;

/// <summary>A training case's inputs: the data (procedural from a seed, or images and labels carried by the fixture,
/// e.g. real MNIST), the training settings, and the seeds of the classifier and of the measurement.</summary>
internal sealed record InfoGanTrainingCase(InfoGanSettings Settings, int ClassifierEpochs, int MeasureSeed)
{
    /// <summary>Whether a case's inputs are those of a training case whose generator is measured.</summary>
    public static bool IsTraining(IReadOnlyDictionary<string, NumericArray> inputs) => inputs.ContainsKey("measure_seed");

    /// <summary>Whether a case calls <see cref="IInfoGan.Train"/>: a measured training case, or a short one whose updates
    /// are only counted.</summary>
    public static bool CallsTrain(IReadOnlyDictionary<string, NumericArray> inputs) => inputs.ContainsKey("epochs");

    public static InfoGanSettings SettingsOf(IReadOnlyDictionary<string, NumericArray> inputs) => new(Int(inputs, "seed"),
        Int(inputs, "epochs"), Int(inputs, "batch_size"), inputs["lr"].ToScalar(), inputs["lambda"].ToScalar(), Int(inputs, "noise_size"));

    public static InfoGanTrainingCase FromInputs(IReadOnlyDictionary<string, NumericArray> inputs) =>
        new(SettingsOf(inputs), Int(inputs, "classifier_epochs"), Int(inputs, "measure_seed"));

    /// <summary>The training images: the fixture's own <c>images</c> and <c>labels</c> when it has them, else
    /// <c>data_count</c> procedural digits from <c>data_seed</c>.</summary>
    public static DigitSet Data(IReadOnlyDictionary<string, NumericArray> inputs)
    {
        if (inputs.TryGetValue("images", out var images) && inputs.TryGetValue("labels", out var labels))
        {
            var rows = Enumerable.Range(0, images.Shape[0])
                .Select(r => images.Data.AsSpan(r * images.Shape[1], images.Shape[1]).ToArray().Select(v => (float)v).ToArray())
                .ToArray();
            return new DigitSet(rows, labels.Data.Select(v => (int)v).ToArray(), null);
        }
        return ProceduralDigits.Generate(Int(inputs, "data_seed"), Int(inputs, "data_count"));
    }

    private static int Int(IReadOnlyDictionary<string, NumericArray> inputs, string name) => (int)inputs[name].ToScalar();
}
