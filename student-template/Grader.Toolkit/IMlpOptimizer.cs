namespace Grader.Toolkit;

/// <summary>One of scikit-learn's stochastic optimisers: turns a batch's gradients into a step on the parameters.</summary>
internal interface IMlpOptimizer
{
    /// <summary>Adds this step's update to each parameter array, in place.</summary>
    void Update(double[][] parameters, double[][] gradients);
}
