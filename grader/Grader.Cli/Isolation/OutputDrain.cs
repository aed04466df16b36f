using System.Text;

namespace Grader.Cli.Isolation;

/// <summary>Reads a runner's stdout or stderr to the end, so it never blocks on a full pipe, keeping the first
/// <c>cap</c> bytes. What it keeps is shown as text: control bytes and invalid UTF-8 become visible escapes.</summary>
public sealed class OutputDrain
{
    private readonly MemoryStream _kept = new();
    private readonly int _cap;
    private readonly Lock _lock = new();
    private long _total;

    public OutputDrain(Stream stream, int cap)
    {
        _cap = cap;
        Completion = Task.Run(async () =>
        {
            var buffer = new byte[16 * 1024];
            int n;
            while ((n = await stream.ReadAsync(buffer)) > 0)
            {
                lock (_lock)
                {
                    var room = (int)Math.Max(0, _cap - _kept.Length);
                    _kept.Write(buffer, 0, Math.Min(room, n));
                    _total += n;
                }
            }
        });
    }

    public Task Completion { get; }

    /// <summary>The bytes kept since the last call, as safe text, and clears them.</summary>
    public string Take()
    {
        lock (_lock)
        {
            var text = Sanitize(_kept.ToArray());
            var cut = _total - _kept.Length;
            _kept.SetLength(0);
            _total = 0;
            return cut > 0 ? $"{text}\n[… {cut} more bytes cut: output is capped at {_cap} bytes]\n" : text;
        }
    }

    public static string Sanitize(byte[] bytes)
    {
        var decoded = new UTF8Encoding(false, false).GetString(bytes);
        var text = new StringBuilder(decoded.Length);
        foreach (var c in decoded)
        {
            text.Append(c is '\n' or '\t' || !char.IsControl(c) ? c.ToString() : $"\\x{(int)c:x2}");
        }
        return text.ToString();
    }
}
