using MathNet.Numerics.LinearAlgebra;

namespace Samples;

/// <summary>Tries to open a TCP connection to the grader's machine and throws "LEAK" if it can; otherwise correct.</summary>
public sealed partial class GruCell : HonestGruCell
{
    /// <summary>The port tried when nothing says otherwise (`./grade-samples` grades this folder as it is): the discard
    /// port, below the range the system hands out to a listener on port 0, so never a test's.</summary>
    private const int DefaultPort = 9;

    /// <summary>A test listens on a port of its own and grades a copy of this folder with one more file, which
    /// implements this method to set that port (the sandbox clears the environment and shows no file but the
    /// compiled assembly, so the port is compiled in). Without the file the call is compiled away.</summary>
    static partial void ListenerPort(ref int port);

    public override (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta)
    {
        var port = DefaultPort;
        ListenerPort(ref port);
        try
        {
            using var client = new System.Net.Sockets.TcpClient();
            if (client.ConnectAsync("127.0.0.1", port).Wait(2000) && client.Connected)
            {
                throw new InvalidOperationException("LEAK: connected to 127.0.0.1:" + port);
            }
        }
        catch (AggregateException)
        {
        }
        return base.Backward(delta);
    }
}
