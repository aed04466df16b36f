using Grader.Contracts;
using Grader.Core.Execution;
using Grader.Core.Fixtures;
using Grader.Core.Grading;
using Grader.Core.Numerics;
using Grader.Core.Problems;
using Grader.Core.Problems.InfoGan;
using Grader.Core.Problems.LinearAutoencoder;
using Grader.Core.Problems.MlpComplexity;
using Grader.Tests.Problems.InfoGan;
using MathNet.Numerics.LinearAlgebra;
using Reference.Generator.InfoGan;

namespace Grader.Tests.Grading;

/// <summary>What the runner sends is what student code produced; the grader measures it in its own process
/// (<see cref="IProblemModule.Measure"/>) and never takes a measured value from the runner.</summary>
public sealed class GraderSideMeasurementTests
{
    /// <summary>A small training case: 600 procedural digits, a classifier of one epoch.</summary>
    private static readonly IReadOnlyDictionary<string, NumericArray> Training = InfoGanFixtures.TrainingInputs(
        new InfoGanCase(FixtureSet.Public, "train", DataSeed: 5, DataCount: 600,
            new InfoGanSettings(Seed: 1, Epochs: 1, BatchSize: 32, LearningRate: 1e-3, Lambda: 5, NoiseSize: 4), ClassifierEpochs: 1, MeasureSeed: 9));

    private static CaseOutcome Invoke(IProblemModule problem, object implementation, IReadOnlyDictionary<string, NumericArray> inputs)
    {
        var builder = new CaseOutcomeBuilder(problem.Quantities.Select(q => q.Name), student: null);
        problem.Invoke(implementation, inputs, builder);
        return builder.Build();
    }

    [Test]
    public void The_runner_sends_the_infogans_images_and_the_grader_scores_them_as_the_measurement_does()
    {
        var problem = new InfoGanModule();
        var gan = new RenderedInfoGan(ignoreCodes: false);
        var sent = Invoke(problem, gan, Training);
        Assert.That(sent.Quantities["categorical_nmi"].Failure?.Status, Is.EqualTo(CheckStatus.NotImplemented), "the runner computes no score");
        Assert.That(sent.ValueOf("measured_categorical")!.Shape, Is.EqualTo(new[] { 300, 784 }));
        Assert.That(sent.ValueOf("measured_sweeps_c1")!.Shape, Is.EqualTo(new[] { 450, 784 }));
        Assert.That(sent.ValueOf("grid")!.Shape, Is.EqualTo(new[] { 140, 784 }));

        var measured = problem.Measure(Training, sent);
        var classifier = DigitClassifier.Train(ProceduralDigits.Generate(5, 600), epochs: 1, seed: 9);
        var scores = new InfoGanMeasurement(classifier, noiseSize: 4, seed: 9).Measure(gan);
        Assert.That(measured.ValueOf("categorical_nmi")!.Data, Is.EqualTo(new[] { scores.CategoricalNmi }));
        Assert.That(measured.ValueOf("c1_rank")!.Data, Is.EqualTo(scores.Ranks[0]));
        Assert.That(measured.ValueOf("c2_rank")!.Data, Is.EqualTo(scores.Ranks[1]));
        Assert.That(measured.Quantities.Keys, Has.None.StartsWith("measured_"), "the images are consumed");
    }

    [Test]
    public void A_score_the_runner_claims_without_the_images_is_refused()
    {
        var forged = new CaseOutcome(new Dictionary<string, QuantityOutcome>
        {
            ["categorical_nmi"] = QuantityOutcome.Of(NumericArray.Scalar(0.9)),
            ["c1_rank"] = QuantityOutcome.Of(NumericArray.FromVector([1.0, 1.0])),
            ["c2_rank"] = QuantityOutcome.Failed(new StudentFailure(CheckStatus.Threw, "Generate threw")),
        }, "");
        var measured = new InfoGanModule().Measure(Training, forged);
        Assert.That(measured.Quantities["categorical_nmi"].HasValue, Is.False);
        Assert.That(measured.Quantities["c1_rank"].Failure!.Message, Does.Contain("the grader measures it"));
        Assert.That(measured.Quantities["c2_rank"].Failure!.Status, Is.EqualTo(CheckStatus.Threw), "a step that failed keeps its failure");
    }

