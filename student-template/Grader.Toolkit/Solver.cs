namespace Grader.Toolkit;

/// <summary>The weight optimiser, as scikit-learn's <c>solver</c> (its stochastic ones). The numbers are the codes
/// the homework reports.</summary>
public enum Solver
{
    /// <summary>Stochastic gradient descent with Nesterov momentum and a constant learning rate.</summary>
    Sgd = 0,

    /// <summary>Adam (Kingma and Ba).</summary>
    Adam = 1,
}
