package gosub.runtime;

/**
 * The run's clock. Real time sleeps; fake time (as on the Go playground) starts at
 * 2009-11-10 23:00:00 UTC and only moves when every goroutine waits and a timer is due.
 */
public final class Clock {
    /** 2009-11-10 23:00:00 UTC in Unix nanoseconds. */
    public static final long PLAYGROUND_EPOCH = 1257894000L * 1_000_000_000L;

    public final boolean fake;
    private final long wallBase;
    private final long monoBase;
    private long virtual;

    public Clock(boolean fake) {
        this.fake = fake;
        this.wallBase = fake ? PLAYGROUND_EPOCH : System.currentTimeMillis() * 1_000_000L;
        this.monoBase = System.nanoTime();
    }

    /** Nanoseconds since the run started (the monotonic reading). */
    public long elapsed() {
        return fake ? virtual : System.nanoTime() - monoBase;
    }

    /** Wall time in Unix nanoseconds. */
    public long wallNanos() {
        return wallBase + elapsed();
    }

    void advanceTo(long elapsed) {
        if (elapsed > virtual) virtual = elapsed;
    }
}
