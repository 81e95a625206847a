package gosub.lib;

import gosub.runtime.GoPanic;
import gosub.runtime.GoString;
import gosub.runtime.Goroutine;
import gosub.runtime.Iface;
import gosub.runtime.Scheduler;
import gosub.syntax.Pos;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;

/**
 * sync.WaitGroup, as Go's: the counter (high 32 bits) and the number of waiters (low 32) in
 * one atomic word, so Add and Done take the run lock only to wake waiters, and a Wait on a
 * zero counter never takes it. Waiters register and queue under the run lock and park
 * through the scheduler, so a Wait that never ends is a deadlock Go would report.
 */
final class SyncWaitGroup {
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(SyncWaitGroup.class, "state", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile long state;
    /** Guarded by the run lock. */
    private final ArrayList<Goroutine> waiters = new ArrayList<>();

    static SyncWaitGroup of(Object recv) {
        return SyncNatives.state(recv, SyncWaitGroup.class, SyncWaitGroup::new);
    }

    void add(long delta, Goroutine g, Pos p) {
        long d = delta << 32;
        long v = (long) STATE.getAndAdd(this, d) + d;
        long counter = v >> 32;
        if (counter < 0) {
            STATE.getAndAdd(this, -d);
            throw new GoPanic(new Iface(gosub.types.Universe.STRING, GoString.of("sync: negative WaitGroup counter")), p, false);
        }
        if (counter > 0 || (int) v == 0) return;
        Scheduler s = g.run.scheduler;
        s.lock();
        try {
            // Every waiter counted has queued (both happen under the run lock).
            int n = waiters.size();
            STATE.getAndAdd(this, (long) -n);
            for (Goroutine w : waiters) s.ready(w);
            waiters.clear();
        } finally {
            s.unlock();
        }
    }

    void await(Goroutine g, Pos p) {
        if (state >>> 32 == 0) return;
        Scheduler s = g.run.scheduler;
        s.lock();
        try {
            for (;;) {
                long v = state;
                if (v >>> 32 == 0) return;
                if (STATE.compareAndSet(this, v, v + 1)) break;
            }
            waiters.add(g);
            s.block(g, "sync.WaitGroup.Wait", p, false);
        } finally {
            s.unlock();
        }
        s.await(g);
    }
}
