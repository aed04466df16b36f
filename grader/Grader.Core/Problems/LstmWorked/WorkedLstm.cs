namespace Grader.Core.Problems.LstmWorked;

/// <summary>The LSTM of <c>lstm-worked</c> with the problem's weights, in the grader: it runs a student's chosen
/// input over many states to check the behaviour parts (b) and (c) ask for.</summary>
public static class WorkedLstm
{
    public const double H0 = 0.05;
    public const double C0 = -0.02;

    /// <summary>The new cell state and output from (h_{t−1}, C_{t−1}) with input x (length 3).</summary>
    public static (double C, double H) Step(IReadOnlyList<double> x, double hPrev, double cPrev)
    {
        if (x.Count != 3)
        {
            throw new ArgumentException($"x must have 3 elements, not {x.Count}.", nameof(x));
        }
        var f = Sigmoid(8 * x[0] - 4);
        var i = Sigmoid(9 * x[1] - 4.5);
        var o = Sigmoid(10 * x[2] - 5);
        var c = f * cPrev + i * Math.Tanh(hPrev);
        return (c, o * Math.Tanh(c));
    }

    private static double Sigmoid(double a) => 1.0 / (1.0 + Math.Exp(-a));
}
