using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.AddingAProblem;

/// <summary>The test-only problem's answer key (step 3 of docs/adding-a-problem.md).</summary>
public class AffineMap : IAffineMap
{
    private Vector<double> _x = Vector<double>.Build.Dense(0);

    public Matrix<double> W { get; set; } = Matrix<double>.Build.Dense(0, 0);

    public Vector<double> B { get; set; } = Vector<double>.Build.Dense(0);

    public Matrix<double> DW { get; private set; } = Matrix<double>.Build.Dense(0, 0);

    public Vector<double> DB { get; private set; } = Vector<double>.Build.Dense(0);

    public Vector<double> Forward(Vector<double> x)
    {
        _x = x;
        return Output(x);
    }

    public Vector<double> Backward(Vector<double> delta)
    {
        DW = delta.OuterProduct(_x);
        DB = delta;
        return W.TransposeThisAndMultiply(delta);
    }

    /// <summary>The step a flawed variant changes.</summary>
    protected virtual Vector<double> Output(Vector<double> x) => W * x + B;
}
