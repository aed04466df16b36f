using MathNet.Numerics.LinearAlgebra;

namespace Grader.Contracts;

/// <summary>
/// One step of a gated recurrent unit without biases (problem <c>gru-cell</c>).
/// </summary>
/// <remarks>
/// <para>With input x ∈ ℝ^d, previous state h ∈ ℝ^n, the logistic function σ and elementwise product ⊙:</para>
/// <code>
/// z  = σ(Wzh h + Wzx x)
/// r  = σ(Wrh h + Wrx x)
/// h̃ = tanh(Wh (r ⊙ h) + Wx x)
/// h' = (1 − z) ⊙ h + z ⊙ h̃
/// </code>
/// <para>Shapes: Wzh, Wrh and Wh are n×n; Wzx, Wrx and Wx are n×d. Vectors are column vectors.</para>
/// <para>The grader sets the six weights, calls <see cref="Forward"/> once, then <see cref="Backward"/> once
/// with δ = ∂L/∂h', then reads the six weight gradients. The implementation needs a public parameterless
/// constructor. The full text of the problem is in <c>problems/gru-cell.md</c>.</para>
/// </remarks>
public interface IGruCell
{
    /// <summary>Weight from the previous state to the update gate z; n×n.</summary>
    Matrix<double> Wzh { get; set; }

    /// <summary>Weight from the input to the update gate z; n×d.</summary>
    Matrix<double> Wzx { get; set; }

    /// <summary>Weight from the previous state to the reset gate r; n×n.</summary>
    Matrix<double> Wrh { get; set; }

    /// <summary>Weight from the input to the reset gate r; n×d.</summary>
    Matrix<double> Wrx { get; set; }

    /// <summary>Weight from the reset previous state r ⊙ h to the candidate h̃; n×n.</summary>
    Matrix<double> Wh { get; set; }

    /// <summary>Weight from the input to the candidate h̃; n×d.</summary>
    Matrix<double> Wx { get; set; }

    /// <summary>∂L/∂Wzh after <see cref="Backward"/>; n×n.</summary>
    Matrix<double> DWzh { get; }

    /// <summary>∂L/∂Wzx after <see cref="Backward"/>; n×d.</summary>
    Matrix<double> DWzx { get; }

    /// <summary>∂L/∂Wrh after <see cref="Backward"/>; n×n.</summary>
    Matrix<double> DWrh { get; }

    /// <summary>∂L/∂Wrx after <see cref="Backward"/>; n×d.</summary>
    Matrix<double> DWrx { get; }

    /// <summary>∂L/∂Wh after <see cref="Backward"/>; n×n.</summary>
    Matrix<double> DWh { get; }

    /// <summary>∂L/∂Wx after <see cref="Backward"/>; n×d.</summary>
    Matrix<double> DWx { get; }

    /// <summary>Computes the next state h' and keeps what <see cref="Backward"/> needs.</summary>
    /// <param name="x">The input x; length d.</param>
    /// <param name="hPrev">The previous state h; length n.</param>
    /// <returns>The next state h'; length n.</returns>
    Vector<double> Forward(Vector<double> x, Vector<double> hPrev);

    /// <summary>Back-propagates δ = ∂L/∂h' through the step last run by <see cref="Forward"/>.</summary>
    /// <param name="delta">δ = ∂L/∂h'; length n.</param>
    /// <returns>Dx = ∂L/∂x (length d) and Dh = ∂L/∂h (length n). Also sets the six weight gradients.</returns>
    (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta);
}
