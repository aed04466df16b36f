using Grader.Contracts;
using Grader.Core.Execution;
using Grader.Core.Grading.Criteria;
using Grader.Core.Numerics;
using Grader.Core.Reports;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Core.Problems.InfoGan;

/// <summary><c>infogan</c>: the generator's input, L_D and L_G checked exactly; then the submission trains on the digit
/// set and the grader measures what its codes control (see docs/problems/infogan.md for the calibration).</summary>
public sealed class InfoGanProblem : IProblem
{
    public const string ProblemId = "infogan";

    /// <summary>The categorical code's NMI with the classifier's digit must exceed this: the answer key reaches 0.53–0.65
    /// over six seeds, and the same training without the information term 0.07–0.08 (docs/problems/infogan.md).</summary>
    public const double NmiTarget = 0.3;

    /// <summary>Each continuous code's stronger |ρ| with slant or stroke width must reach this: the answer key's weakest
    /// code over six seeds reaches 0.32 (docs/problems/infogan.md); a code that changes nothing gives 0.</summary>
    public const double RankTarget = 0.25;

    private static readonly string[] Measured = ["categorical_nmi", "c1_rank", "c2_rank", "grid"];
    private static readonly int GridImages = InfoGanMeasurement.Codes * InfoGanMeasurement.Categories * InfoGanMeasurement.GridColumns;

    public string Id => ProblemId;

    public string Title => "InfoGAN: codes that control the digits, measured";

    public Type Contract => typeof(IInfoGan);

    public IReadOnlyList<QuantitySpec> Quantities { get; } =
    [
        new("generator_input", "GeneratorInput: [onehot(category), c1, c2, z]", 1) { AppliesTo = IsPieces },
        new("discriminator_loss", "DiscriminatorLoss: L_D of a batch", 1) { AppliesTo = IsPieces },
        new("generator_loss", "GeneratorLoss: L_G of a batch with the information term", 1) { AppliesTo = IsPieces },
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
            TrainAndMeasure(gan, inputs, outcome);
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

    private static void TrainAndMeasure(IInfoGan gan, IReadOnlyDictionary<string, NumericArray> inputs, CaseOutcomeBuilder outcome)
    {
        var training = InfoGanTrainingCase.FromInputs(inputs);
        var data = InfoGanTrainingCase.Data(inputs);
        // The submission trains on copies, so that nothing it does to the images reaches the grader's classifier.
        if (!outcome.Step("Train", () => gan.Train(data.Images.Select(i => (float[])i.Clone()).ToArray(), training.Settings), Measured))
        {
            return;
        }
        var classifier = DigitClassifier.Train(data, training.ClassifierEpochs, training.MeasureSeed);
        InfoGanScores? scores = null;
        var measurement = new InfoGanMeasurement(classifier, training.Settings.NoiseSize, training.MeasureSeed);
        if (outcome.Step("Generate (measured by the grader)", () => scores = measurement.Measure(gan), Measured))
        {
            outcome.Record("categorical_nmi", scores!.CategoricalNmi, "Measuring the categorical code");
            outcome.Record("c1_rank", Vector<double>.Build.DenseOfArray(scores.Ranks[0]), "Measuring c1");
            outcome.Record("c2_rank", Vector<double>.Build.DenseOfArray(scores.Ranks[1]), "Measuring c2");
            outcome.Record("grid", Matrix<double>.Build.DenseOfRowArrays(scores.Grid.Select(i => i.Select(v => (double)v).ToArray())), "The grid");
        }
    }

    private static bool IsPieces(IReadOnlyDictionary<string, NumericArray> inputs) => !InfoGanTrainingCase.IsTraining(inputs);
}
