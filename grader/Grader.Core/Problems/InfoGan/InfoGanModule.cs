using System.Collections.Concurrent;
using Grader.Contracts;
using Grader.Core.Execution;
using Grader.Core.Grading;
using Grader.Core.Grading.Criteria;
using Grader.Core.Numerics;
using Grader.Core.Reports;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.InfoGan;

/// <summary><c>infogan</c>: the generator's input, L_D, L_G, one training step and Adam's steps checked exactly, a
/// batch's draws judged by their statistics, Train's count of updates; then the submission trains on the digit set and
/// the grader measures what its codes control (see docs/problems/infogan.md for the calibration).</summary>
public sealed class InfoGanModule : IProblemModule
{
    public const string ProblemId = "infogan";

    /// <summary>The categorical code's NMI with the classifier's digit must exceed this: the answer key reaches 0.53–0.65
    /// over six seeds, and the same training without the information term 0.07–0.08 (docs/problems/infogan.md).</summary>
    public const double NmiTarget = 0.3;

    /// <summary>Each continuous code's stronger |ρ| with slant or stroke width must reach this: the answer key's weakest
    /// code over six seeds reaches 0.32 (docs/problems/infogan.md); a code that changes nothing gives 0.</summary>
    public const double RankTarget = 0.25;

    /// <summary>The step's tolerance. The answer key computes in float, a submission may use doubles: the answer key's
    /// largest error against central differences of a double forward pass is under 2 % of this allowance
    /// (Reference.Tests' InfoGanStepTests), while a gradient path left out or mis-scaled, even the batch spread's, is
    /// outside it (selfcheck).</summary>
    public static readonly Tolerance StepTolerance = new(1e-4, 1e-6);

    /// <summary>The weights after Adam's steps. Adam divides each gradient by its own size, so an element whose gradient
    /// is near zero carries that gradient's float error into its update at full size: against Adam in doubles, the
    /// answer key's float steps use 29 % of <see cref="StepTolerance"/>'s allowance and 3.5 % of this one
    /// (InfoGanStepTests). A wrong β or bias correction changes the updates by far more.</summary>
    public static readonly Tolerance AdamTolerance = new(1e-4, 1e-5);

    private static readonly string[] Drawn = ["draw_images", "draw_categories", "draw_codes", "draw_noise", "draw_instance_noise"];
    private static readonly string[] Adam = [.. InfoGanStepCase.AdamNames];
    private static readonly string[] Stepped = ["generated", "discriminator_objective", "generator_objective", .. InfoGanStepCase.GradientNames];
    private static readonly string[] Measured = ["categorical_nmi", "c1_rank", "c2_rank", "grid"];
    private static readonly int GridImages = InfoGanMeasurement.Codes * InfoGanMeasurement.Categories * InfoGanMeasurement.GridColumns;

    /// <summary>The measuring classifiers trained so far, by what they depend on.</summary>
    private readonly ConcurrentDictionary<(int Seed, int Count, int Epochs, int MeasureSeed), Lazy<DigitClassifier>> _classifiers = new();

    public string Id => ProblemId;

    public string Title => "InfoGAN: codes that control the digits, measured";

    public int Position => 10;

    public Type Contract => typeof(IInfoGan);

