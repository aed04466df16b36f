using MathNet.Numerics.LinearAlgebra;

namespace Grader.Contracts;

/// <summary>
/// The worked LSTM example with the problem's fixed weights and a scalar state (problem <c>lstm-worked</c>).
/// </summary>
/// <remarks>
/// <para>With v_t = [h_{t−1}; x_t] (x_t ∈ ℝ³) and the logistic function σ:</para>
/// <code>
/// f_t = σ(W_f v_t + b_f)     W_f = [0 8 0 0],  b_f = −4
/// i_t = σ(W_i v_t + b_i)     W_i = [0 0 9 0],  b_i = −4.5
/// o_t = σ(W_o v_t + b_o)     W_o = [0 0 0 10], b_o = −5
/// C̃_t = tanh(W_C v_t + b_C)  W_C = [1 0 0 0],  b_C = 0
/// C_t = f_t C_{t−1} + i_t C̃_t
/// h_t = o_t tanh(C_t)
/// </code>
/// <para>The initial state is h_0 = 0.05, C_0 = −0.02. The full text of the problem is in
/// <c>problems/lstm-worked.md</c>.</para>
/// </remarks>
public interface ILstmWorked
{
    /// <summary>One step of the problem's LSTM.</summary>
    /// <param name="x">The input x_t; length 3.</param>
    /// <param name="hPrev">The previous output h_{t−1}.</param>
    /// <param name="cPrev">The previous cell state C_{t−1}.</param>
    /// <returns>The gates, the candidate and the new state of this step.</returns>
    LstmStep Step(Vector<double> x, double hPrev, double cPrev);

    /// <summary>Part (b): an input x (length 3) for which C_t ≈ C_{t−1} + h_{t−1} whenever |h_{t−1}| and |C_{t−1}| are small.</summary>
    Vector<double> AccumulatingInput { get; }

    /// <summary>Part (c): an input x (length 3) for which h_t ≈ (C_{t−1} + h_{t−1}) / 2 whenever |h_{t−1}| and |C_{t−1}| are small.</summary>
    Vector<double> AveragingInput { get; }
}
