using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.AddingAProblem;

/// <summary>The test-only problem's contract (step 1 of docs/adding-a-problem.md): y = W x + b, and its backward.</summary>
public interface IAffineMap
{
    Matrix<double> W { get; set; }

    Vector<double> B { get; set; }

    /// <summary>y = W x + b; remembers x for <see cref="Backward"/>.</summary>
    Vector<double> Forward(Vector<double> x);

    /// <summary>Given δ = ∂L/∂y, sets <see cref="DW"/> = δ xᵀ and <see cref="DB"/> = δ, and returns ∂L/∂x = Wᵀ δ.</summary>
    Vector<double> Backward(Vector<double> delta);

    Matrix<double> DW { get; }

    Vector<double> DB { get; }
}
