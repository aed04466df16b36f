using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Grader.Contracts;
using Grader.Core.Problems.InfoGan;
using Grader.Core.Reports;

namespace Reference.Generator.InfoGan;

/// <summary><c>reference infogan-calibrate</c>: trains the answer key with several seeds on the graded case's settings
/// and prints what the measurement finds in each run, the table the thresholds of docs/problems/infogan.md come from.</summary>
public static class InfoGanCalibrateCommand
{
    public static Command Create()
    {
        var seeds = new Option<string>("--seeds") { Description = "Training seeds, comma-separated.", DefaultValueFactory = _ => "1,2,3" };
        var epochs = new Option<int?>("--epochs") { Description = "Epochs (default: the graded case's)." };
        var count = new Option<int?>("--count") { Description = "Procedural images (default: the graded case's)." };
        var mnist = new Option<string?>("--mnist") { Description = "A folder with MNIST's train-images-idx3-ubyte and train-labels-idx1-ubyte." };
        var lr = new Option<double?>("--lr") { Description = "Adam's step size (default: the graded case's)." };
        var lambda = new Option<double?>("--lambda") { Description = "λ (default: the graded case's)." };
        var batch = new Option<int?>("--batch") { Description = "Batch size (default: the graded case's)." };
        var noise = new Option<int?>("--noise") { Description = "Noise length (default: the graded case's)." };
        var grids = new Option<string?>("--grids") { Description = "A folder to write each run's picture grids to (PNG)." };
        var command = new Command("infogan-calibrate", "Train the answer key's InfoGAN with several seeds and measure each run.")
        {
            seeds, epochs, count, lr, lambda, batch, noise, mnist, grids,
        };
        command.SetAction(parse =>
        {
            var graded = InfoGanFixtures.GradedCase;
            var settings = graded.Settings with
            {
                Epochs = parse.GetValue(epochs) ?? graded.Settings.Epochs,
                LearningRate = parse.GetValue(lr) ?? graded.Settings.LearningRate,
                Lambda = parse.GetValue(lambda) ?? graded.Settings.Lambda,
                BatchSize = parse.GetValue(batch) ?? graded.Settings.BatchSize,
                NoiseSize = parse.GetValue(noise) ?? graded.Settings.NoiseSize,
            };
            var imageCount = parse.GetValue(count) ?? graded.DataCount;
            var data = parse.GetValue(mnist) is { } folder
                ? IdxReader.ReadMnist(folder, imageCount)
                : ProceduralDigits.Generate(graded.DataSeed, imageCount);
            var clock = Stopwatch.StartNew();
            var classifier = DigitClassifier.Train(data, graded.ClassifierEpochs, graded.MeasureSeed);
            var heldOut = ProceduralDigits.Generate(graded.DataSeed + 1000, 2000);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"classifier: trained in {clock.Elapsed.TotalSeconds:F1} s, accuracy {classifier.Accuracy(data):F3} on its data, " +
                $"{classifier.Accuracy(heldOut):F3} on 2000 held-out procedural digits"));
            Console.WriteLine("seed  train s  NMI    c1 ρ(slant, width)  c2 ρ(slant, width)");
            foreach (var seed in parse.GetValue(seeds)!.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)))
            {
                var gan = new Reference.Solutions.InfoGan();
                clock.Restart();
                gan.Train(data.Images, settings with { Seed = seed });
                var seconds = clock.Elapsed.TotalSeconds;
                var scores = new InfoGanMeasurement(classifier, settings.NoiseSize, graded.MeasureSeed).Measure(gan);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{seed,4}  {seconds,7:F1}  {scores.CategoricalNmi:F3}  {scores.Ranks[0][0],8:F3} {scores.Ranks[0][1],8:F3}  " +
                    $"{scores.Ranks[1][0],8:F3} {scores.Ranks[1][1],8:F3}"));
                if (parse.GetValue(grids) is { } output)
                {
                    WriteGrids(output, seed, scores);
                }
            }
            return 0;
        });
        return command;
    }

    private static void WriteGrids(string folder, int seed, InfoGanScores scores)
    {
        Directory.CreateDirectory(folder);
        var plot = new ImageGridPlot(["c1", "c2"], InfoGanMeasurement.Categories, InfoGanMeasurement.GridColumns, "category");
        var perGrid = InfoGanMeasurement.Categories * InfoGanMeasurement.GridColumns;
        for (var code = 0; code < InfoGanMeasurement.Codes; code++)
        {
            var pixels = scores.Grid.Skip(code * perGrid).Take(perGrid).SelectMany(i => i.Select(v => (double)v)).ToArray();
            File.WriteAllBytes(Path.Combine(folder, $"seed-{seed}-c{code + 1}.png"), plot.Png(pixels));
        }
    }
}
