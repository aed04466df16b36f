using System.Net;
using System.Net.Sockets;

namespace Grader.Tests.Isolation;

/// <summary>The hostile-tcp-connect sample, aimed at a listener of the test's own on a port the system picks: a copy
/// of the sample in the test's folder, with a file that compiles the port in (the other half of its partial method
/// <c>ListenerPort</c>), since the sandbox clears the environment and shows the runner no file but the assembly.</summary>
internal static class TcpConnectSample
{
    public const string Name = "hostile-tcp-connect";

    /// <summary>Listens on 127.0.0.1, on a free port the system picks.</summary>
    public static TcpListener Listen()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }

    /// <summary>Copies the sample into <paramref name="folder"/> (created), told to connect to <paramref name="listener"/>.</summary>
    /// <returns><paramref name="folder"/>.</returns>
    public static string CopyAimedAt(TcpListener listener, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(TestPaths.Sample(Name), "*.cs"))
        {
            // File.Copy follows the link to the samples' shared HonestGruCell.cs.
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        File.WriteAllText(Path.Combine(folder, "ListenerPort.cs"), $$"""
            namespace Samples;

            public sealed partial class GruCell
            {
                static partial void ListenerPort(ref int port) => port = {{port}};
            }

            """);
        return folder;
    }
}
