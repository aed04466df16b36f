using System.Globalization;

namespace Grader.Runner;

/// <summary>The runner's command line.</summary>
public sealed record RunnerOptions(string Socket, string Assembly, int OutputCap)
{
    public long AddressSpaceHeadroom { get; init; } = 2L << 30;

    public long MaxFileBytes { get; init; } = 64L << 20;

    public long MaxProcesses { get; init; } = 256;

    public static RunnerOptions? Parse(string[] args)
    {
        string? socket = null, assembly = null;
        var cap = 64 * 1024;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--socket": socket = args[i + 1]; break;
                case "--assembly": assembly = args[i + 1]; break;
                case "--output-cap": cap = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: return null;
            }
        }
        return socket is null || assembly is null || args.Length % 2 != 0 ? null : new RunnerOptions(socket, assembly, cap);
    }
}
