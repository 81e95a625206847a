package gosub.runtime;

/**
 * Watches one run for goroutines that wait for a carrier while others keep theirs without ever
 * blocking (Go would run them on other cores, or preempt the long-running ones). While the
 * goroutines share a single carrier (see Carriers), STRIKES ticks in a row with no goroutine
 * scheduled although more could run than there are carriers widen the pool; shorter pauses are
 * common and not a reason: compiling a hot function to bytecode, loading classes, a collection.
 * Once the pool is as wide as it gets, PREEMPT_STRIKES such ticks ask the running goroutines
 * to yield at their next loop trip, for one tick (Go's sysmon preempts a goroutine after 10 ms).
 * Ends when the run ends.
 */
final class Monitor {
    private Monitor() {}

    private static final long TICK_MILLIS = 10;
    private static final int STRIKES = 20, PREEMPT_STRIKES = 2;

    static Thread start(Run run, Scheduler s) {
        return Thread.ofPlatform().daemon().name("gosub-monitor").start(() -> watch(run, s));
    }

    private static void watch(Run run, Scheduler s) {
        long last = -1;
        int strikes = 0;
        while (!s.exitedRun()) {
            if (!tick()) return;
            long p = s.progress();
            boolean starved = p == last && s.notBlocked() > Carriers.count();
            last = p;
            strikes = starved ? strikes + 1 : 0;
            if (!Carriers.widened() && strikes >= STRIKES) {
                Carriers.widen();
                strikes = 0;
            } else if (Carriers.widened() && strikes >= PREEMPT_STRIKES) {
                if (!preemptFor(run)) return;
                strikes = 0;
            }
        }
    }

    /** One tick of yielding; false if the monitor was interrupted. */
    private static boolean preemptFor(Run run) {
        ExitPoll.hold();
        run.preempting = true;
        try {
            return tick();
        } finally {
            run.preempting = false;
            ExitPoll.release();
        }
    }

    private static boolean tick() {
        try {
            Thread.sleep(TICK_MILLIS);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
