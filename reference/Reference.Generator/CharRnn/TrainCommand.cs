using System.CommandLine;

namespace Reference.Generator.CharRnn;

/// <summary><c>reference train CORPUS</c>: the assignment's full char-rnn training run on the fast network, printing
/// the numpy baseline's one-line summary.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var defaults = new TrainingSettings();
        var corpus = new Argument<FileInfo>("corpus") { Description = "A text in the 27-character alphabet (CORPUS_27) or any raw text, which is prepared first." };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the windows.", DefaultValueFactory = _ => defaults.Epochs };
        var hidden = new Option<int>("--hidden") { Description = "Hidden units.", DefaultValueFactory = _ => defaults.Hidden };
        var chars = new Option<int>("--chars") { Description = "Prepared characters used from the start of the corpus.", DefaultValueFactory = _ => defaults.Chars };
        var stride = new Option<int>("--stride") { Description = "Distance between window starts.", DefaultValueFactory = _ => defaults.Stride };
        var seq = new Option<int>("--seq") { Description = "Window length T.", DefaultValueFactory = _ => defaults.SeqLength };
        var seed = new Option<long>("--seed") { Description = "Seed of the initial weights and of the epochs' permutations.", DefaultValueFactory = _ => defaults.Seed };
        var lr = new Option<double>("--lr") { Description = "SGD learning rate.", DefaultValueFactory = _ => defaults.LearningRate };
        var threads = new Option<int>("--threads") { Description = "Threads sharing the hidden units (1 or 2).", DefaultValueFactory = _ => defaults.Threads };
        var schedule = new Option<string?>("--lr-schedule") { Description = "Per-segment rates, e.g. 0.001x5,0.0005x10 (rate x epochs); overrides --lr." };
        var command = new Command("train", "Train the char-rnn as the assignment does (per-sample SGD, BPTT) and print samples, time, loss and accuracy.")
        {
            corpus, epochs, hidden, chars, stride, seq, seed, lr, threads, schedule,
        };
        command.SetAction(parse =>
        {
            var settings = new TrainingSettings
            {
                Epochs = parse.GetValue(epochs),
                Hidden = parse.GetValue(hidden),
                Chars = parse.GetValue(chars),
                Stride = parse.GetValue(stride),
                SeqLength = parse.GetValue(seq),
                Seed = parse.GetValue(seed),
                LearningRate = parse.GetValue(lr),
                Threads = Math.Clamp(parse.GetValue(threads), 1, 2),
                Schedule = parse.GetValue(schedule) is { } text ? TrainingSettings.ParseSchedule(text) : [],
            };
            var file = parse.GetValue(corpus)!;
            if (!file.Exists)
            {
                Console.Error.WriteLine($"No such file: {file.FullName}");
                return 2;
            }
            Console.WriteLine(CharRnnTrainer.Run(File.ReadAllText(file.FullName), settings));
            return 0;
        });
        return command;
    }
}
