using System.Text;

namespace Grader.Runner;

/// <summary>Keeps the first <c>cap</c> characters written (from any thread) and counts the rest.</summary>
public sealed class CappedTextWriter(int cap) : TextWriter
{
    private readonly StringBuilder _kept = new();
    private readonly Lock _lock = new();
    private long _dropped;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_lock)
        {
            if (_kept.Length < cap)
            {
                _kept.Append(value);
            }
            else
            {
                _dropped++;
            }
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }
        lock (_lock)
        {
            var room = Math.Max(0, cap - _kept.Length);
            _kept.Append(value.AsSpan(0, Math.Min(room, value.Length)));
            _dropped += Math.Max(0, value.Length - room);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <summary>What was kept, with a last line saying how much was cut.</summary>
    public string Text()
    {
        lock (_lock)
        {
            return _dropped == 0 ? _kept.ToString() : $"{_kept}\n[… {_dropped} more characters cut: output is capped at {cap} characters per call]\n";
        }
    }
}
