namespace Grader.Toolkit;

/// <summary>scikit-learn's <c>SGDOptimizer</c> with a constant learning rate: velocity v ← μ·v − lr·g, then the
/// update is v, or μ·v − lr·g with Nesterov's momentum.</summary>
internal sealed class SgdOptimizer(double[][] parameters, double learningRate, double momentum, bool nesterov) : IMlpOptimizer
{
    private readonly double[][] _velocities = parameters.Select(p => new double[p.Length]).ToArray();

    public void Update(double[][] parameters, double[][] gradients)
    {
        for (var p = 0; p < parameters.Length; p++)
        {
            var (param, grad, velocity) = (parameters[p], gradients[p], _velocities[p]);
            for (var i = 0; i < param.Length; i++)
            {
                velocity[i] = momentum * velocity[i] - learningRate * grad[i];
                param[i] += nesterov ? momentum * velocity[i] - learningRate * grad[i] : velocity[i];
            }
        }
    }
}
