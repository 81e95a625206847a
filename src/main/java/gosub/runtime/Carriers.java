package gosub.runtime;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * How many carrier threads run goroutines. Goroutines start on one: a hand-off between two
 * goroutines (a channel send to a waiting receiver) then stays on that carrier, where with
 * one carrier per core every hand-off woke the other core's carrier and moved the goroutine
 * there (ping-pong ran twice as long), and contended locks parked goroutines. A Monitor
 * widens the pool to one carrier per core, once and for good, when goroutines that could
 * run wait behind one that does not let go of the carrier (CPU work in parallel, or a loop
 * that waits for another goroutine without blocking).
 */
final class Carriers {
    private Carriers() {}

    static final String PARALLELISM = "jdk.virtualThreadScheduler.parallelism";
    static final int CORES = Runtime.getRuntime().availableProcessors();
    private static volatile boolean widened;

    /** Before the JDK makes its virtual-thread scheduler: start it with one carrier (unless set). */
    static void startNarrow() {
        if (System.getProperty(PARALLELISM) == null && CORES > 1) System.setProperty(PARALLELISM, "1");
    }

    static boolean widened() {
        return widened || CORES == 1;
    }

    /** The carriers goroutines run on (the Monitor's estimate). */
    static int count() {
        return widened() ? CORES : 1;
    }

    /** Gives the virtual-thread scheduler one carrier per core (from a platform thread). */
    static synchronized void widen() {
        if (widened) return;
        // Found through a carrier thread: there is one while a goroutine runs (or for 30 s after).
        ForkJoinPool pool = pool();
        if (pool == null) return;
        widened = true;
        if (pool.getParallelism() >= CORES) return;
        try {
            pool.setParallelism(CORES);
            // A pool starts a worker when a task arrives: this one finds the waiting goroutines.
            pool.execute(() -> {});
        } catch (UnsupportedOperationException e) {
            // A pool sized by a property given on the command line keeps its size.
        }
    }

    /** The virtual-thread scheduler, found through one of its carrier threads. */
    private static ForkJoinPool pool() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) root = root.getParent();
        Thread[] threads = new Thread[root.activeCount() + 16];
        int n = root.enumerate(threads, true);
        for (int i = 0; i < n; i++) {
            if (threads[i] instanceof ForkJoinWorkerThread w && w.getClass().getName().equals("jdk.internal.misc.CarrierThread")) {
                return w.getPool();
            }
        }
        return null;
    }
}
