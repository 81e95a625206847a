package gosub.runtime;

/**
 * Watches one run while its goroutines share a single carrier (see Carriers): when for
 * STRIKES ticks in a row no goroutine was scheduled although two or more could run, the running
 * one keeps the carrier (Go would run the others on other cores, or preempt it), and the pool
 * is widened. Ends then, or when the run ends. Shorter pauses are common and not a reason:
 * compiling a hot function to bytecode, loading classes, a collection.
 */
final class Monitor {
    private Monitor() {}

    private static final long TICK_MILLIS = 10;
    private static final int STRIKES = 20;

    static Thread start(Scheduler s) {
        return Thread.ofPlatform().daemon().name("gosub-monitor").start(() -> watch(s));
    }

    private static void watch(Scheduler s) {
        long last = -1;
        int strikes = 0;
        while (!s.exitedRun() && !Carriers.widened()) {
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long p = s.progress();
            if (p == last && s.notBlocked() >= 2) {
                if (++strikes >= STRIKES) {
                    Carriers.widen();
                    return;
                }
            } else {
                strikes = 0;
            }
            last = p;
        }
    }
}
