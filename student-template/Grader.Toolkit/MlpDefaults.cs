namespace Grader.Toolkit;

/// <summary>Every default of <see cref="MlpParameters"/>, in one place: scikit-learn 1.2's <c>MLPClassifier</c> defaults,
/// except <see cref="RandomState"/>, which scikit-learn leaves unset (a fresh seed each fit).</summary>
public static class MlpDefaults
{
    /// <summary><c>hidden_layer_sizes=(100,)</c>: one hidden layer of 100 units.</summary>
    public static IReadOnlyList<int> HiddenLayerSizes { get; } = [100];

    /// <summary><c>activation='relu'</c>.</summary>
    public const Activation Activation = Toolkit.Activation.Relu;

    /// <summary><c>solver='adam'</c>.</summary>
    public const Solver Solver = Toolkit.Solver.Adam;

    /// <summary><c>alpha=0.0001</c>: the L2 penalty ½·α·Σ‖W‖², divided by the batch size.</summary>
    public const double Alpha = 1e-4;

    /// <summary><c>batch_size='auto'</c>, written as null: min(200, number of samples).</summary>
    public static readonly int? BatchSize;

    /// <summary>The batch size <c>'auto'</c> never exceeds.</summary>
    public const int AutoBatchSizeLimit = 200;

    /// <summary><c>learning_rate_init=0.001</c>.</summary>
    public const double LearningRateInit = 1e-3;

    /// <summary><c>max_iter=200</c>: epochs.</summary>
    public const int MaxIter = 200;

    /// <summary><c>shuffle=True</c>: the samples are shuffled before each epoch.</summary>
    public const bool Shuffle = true;

    /// <summary>0 here; scikit-learn's <c>random_state=None</c> would make every run different.</summary>
    public const int RandomState = 0;

    /// <summary><c>tol=0.0001</c>.</summary>
    public const double Tol = 1e-4;

    /// <summary><c>n_iter_no_change=10</c>.</summary>
    public const int NIterNoChange = 10;

    /// <summary><c>momentum=0.9</c> (SGD only).</summary>
    public const double Momentum = 0.9;

    /// <summary><c>nesterovs_momentum=True</c> (SGD only).</summary>
    public const bool NesterovsMomentum = true;

    /// <summary><c>beta_1=0.9</c> (Adam only).</summary>
    public const double Beta1 = 0.9;

    /// <summary><c>beta_2=0.999</c> (Adam only).</summary>
    public const double Beta2 = 0.999;

    /// <summary><c>epsilon=1e-8</c> (Adam only).</summary>
    public const double Epsilon = 1e-8;
}
