using System.Globalization;

namespace Grader.Cli;

/// <summary>Points as the class's files and messages write them: up to four decimals, invariant culture.</summary>
internal static class PointsText
{
    public static string Of(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
