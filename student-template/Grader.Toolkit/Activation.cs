namespace Grader.Toolkit;

/// <summary>The activation of the hidden layers, as scikit-learn's <c>activation</c>. The numbers are the codes
/// the homework reports.</summary>
public enum Activation
{
    /// <summary>f(a) = a.</summary>
    Identity = 0,

    /// <summary>f(a) = 1 / (1 + e^(−a)).</summary>
    Logistic = 1,

    /// <summary>f(a) = tanh(a).</summary>
    Tanh = 2,

    /// <summary>f(a) = max(0, a).</summary>
    Relu = 3,
}