    public IReadOnlyList<QuantitySpec> Quantities { get; } =
    [
        new("generator_input", "GeneratorInput: [onehot(category), c1, c2, z]", 1) { AppliesTo = IsPieces },
        new("discriminator_loss", "DiscriminatorLoss: L_D of a batch", 1) { AppliesTo = IsPieces },
        new("generator_loss", "GeneratorLoss: L_G of a batch with the information term", 1) { AppliesTo = IsPieces },
        DrawQuantity("draw_images", "DrawBatch: the real images, each once per epoch, with instance noise of deviation 0.3", InfoGanDrawCase.ImageBounds),
        DrawQuantity("draw_categories", "DrawBatch: the categories, uniform on 0–9", InfoGanDrawCase.CategoryBounds),
        DrawQuantity("draw_codes", "DrawBatch: c1 and c2, uniform on [−1, 1], fresh for every image", InfoGanDrawCase.CodeBounds),
        DrawQuantity("draw_noise", "DrawBatch: z, standard normal", InfoGanDrawCase.NoiseBounds),
        DrawQuantity("draw_instance_noise", "DrawBatch: the generated images' instance noise, deviation 0.3", InfoGanDrawCase.InstanceNoiseBounds),
        StepQuantity("generated", "Gradients: the generator's images for the batch, B×784"),
        StepQuantity("discriminator_objective", "Gradients: L_D + λ·(information term), what D and Q minimise"),
        StepQuantity("generator_objective", "Gradients: L_G, what G minimises"),
        StepQuantity("d_generator_hidden_weights", "∂L_G/∂W of the generator's hidden layer"),
        StepQuantity("d_generator_hidden_bias", "∂L_G/∂b of the generator's hidden layer"),
        StepQuantity("d_generator_output_weights", "∂L_G/∂W of the generator's output layer"),
        StepQuantity("d_generator_output_bias", "∂L_G/∂b of the generator's output layer"),
        StepQuantity("d_category_template_weights", "∂L_G/∂W of the category's template layer"),
        StepQuantity("d_category_template_bias", "∂L_G/∂b of the category's template layer"),
        StepQuantity("d_trunk_weights", "∂(D and Q's objective)/∂W of the discriminator's trunk"),
        StepQuantity("d_trunk_bias", "∂(D and Q's objective)/∂b of the discriminator's trunk"),
        StepQuantity("d_head_weights", "∂(D and Q's objective)/∂W of the head"),
        StepQuantity("d_head_bias", "∂(D and Q's objective)/∂b of the head"),
        AdamQuantity("adam_generator_hidden", "AdamSteps: the generator's hidden layer after Adam's steps, [W | b]"),
        AdamQuantity("adam_generator_output", "AdamSteps: the generator's output layer after Adam's steps, [W | b]"),
        AdamQuantity("adam_category_template", "AdamSteps: the category's template layer after Adam's steps, [W | b]"),
        AdamQuantity("adam_trunk", "AdamSteps: the discriminator's trunk after Adam's steps, [W | b]"),
        AdamQuantity("adam_head", "AdamSteps: the head after Adam's steps, [W | b]"),
        new("updates", "Train: the number of Adam updates, epochs × ⌊images / batch size⌋", 1) { AppliesTo = InfoGanTrainingCase.CallsTrain },
        new("categorical_nmi", "normalised mutual information of the categorical code with the classifier's digit", 3)
        {
            Criterion = new WithinInterval(NmiTarget, 1, "categorical code's NMI with the digit"),
            AppliesTo = InfoGanTrainingCase.IsTraining,
        },
        new("c1_rank", "mean Spearman ρ of c1 with [slant, stroke width], the rest held", 2)
        {
            Criterion = new FactorControl(RankTarget, "c1"), AppliesTo = InfoGanTrainingCase.IsTraining,
        },
        new("c2_rank", "mean Spearman ρ of c2 with [slant, stroke width], the rest held", 2)
        {
            Criterion = new FactorControl(RankTarget, "c2"), AppliesTo = InfoGanTrainingCase.IsTraining,
        },
        new("grid", "the picture grids: rows are the categories, columns c1 (then c2) swept from −1 to 1", 1)
        {
            Criterion = new PixelGrid(GridImages),
            AppliesTo = InfoGanTrainingCase.IsTraining,
            Plot = new ImageGridPlot(["Your generator, c1 swept from −1 to 1", "Your generator, c2 swept from −1 to 1"],
                InfoGanMeasurement.Categories, InfoGanMeasurement.GridColumns, "category"),
        },
    ];

    public IReadOnlyDictionary<string, string> MistakeHints => InfoGanMistakes.Hints;

    public void Invoke(object implementation, IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcomeBuilder outcome)
    {
        var gan = (IInfoGan)implementation;
        if (InfoGanTrainingCase.IsTraining(inputs))
        {
            TrainAndDraw(gan, inputs, outcome);
            return;
        }
        if (InfoGanTrainingCase.CallsTrain(inputs))
        {
            // A short run on a data set the batch size divides, so that a batch too many or too few changes the count.
            outcome.Record("updates", "Train", () => (double)gan.Train(InfoGanTrainingCase.Data(inputs).Images, InfoGanTrainingCase.SettingsOf(inputs)));
            return;
        }
        if (InfoGanStepCase.IsStep(inputs))
        {
            CheckStep(gan, inputs, outcome);
            return;
        }
        if (InfoGanDrawCase.IsDraw(inputs))
        {
            CheckDraws(gan, inputs, outcome);
            return;
        }
        outcome.Record("generator_input", "GeneratorInput", () => gan.GeneratorInput(
            (int)inputs["category"].ToScalar(), inputs["continuous"].Data.ToArray(), inputs["noise"].Data.ToArray()));
        outcome.Record("discriminator_loss", "DiscriminatorLoss", () => gan.DiscriminatorLoss(
            inputs["real_scores"].Data.ToArray(), inputs["fake_scores"].Data.ToArray()));
        outcome.Record("generator_loss", "GeneratorLoss", () => gan.GeneratorLoss(
            inputs["fake_scores"].Data.ToArray(), inputs["category_logits"].ToMatrix(),
            inputs["categories"].Data.Select(v => (int)v).ToArray(), inputs["continuous_means"].ToMatrix(),
            inputs["continuous_codes"].ToMatrix(), inputs["lambda"].ToScalar()));
    }

