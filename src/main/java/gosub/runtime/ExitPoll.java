package gosub.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MutableCallSite;

/**
 * The check each loop trip makes for the end of its program, or for a request to give up its
 * carrier, without a volatile read per trip: a volatile read is a memory barrier to C2, so it
 * kept every load in the loop (slice headers, stores, lengths) from being hoisted. Loops call
 * Run.loopPoll only while `stopping` is true. It is false while no run in this JVM has ended
 * with goroutines still running and no Monitor asks running goroutines to yield; compiled code
 * folds it to a constant, and flipping it deoptimizes that code at its next safepoint poll (a
 * loop polls every few thousand trips at most), so a spinning goroutine still stops or yields
 * within milliseconds. It is set back once no reason is left.
 */
public final class ExitPoll {
    private ExitPoll() {}

    private static final MethodHandle FALSE = MethodHandles.constant(boolean.class, false),
            TRUE = MethodHandles.constant(boolean.class, true);
    private static final MutableCallSite SITE = new MutableCallSite(FALSE);
    /**
     * () -> boolean: whether loops must call Run.loopPoll (a run may have ended, or goroutines
     * are asked to yield). Compiled code
     * invokes it itself: behind a static method, C2 sometimes left the call out of line (its
     * profile too thin), and then the poll cost more than the volatile read.
     */
    public static final MethodHandle STOPPING = SITE.dynamicInvoker();
    /** Runs that have exited and still have goroutines, plus preemption pulses (guarded by the class). */
    private static int reasons;

    /** Whether the running program has ended: the tree's poll of every loop trip. */
    public static boolean stopped(Run run) {
        try {
            return (boolean) STOPPING.invokeExact() && run.loopPoll();
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    /** Whether loops must call Run.loopPoll. */
    public static boolean stopping() {
        try {
            return (boolean) STOPPING.invokeExact();
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A reason to poll begins: a run is about to be marked exited (before any thread can see it
     * so), or a Monitor asks running goroutines to yield.
     */
    static synchronized void hold() {
        if (reasons++ == 0) SITE.setTarget(TRUE);
    }

    /** A reason ends: an exited run's last goroutine has ended, or a preemption pulse is over. */
    static synchronized void release() {
        if (--reasons == 0) SITE.setTarget(FALSE);
    }
}
