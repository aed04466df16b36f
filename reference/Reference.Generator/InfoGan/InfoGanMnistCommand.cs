using System.CommandLine;
using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems.InfoGan;

namespace Reference.Generator.InfoGan;

/// <summary><c>reference infogan-mnist MNIST_DIR --out FILE</c>: writes an infogan training case that carries the first
/// images and labels of MNIST's training files, for an instructor who grades on the real digits (see
/// docs/problems/infogan.md). The case has the graded settings; the grader trains its classifier on the same images.</summary>
public static class InfoGanMnistCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("mnist") { Description = "A folder with train-images-idx3-ubyte and train-labels-idx1-ubyte (unzipped)." };
        var output = new Option<string>("--out") { Description = "The fixture file to write, e.g. mnist-fixtures/hidden/infogan/mnist.json.", Required = true };
        var count = new Option<int>("--count") { Description = "How many images to take.", DefaultValueFactory = _ => InfoGanFixtures.GradedCase.DataCount };
        var command = new Command("infogan-mnist", "Write an infogan training case on MNIST's images.") { folder, output, count };
        command.SetAction(parse =>
        {
            var data = IdxReader.ReadMnist(parse.GetValue(folder)!, parse.GetValue(count));
            var graded = InfoGanFixtures.GradedCase;
            var inputs = new Dictionary<string, NumericArray>(InfoGanFixtures.TrainingInputs(graded))
            {
                ["images"] = new([data.Count, DigitRenderer.Pixels], data.Images.SelectMany(i => i.Select(v => (double)v)).ToArray()),
                ["labels"] = NumericArray.FromVector(data.Labels.Select(l => (double)l).ToArray()),
            };
            var fixture = new Fixture
            {
                Problem = InfoGanModule.ProblemId, Case = "mnist", Seed = graded.Settings.Seed, Inputs = inputs,
                Expected = new Dictionary<string, NumericArray>(),
                Mistakes = new Dictionary<string, IReadOnlyDictionary<string, NumericArray>>(),
            };
            var path = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, FixtureJson.Write(fixture));
            Console.WriteLine($"Wrote {data.Count} MNIST images to {path}.");
            return 0;
        });
        return command;
    }
}