    /// <summary>Two batches of one epoch from <see cref="IInfoGan.DrawBatch"/>, judged by their statistics.</summary>
    private static void CheckDraws(IInfoGan gan, IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcomeBuilder outcome)
    {
        var (size, noise, seed) = ((int)inputs["batch_size"].ToScalar(), (int)inputs["noise_size"].ToScalar(), (int)inputs["draw_seed"].ToScalar());
        var images = InfoGanDrawCase.IndexedImages((int)inputs["data_count"].ToScalar());
        InfoGanStepBatch? first = null, second = null;
        if (!outcome.Step("DrawBatch", () =>
            {
                first = gan.DrawBatch(images.Select(i => (float[])i.Clone()).ToArray(), size, noise, seed, 0);
                second = gan.DrawBatch(images.Select(i => (float[])i.Clone()).ToArray(), size, noise, seed, 1);
            }, Drawn))
        {
            return;
        }
        if (first is not { Real: not null, Categories: not null, Continuous: not null, Noise: not null, FakeInstanceNoise: not null } ||
            second is not { Real: not null, Categories: not null, Continuous: not null, Noise: not null, FakeInstanceNoise: not null })
        {
            outcome.Fail(Drawn, CheckStatus.ReturnedNull, "DrawBatch returned null, or a batch with a null part.");
            return;
        }
        if ((InfoGanDrawCase.ShapeProblem(first, size, noise) ?? InfoGanDrawCase.ShapeProblem(second, size, noise)) is { } problem)
        {
            outcome.Fail(Drawn, CheckStatus.ShapeMismatch, $"DrawBatch's {problem}.");
            return;
        }
        outcome.Record("draw_images", "DrawBatch's batches", () => InfoGanDrawCase.ImageStatistics(first, second, images));
        outcome.Record("draw_categories", "DrawBatch's batches", () => InfoGanDrawCase.CategoryStatistics(second));
        outcome.Record("draw_codes", "DrawBatch's batches", () => InfoGanDrawCase.CodeStatistics(first, second));
        outcome.Record("draw_noise", "DrawBatch's batches", () => InfoGanDrawCase.NoiseStatistics(second));
        outcome.Record("draw_instance_noise", "DrawBatch's batches", () => InfoGanDrawCase.InstanceNoiseStatistics(second));
    }

    private static void CheckStep(IInfoGan gan, IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcomeBuilder outcome)
    {
        InfoGanGradients? step = null;
        if (outcome.Step("Gradients", () => step = gan.Gradients(InfoGanStepCase.Parameters(inputs), InfoGanStepCase.Batch(inputs),
                inputs["lambda"].ToScalar()), Stepped))
        {
            outcome.Record("generated", step?.Generated, "Gradients");
            outcome.Record("discriminator_objective", step?.DiscriminatorObjective, "Gradients");
            outcome.Record("generator_objective", step?.GeneratorObjective, "Gradients");
            foreach (var (name, layer) in InfoGanStepCase.LayersOf(step?.Gradients))
            {
                outcome.Record($"d_{name}_weights", layer?.Weights, "Gradients");
                outcome.Record($"d_{name}_bias", layer?.Bias, "Gradients");
            }
        }

        InfoGanParameters? updated = null;
        if (outcome.Step("AdamSteps", () => updated = gan.AdamSteps(InfoGanStepCase.Parameters(inputs), InfoGanStepCase.Batch(inputs),
                inputs["lambda"].ToScalar(), inputs["learning_rate"].ToScalar(), (int)inputs["adam_steps"].ToScalar()), Adam))
        {
            foreach (var (name, layer) in InfoGanStepCase.LayersOf(updated))
            {
                RecordLayer(outcome, $"adam_{name}", layer);
            }
        }
    }

    /// <summary>A layer's W with b as its last column; null when the submission gave none.</summary>
    private static void RecordLayer(CaseOutcomeBuilder outcome, string quantity, InfoGanLayer? layer)
    {
        if (layer is { Weights: { } weights, Bias: { } bias } && weights.RowCount != bias.Count)
        {
            outcome.Fail([quantity], CheckStatus.ShapeMismatch, $"AdamSteps returned W with {weights.RowCount} rows and b with {bias.Count} entries.");
            return;
        }
        outcome.Record(quantity, layer is { Weights: { } w, Bias: { } b } ? w.Append(b.ToColumnMatrix()) : null, "AdamSteps");
    }

