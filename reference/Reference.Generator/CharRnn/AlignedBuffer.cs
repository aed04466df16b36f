using System.Runtime.InteropServices;

namespace Reference.Generator.CharRnn;

/// <summary>Doubles that start on a cache line, in an array that never moves. Blocks that start at multiples of eight
/// doubles then never share a line, so two threads that each write their own block never fight over one: on two
/// cores that contention, not the arithmetic, decided the speed of the split trainer.</summary>
internal sealed class AlignedBuffer
{
    private const int LineBytes = 64;
    private readonly double[] _array;
    private readonly int _start;

    public AlignedBuffer(int length)
    {
        _array = GC.AllocateArray<double>(length + LineBytes / sizeof(double), pinned: true);
        var handle = GCHandle.Alloc(_array, GCHandleType.Pinned);
        var address = (long)handle.AddrOfPinnedObject();
        handle.Free();
        _start = (int)((LineBytes - address % LineBytes) % LineBytes) / sizeof(double);
        Length = length;
    }

    public int Length { get; }

    public Span<double> Span => _array.AsSpan(_start, Length);

    public ref double this[int index] => ref Span[index];

    public static AlignedBuffer Of(ReadOnlySpan<double> values)
    {
        var buffer = new AlignedBuffer(values.Length);
        values.CopyTo(buffer.Span);
        return buffer;
    }
}