    [Test]
    public void Images_of_the_wrong_count_are_a_shape_mismatch()
    {
        var problem = new InfoGanModule();
        var sent = Invoke(problem, new RenderedInfoGan(ignoreCodes: false), Training);
        var quantities = sent.Quantities.ToDictionary();
        quantities["measured_sweeps_c2"] = QuantityOutcome.Of(new NumericArray([9, 784], new double[9 * 784]));
        var measured = problem.Measure(Training, sent with { Quantities = quantities });
        Assert.That(measured.Quantities["c2_rank"].Failure?.Status, Is.EqualTo(CheckStatus.ShapeMismatch));
        Assert.That(measured.Quantities["c2_rank"].Failure?.Message, Does.Contain("1 of 50 sweeps"));
    }

    [Test]
    public void The_autoencoders_angles_are_measured_by_the_grader_and_a_dependent_decoder_is_wrong()
    {
        var problem = new LinearAutoencoderModule();
        var inputs = new FixtureStore(TestPaths.Fixtures).Load(FixtureSet.Public, problem.Id).First(f => f.Inputs["k"].ToScalar() >= 2).Inputs;
        var answer = Invoke(problem, new Reference.Solutions.LinearAutoencoder(), inputs);
        Assert.That(answer.Quantities["principal_angles"].HasValue, Is.False, "the runner sends E and D, not the angles");
        Assert.That(problem.Measure(inputs, answer).ValueOf("principal_angles"), Is.Not.Null);

        var collapsed = problem.Measure(inputs, Invoke(problem, new Collapsed(), inputs));
        Assert.That(collapsed.Quantities["principal_angles"].Failure?.Status, Is.EqualTo(CheckStatus.Wrong));
        Assert.That(collapsed.Quantities["principal_angles"].Failure?.Message, Does.Contain("not linearly independent"));
        Assert.That(collapsed.ValueOf("reconstruction_error"), Is.Not.Null);

        var forged = new CaseOutcome(new Dictionary<string, QuantityOutcome>
        {
            ["principal_angles"] = QuantityOutcome.Of(NumericArray.FromVector([0.0, 0.0])),
        }, "");
        Assert.That(problem.Measure(inputs, forged).Quantities["principal_angles"].HasValue, Is.False);
    }

    [Test]
    public void A_negative_count_crosses_the_runner_and_the_grader_says_it_wrapped_around()
    {
        var problem = new MlpComplexityModule();
        var fixture = new FixtureStore(TestPaths.Fixtures).Load(FixtureSet.Public, problem.Id).First();
        var sent = Invoke(problem, new Wrapped(), fixture.Inputs);
        Assert.That(sent.ValueOf("parameters")!.Data, Has.All.LessThanOrEqualTo(0), "every limb negated");
        var spec = problem.Quantities.Single(q => q.Name == "parameters");
        var verdict = spec.Criterion!.Judge(sent.ValueOf("parameters")!, fixture.Expected["parameters"]);
        Assert.That(verdict.Status, Is.EqualTo(CheckStatus.Wrong));
        Assert.That(verdict.Detail, Does.Contain("you gave -9,223,372,036,854,775,807, a negative count").And.Contain("wrapped around"));
        Assert.That(DecimalLimbs.Decode(DecimalLimbs.Encode(-1_234_567, 2)), Is.EqualTo(new System.Numerics.BigInteger(-1_234_567)));
        Assert.That(() => DecimalLimbs.Decode([1, -2]), Throws.InstanceOf<FormatException>());
    }

    /// <summary>An autoencoder whose decoder's two columns are the same direction.</summary>
    private sealed class Collapsed : ILinearAutoencoder
    {
        public Matrix<double> Encoder { get; private set; } = Matrix<double>.Build.Dense(0, 0);

        public Matrix<double> Decoder { get; private set; } = Matrix<double>.Build.Dense(0, 0);

        public void Fit(Matrix<double> data, int hiddenUnits)
        {
            Decoder = Matrix<double>.Build.Dense(data.ColumnCount, hiddenUnits, (i, _) => i + 1.0);
            Encoder = Decoder.Transpose();
        }
    }

    /// <summary>Counts whose 64-bit product wrapped around to a negative number.</summary>
    private sealed class Wrapped : IMlpComplexity
    {
        public long Parameters(int d, int hiddenLayers, int n, int c) => -long.MaxValue;

        public long ParametersWithoutBiases(int d, int hiddenLayers, int n, int c) => 0;

        public long BackpropMultiplications(int d, int hiddenLayers, int n, int c) => 0;

        public System.Numerics.BigInteger PathMultiplications(int d, int hiddenLayers, int n, int c) => 0;
    }
}
