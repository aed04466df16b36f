namespace Reference.Generator.CharRnn;

/// <summary>A reusable barrier for a few threads that meet tens of thousands of times a second: it spins, then
/// yields, and never sleeps; with one participant it costs nothing.</summary>
internal sealed class SpinBarrier(int participants)
{
    private const int SpinsBeforeYield = 20_000;
    private int _arrived;
    private volatile int _phase;

    public void SignalAndWait()
    {
        if (participants == 1)
        {
            return;
        }
        var phase = _phase;
        if (Interlocked.Increment(ref _arrived) == participants)
        {
            _arrived = 0;
            _phase = unchecked(phase + 1);
            return;
        }
        // The other thread is normally a few microseconds behind: spin on the CPU first (a yield is a system call and
        // may hand the core away), then yield, so that a busy machine degrades gracefully.
        for (var i = 0; i < SpinsBeforeYield && _phase == phase; i++)
        {
            Thread.SpinWait(8);
        }
        var spin = new SpinWait();
        while (_phase == phase)
        {
            spin.SpinOnce(sleep1Threshold: -1);
        }
    }
}
