using MathNet.Numerics.LinearAlgebra;

namespace Grader.Contracts;

/// <summary>
/// A character-level recurrent network with a ReLU hidden layer and a softmax output, trained by
/// back-propagation through time (problem <c>char-rnn</c>).
/// </summary>
/// <remarks>
/// <para>Characters are the 27 of the alphabet " abcdefghijklmnopqrstuvwxyz", numbered by position: space is 0,
/// a is 1, …, z is 26. x_t is the one-hot vector of the t-th input character. With h_0 = 0, for t = 1…T:</para>
/// <code>
/// h_t = ReLU(U x_t + W h_{t−1} + b)
/// y_t = softmax(V h_t + c)
/// L   = Σ_t −log y_t[target_t]
/// </code>
/// <para>Shapes, with H hidden units: U is H×27, W is H×H, V is 27×H, b has length H, c has length 27.</para>
/// <para>The grader prepares a text with <see cref="Prepare"/> and cuts it with <see cref="Windows"/>; it sets the
/// weights, runs <see cref="Forward"/> and <see cref="Backward"/> on one sequence and reads the gradients; then it
/// trains by stochastic gradient descent with your <see cref="Backward"/> and measures the next-character accuracy
/// with your <see cref="Forward"/>. The implementation needs a public parameterless constructor. The full text of
/// the problem is in <c>problems/char-rnn.md</c>.</para>
/// </remarks>
public interface ICharRnn
{
    /// <summary>Prepares a raw text: lower-case, every character other than a–z becomes a space, and every run of
    /// spaces becomes one space.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The prepared text, made of spaces and a–z only.</returns>
    string Prepare(string text);

    /// <summary>Cuts a prepared text into training windows: window n starts at s = n·stride, its inputs are the
    /// characters s … s+T−1 and its targets the characters s+1 … s+T, for every s below length − T − 1.</summary>
    /// <param name="prepared">A text returned by <see cref="Prepare"/>.</param>
    /// <param name="seqLength">T, the length of a window.</param>
    /// <param name="stride">The distance between the starts of consecutive windows.</param>
    /// <returns>Inputs and Targets: one array of T character numbers (0–26) per window, in order of their start.</returns>
    (int[][] Inputs, int[][] Targets) Windows(string prepared, int seqLength, int stride);

    /// <summary>U, from the one-hot input to the hidden layer; H×27.</summary>
    Matrix<double> U { get; set; }

    /// <summary>W, from the previous hidden state to the hidden layer; H×H.</summary>
    Matrix<double> W { get; set; }

    /// <summary>V, from the hidden state to the output scores; 27×H.</summary>
    Matrix<double> V { get; set; }

    /// <summary>b, the bias of the hidden layer; length H.</summary>
    Vector<double> B { get; set; }

    /// <summary>c, the bias of the output scores; length 27.</summary>
    Vector<double> C { get; set; }

    /// <summary>∂L/∂U after <see cref="Backward"/>; H×27.</summary>
    Matrix<double> DU { get; }

    /// <summary>∂L/∂W after <see cref="Backward"/>; H×H.</summary>
    Matrix<double> DW { get; }

    /// <summary>∂L/∂V after <see cref="Backward"/>; 27×H.</summary>
    Matrix<double> DV { get; }

    /// <summary>∂L/∂b after <see cref="Backward"/>; length H.</summary>
    Vector<double> DB { get; }

    /// <summary>∂L/∂c after <see cref="Backward"/>; length 27.</summary>
    Vector<double> DC { get; }

    /// <summary>Runs the network over one sequence from h_0 = 0.</summary>
    /// <param name="inputs">The input characters x_1 … x_T as numbers 0–26.</param>
    /// <returns>The output distributions: a T×27 matrix whose row t is y_t.</returns>
    Matrix<double> Forward(int[] inputs);

    /// <summary>Back-propagates through time over one sequence and sets the five gradients.</summary>
    /// <param name="inputs">The input characters x_1 … x_T as numbers 0–26.</param>
    /// <param name="targets">The target characters (the next character after each input) as numbers 0–26.</param>
    /// <returns>The loss L = Σ_t −log y_t[target_t] of this sequence.</returns>
    double Backward(int[] inputs, int[] targets);
}