    /// <summary>The submission trains, then its generator draws the images the measurement needs; the grader measures
    /// them in <see cref="Measure"/>.</summary>
    private static void TrainAndDraw(IInfoGan gan, IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcomeBuilder outcome)
    {
        var training = InfoGanTrainingCase.FromInputs(inputs);
        var data = InfoGanTrainingCase.Data(inputs);
        var updates = 0;
        if (!outcome.Step("Train", () => updates = gan.Train(data.Images.Select(i => (float[])i.Clone()).ToArray(), training.Settings),
                [.. Measured, "updates"]))
        {
            return;
        }
        outcome.Record("updates", (double)updates, "Train");
        InfoGanSamples? samples = null;
        if (outcome.Step("Generate (measured by the grader)",
                () => samples = InfoGanSamples.Draw(gan, training.Settings.NoiseSize, training.MeasureSeed), Measured))
        {
            samples!.Record(outcome);
        }
    }

    /// <summary>On a training case, the NMI and the rank correlations of the images the generator drew, scored by a
    /// classifier the grader trains on the case's data (once per data set and seed: every submission's is the same).</summary>
    public CaseOutcome Measure(IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcome outcome)
    {
        if (!InfoGanTrainingCase.IsTraining(inputs))
        {
            return outcome;
        }
        string[] scored = ["categorical_nmi", "c1_rank", "c2_rank"];
        InfoGanSamples? samples;
        try
        {
            samples = InfoGanSamples.Read(outcome.Quantities.Where(q => q.Value.HasValue).ToDictionary(q => q.Key, q => q.Value.Value!));
        }
        catch (InvalidDataException e)
        {
            var failure = QuantityOutcome.Failed(new StudentFailure(CheckStatus.ShapeMismatch, $"The images drawn for the measurement do not fit: {e.Message}."));
            return outcome.WithMeasured(scored.ToDictionary(q => q, _ => failure), InfoGanSamples.RecordedNames);
        }
        if (samples is null)
        {
            return outcome.Unmeasured(scored, "the images Generate drew").WithMeasured(new Dictionary<string, QuantityOutcome>(), InfoGanSamples.RecordedNames);
        }
        var training = InfoGanTrainingCase.FromInputs(inputs);
        var scores = new InfoGanMeasurement(Classifier(inputs, training), training.Settings.NoiseSize, training.MeasureSeed).Score(samples);
        return outcome.WithMeasured(new Dictionary<string, QuantityOutcome>
        {
            ["categorical_nmi"] = QuantityOutcome.Of(NumericArray.Scalar(scores.CategoricalNmi)),
            ["c1_rank"] = QuantityOutcome.Of(NumericArray.FromVector(scores.Ranks[0])),
            ["c2_rank"] = QuantityOutcome.Of(NumericArray.FromVector(scores.Ranks[1])),
        }, InfoGanSamples.RecordedNames);
    }

    /// <summary>The classifier of a case, trained the first time a procedural data set and seed ask for it; a case that
    /// carries its own images gets one of its own each time.</summary>
    private DigitClassifier Classifier(IReadOnlyDictionary<string, NumericArray> inputs, InfoGanTrainingCase training)
    {
        Lazy<DigitClassifier> Train() => new(() => DigitClassifier.Train(InfoGanTrainingCase.Data(inputs), training.ClassifierEpochs, training.MeasureSeed));
        if (inputs.ContainsKey("images"))
        {
            return Train().Value;
        }
        var key = (Seed: (int)inputs["data_seed"].ToScalar(), Count: (int)inputs["data_count"].ToScalar(), training.ClassifierEpochs, training.MeasureSeed);
        return _classifiers.GetOrAdd(key, _ => Train()).Value;
    }

    private static QuantitySpec StepQuantity(string name, string description) =>
        new(name, description, 1, StepTolerance) { AppliesTo = InfoGanStepCase.IsStep };

    private static QuantitySpec DrawQuantity(string name, string description, IReadOnlyList<(string Name, double Low, double High)> bounds) =>
        new(name, description, 1) { Criterion = new StatisticBounds(bounds), AppliesTo = InfoGanDrawCase.IsDraw };

    private static QuantitySpec AdamQuantity(string name, string description) =>
        new(name, description, 1, AdamTolerance) { AppliesTo = InfoGanStepCase.IsStep };

    private static bool IsPieces(IReadOnlyDictionary<string, NumericArray> inputs) =>
        !InfoGanTrainingCase.CallsTrain(inputs) && !InfoGanStepCase.IsStep(inputs) && !InfoGanDrawCase.IsDraw(inputs);
}
