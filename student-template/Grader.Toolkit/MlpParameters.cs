using System.Globalization;

namespace Grader.Toolkit;

/// <summary>The hyper-parameters of an <see cref="MlpClassifier"/>, named as scikit-learn names them; every default
/// comes from <see cref="MlpDefaults"/>.</summary>
public sealed record MlpParameters
{
    /// <summary>Units of each hidden layer, first to last.</summary>
    public IReadOnlyList<int> HiddenLayerSizes { get; init; } = MlpDefaults.HiddenLayerSizes;

    /// <summary>The hidden layers' activation.</summary>
    public Activation Activation { get; init; } = MlpDefaults.Activation;

    /// <summary>The optimiser.</summary>
    public Solver Solver { get; init; } = MlpDefaults.Solver;

    /// <summary>L2 penalty.</summary>
    public double Alpha { get; init; } = MlpDefaults.Alpha;

    /// <summary>Samples per mini-batch; null for min(200, n). Values above n are clipped to n.</summary>
    public int? BatchSize { get; init; } = MlpDefaults.BatchSize;

    /// <summary>The step size of SGD, the base step size of Adam.</summary>
    public double LearningRateInit { get; init; } = MlpDefaults.LearningRateInit;

    /// <summary>The most epochs.</summary>
    public int MaxIter { get; init; } = MlpDefaults.MaxIter;

    /// <summary>Whether the samples are shuffled before each epoch.</summary>
    public bool Shuffle { get; init; } = MlpDefaults.Shuffle;

    /// <summary>The seed of the initial weights and of the shuffling.</summary>
    public int RandomState { get; init; } = MlpDefaults.RandomState;

    /// <summary>Training stops when the epoch loss has not fallen by more than this for more than
    /// <see cref="NIterNoChange"/> epochs in a row.</summary>
    public double Tol { get; init; } = MlpDefaults.Tol;

    /// <summary>See <see cref="Tol"/>.</summary>
    public int NIterNoChange { get; init; } = MlpDefaults.NIterNoChange;

    /// <summary>SGD's momentum.</summary>
    public double Momentum { get; init; } = MlpDefaults.Momentum;

    /// <summary>Whether SGD uses Nesterov's momentum.</summary>
    public bool NesterovsMomentum { get; init; } = MlpDefaults.NesterovsMomentum;

    /// <summary>Adam's decay of the first moment.</summary>
    public double Beta1 { get; init; } = MlpDefaults.Beta1;

    /// <summary>Adam's decay of the second moment.</summary>
    public double Beta2 { get; init; } = MlpDefaults.Beta2;

    /// <summary>Adam's ε.</summary>
    public double Epsilon { get; init; } = MlpDefaults.Epsilon;

    /// <summary>The batch size used on <paramref name="samples"/> samples.</summary>
    public int EffectiveBatchSize(int samples) =>
        BatchSize is { } size ? Math.Clamp(size, 1, samples) : Math.Min(MlpDefaults.AutoBatchSizeLimit, samples);

    /// <summary>A copy with one hyper-parameter changed, by its scikit-learn name (as a grid search sets them).</summary>
    /// <param name="name">hidden_layer_sizes, activation, solver, alpha, batch_size, learning_rate_init, max_iter,
    /// shuffle, random_state, tol, n_iter_no_change, momentum, nesterovs_momentum, beta_1, beta_2 or epsilon.</param>
    /// <param name="value">An int[] (or one int) for hidden_layer_sizes; an <see cref="Toolkit.Activation"/>,
    /// <see cref="Toolkit.Solver"/> or their scikit-learn names for activation and solver; a number otherwise.</param>
    /// <exception cref="ArgumentException">Unknown name or a value of the wrong kind.</exception>
    public MlpParameters With(string name, object value) => name switch
    {
        "hidden_layer_sizes" => this with { HiddenLayerSizes = Layers(value) },
        "activation" => this with { Activation = Parse<Activation>(value, name) },
        "solver" => this with { Solver = Parse<Solver>(value, name) },
        "alpha" => this with { Alpha = Number(value, name) },
        "batch_size" => this with { BatchSize = value is "auto" ? null : Integer(value, name) },
        "learning_rate_init" => this with { LearningRateInit = Number(value, name) },
        "max_iter" => this with { MaxIter = Integer(value, name) },
        "shuffle" => this with { Shuffle = value is bool b ? b : throw Wrong(name, value) },
        "random_state" => this with { RandomState = Integer(value, name) },
        "tol" => this with { Tol = Number(value, name) },
        "n_iter_no_change" => this with { NIterNoChange = Integer(value, name) },
        "momentum" => this with { Momentum = Number(value, name) },
        "nesterovs_momentum" => this with { NesterovsMomentum = value is bool b ? b : throw Wrong(name, value) },
        "beta_1" => this with { Beta1 = Number(value, name) },
        "beta_2" => this with { Beta2 = Number(value, name) },
        "epsilon" => this with { Epsilon = Number(value, name) },
        _ => throw new ArgumentException($"Unknown hyper-parameter '{name}'.", nameof(name)),
    };

    /// <summary>The settings a grid search varies, as scikit-learn prints them.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"hidden_layer_sizes=({string.Join(", ", HiddenLayerSizes)}{(HiddenLayerSizes.Count == 1 ? "," : "")}), " +
        $"activation={Activation.ToString().ToLowerInvariant()}, solver={Solver.ToString().ToLowerInvariant()}, " +
        $"learning_rate_init={LearningRateInit:G6}, batch_size={(BatchSize is { } s ? s.ToString(CultureInfo.InvariantCulture) : "auto")}, alpha={Alpha:G6}");

    private static IReadOnlyList<int> Layers(object value) => value switch
    {
        int single => [single],
        IEnumerable<int> sizes => sizes.ToArray(),
        _ => throw Wrong("hidden_layer_sizes", value),
    };

    private static T Parse<T>(object value, string name) where T : struct, Enum => value switch
    {
        T typed => typed,
        string text when Enum.TryParse<T>(text, ignoreCase: true, out var parsed) => parsed,
        _ => throw Wrong(name, value),
    };

    private static double Number(object value, string name) => value switch
    {
        double d => d,
        float f => f,
        int i => i,
        _ => throw Wrong(name, value),
    };

    private static int Integer(object value, string name) => value switch
    {
        int i => i,
        double d when d == Math.Floor(d) && Math.Abs(d) <= int.MaxValue => (int)d,
        _ => throw Wrong(name, value),
    };

    private static ArgumentException Wrong(string name, object value) =>
        new($"'{value}' is not a valid value for {name}.", nameof(value));
}
