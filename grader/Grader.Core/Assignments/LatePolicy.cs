using System.Text.Json.Serialization;

namespace Grader.Core.Assignments;

/// <summary>A penalty per started day late, as a percentage of the total, up to a cap.</summary>
public sealed record LatePolicy(
    [property: JsonPropertyName("percent_per_day")] double PercentPerDay,
    [property: JsonPropertyName("max_percent")] double MaxPercent)
{
    /// <summary>Whole days late, counting a started day as one; 0 when on time.</summary>
    public static int DaysLate(DateTimeOffset due, DateTimeOffset submitted) =>
        submitted <= due ? 0 : (int)Math.Ceiling((submitted - due).TotalDays);

    public double Penalty(double total, int daysLate) => total * Math.Min(PercentPerDay * daysLate, MaxPercent) / 100;
}
