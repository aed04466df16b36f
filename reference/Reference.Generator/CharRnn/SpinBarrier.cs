namespace Reference.Generator.CharRnn;

/// <summary>A reusable barrier for a few threads that meet tens of thousands of times a second. Each participant counts
/// the meetings it has reached in a cache line of its own and waits until every other count has caught up: one line
/// travels each way per meeting, with no shared counter to fight over. It spins, then yields, and never sleeps; with one
/// participant it costs nothing.</summary>
internal sealed class SpinBarrier(int participants)
{
    /// <summary>Counters 128 bytes apart, so that neither they nor the adjacent-line prefetcher's pairs share a line.</summary>
    private const int Stride = 16;
    private const int TightSpins = 4_000;
    private const int SpinsBeforeYield = 100_000;
    private readonly long[] _reached = new long[participants * Stride];

    public void SignalAndWait(int participant)
    {
        if (participants == 1)
        {
            return;
        }
        var meeting = _reached[participant * Stride] + 1;
        Volatile.Write(ref _reached[participant * Stride], meeting);
        for (var other = 0; other < participants; other++)
        {
            // The other thread is normally a microsecond behind: spin on the CPU first (a yield is a system call and may
            // hand the core away), then yield, so that a busy machine degrades gracefully.
            for (var spins = 0; Volatile.Read(ref _reached[other * Stride]) < meeting; spins++)
            {
                if (spins > SpinsBeforeYield)
                {
                    Thread.Yield();
                }
                else if (spins > TightSpins)
                {
                    Thread.SpinWait(1);
                }
            }
        }
    }
}
