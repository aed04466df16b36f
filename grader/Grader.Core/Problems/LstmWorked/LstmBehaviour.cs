namespace Grader.Core.Problems.LstmWorked;

/// <summary>The behaviours parts (b) and (c) ask of an input x, checked by running x through <see cref="WorkedLstm"/>
/// over a grid of small states; the result is the worst state and its error.</summary>
public static class LstmBehaviour
{
    /// <summary>The largest |h_{t−1}| and |C_{t−1}| of the grid.</summary>
    public const double StateBound = 0.1;

    /// <summary>The largest error accepted: x = [1, 1, 0] for (b) and [1, 1, 0.5] for (c) stay within 0.0035 of
    /// the asked-for value on the whole grid; an input with a gate closed instead of open is off by up to 0.2.</summary>
    public const double Tolerance = 0.005;

    /// <summary>Grid points per state variable, −0.1 to 0.1 in steps of 0.01.</summary>
    public const int GridPoints = 21;

    /// <summary>(b): C_t ≈ C_{t−1} + h_{t−1}.</summary>
    public static LstmBehaviourResult Accumulates(IReadOnlyList<double> x) =>
        Worst(x, (h, c, step) => step.C - (c + h));

    /// <summary>(c): h_t ≈ (C_{t−1} + h_{t−1}) / 2.</summary>
    public static LstmBehaviourResult Averages(IReadOnlyList<double> x) =>
        Worst(x, (h, c, step) => step.H - (c + h) / 2);

    /// <summary>The state of the grid where the signed error has the largest magnitude (the first such state in
    /// grid order; a NaN error counts as the worst).</summary>
    public static LstmBehaviourResult Worst(IReadOnlyList<double> x, Func<double, double, (double C, double H), double> error)
    {
        var worst = new LstmBehaviourResult(0, 0, 0);
        var found = false;
        for (var a = 0; a < GridPoints; a++)
        {
            for (var k = 0; k < GridPoints; k++)
            {
                var h = State(a);
                var c = State(k);
                var e = error(h, c, WorkedLstm.Step(x, h, c));
                if (!found || double.IsNaN(e) || Math.Abs(e) > Math.Abs(worst.Error))
                {
                    worst = new LstmBehaviourResult(h, c, e);
                    found = true;
                    if (double.IsNaN(e))
                    {
                        return worst;
                    }
                }
            }
        }
        return worst;
    }

    private static double State(int point) => StateBound * (2.0 * point / (GridPoints - 1) - 1);
}
