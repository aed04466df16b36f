using MathNet.Numerics.LinearAlgebra;

namespace Samples;

/// <summary>Tries to open a TCP connection to the grader's machine and throws "LEAK" if it can; otherwise correct.</summary>
public sealed class GruCell : HonestGruCell
{
    /// <summary>The port a test listens on.</summary>
    private const int Port = 47913;

    public override (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta)
    {
        try
        {
            using var client = new System.Net.Sockets.TcpClient();
            if (client.ConnectAsync("127.0.0.1", Port).Wait(2000) && client.Connected)
            {
                throw new InvalidOperationException("LEAK: connected to 127.0.0.1:" + Port);
            }
        }
        catch (AggregateException)
        {
        }
        return base.Backward(delta);
    }
}
