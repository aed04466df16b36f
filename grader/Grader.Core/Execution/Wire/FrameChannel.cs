using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grader.Core.Execution.Wire;

/// <summary>Length-prefixed JSON messages over a stream: the runner's own channel, never stdout.</summary>
public sealed class FrameChannel(Stream stream)
{
    /// <summary>Larger than any fixture's inputs or outputs; a longer frame is a corrupt channel.</summary>
    public const int MaxFrameBytes = 256 << 20;

    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public void Send<T>(T message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message, Options);
        Span<byte> header = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, body.Length);
        stream.Write(header);
        stream.Write(body);
        stream.Flush();
    }

    /// <summary>The next message, or null when the other side closed the channel.</summary>
    public async Task<T?> ReceiveAsync<T>(CancellationToken cancel) where T : class
    {
        var header = new byte[4];
        if (!await ReadExactly(header, cancel))
        {
            return null;
        }
        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length is < 0 or > MaxFrameBytes)
        {
            throw new InvalidDataException($"A frame of {length} bytes is not a message.");
        }
        var body = new byte[length];
        if (!await ReadExactly(body, cancel))
        {
            return null;
        }
        return JsonSerializer.Deserialize<T>(body, Options) ?? throw new InvalidDataException("A null message.");
    }

    public T? Receive<T>() where T : class => ReceiveAsync<T>(CancellationToken.None).GetAwaiter().GetResult();

    private async Task<bool> ReadExactly(byte[] buffer, CancellationToken cancel)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), cancel);
            if (n == 0)
            {
                return false;
            }
            read += n;
        }
        return true;
    }
}
