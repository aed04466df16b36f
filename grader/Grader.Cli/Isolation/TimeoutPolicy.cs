using System.Globalization;

namespace Grader.Cli.Isolation;

/// <summary>The wall-clock limit of one call into student code, from the answer key's own time on the same inputs:
/// time × factor + slack, kept between a floor and a ceiling that an instructor can set.</summary>
public sealed record TimeoutPolicy(double Factor, TimeSpan Slack, TimeSpan Floor, TimeSpan Ceiling)
{
    /// <summary>A student's code may be ten times slower than the answer key; the floor absorbs start-up and JIT.</summary>
    public static readonly TimeoutPolicy Default = new(10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5));

    public TimeSpan Limit(TimeSpan referenceTime)
    {
        var limit = referenceTime * Factor + Slack;
        // Whole tenths of a second, so that the limit quoted in a message does not change from run to run.
        var rounded = TimeSpan.FromSeconds(Math.Ceiling(limit.TotalSeconds * 10) / 10);
        return rounded < Floor ? Floor : rounded > Ceiling ? Ceiling : rounded;
    }

    public static string Format(TimeSpan limit) => limit.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
