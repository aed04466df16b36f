namespace Grader.Toolkit;

/// <summary>scikit-learn's <c>AdamOptimizer</c>: bias correction folded into the step size,
/// lr_t = lr·√(1 − β2^t)/(1 − β1^t), update −lr_t·m/(√v + ε).</summary>
internal sealed class AdamOptimizer(double[][] parameters, double learningRateInit, double beta1, double beta2, double epsilon) : IMlpOptimizer
{
    private readonly double[][] _m = parameters.Select(p => new double[p.Length]).ToArray();
    private readonly double[][] _v = parameters.Select(p => new double[p.Length]).ToArray();
    private int _t;

    public void Update(double[][] parameters, double[][] gradients)
    {
        _t++;
        var rate = learningRateInit * Math.Sqrt(1 - Math.Pow(beta2, _t)) / (1 - Math.Pow(beta1, _t));
        for (var p = 0; p < parameters.Length; p++)
        {
            var (param, grad, m, v) = (parameters[p], gradients[p], _m[p], _v[p]);
            for (var i = 0; i < param.Length; i++)
            {
                m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
                v[i] = beta2 * v[i] + (1 - beta2) * (grad[i] * grad[i]);
                param[i] += -rate * m[i] / (Math.Sqrt(v[i]) + epsilon);
            }
        }
    }
}
