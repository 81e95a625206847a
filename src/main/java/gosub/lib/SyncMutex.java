package gosub.lib;

import gosub.runtime.Goroutine;
import gosub.runtime.Scheduler;
import gosub.syntax.Pos;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;

/**
 * sync.Mutex, as Go's in normal mode. An uncontended Lock or Unlock is one compare-and-set on
 * state and never takes the run lock; a goroutine that must wait registers under the run lock
 * (state counts it) and parks through the scheduler, so deadlocks are still seen. Unlock wakes
 * a waiter without handing it the mutex: a running goroutine may take it first (a hand-off on
 * every Unlock forms a convoy), and a woken waiter that loses goes back to the front.
 */
final class SyncMutex {
    private static final int LOCKED = 1, WAITER = 2;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(SyncMutex.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** LOCKED, plus WAITER for each goroutine in waiters. */
    private volatile int state;
    /** Guarded by the run lock. */
    private final ArrayDeque<Goroutine> waiters = new ArrayDeque<>();

    /** The mutex of the struct recv points to (its state field, made on first use). */
    static SyncMutex of(Object recv) {
        return SyncNatives.state(recv, SyncMutex.class, SyncMutex::new);
    }

    boolean tryLock() {
        int v = state;
        return (v & LOCKED) == 0 && STATE.compareAndSet(this, v, v | LOCKED);
    }

    void lock(Goroutine g, Pos p) {
        if (STATE.compareAndSet(this, 0, LOCKED)) return;
        // Critical sections are short: try a little before parking.
        for (int i = 0; i < SPINS; i++) {
            Thread.onSpinWait();
            if (tryLock()) return;
        }
        Scheduler s = g.run.scheduler;
        s.lock();
        try {
            if (lockOrRegister()) return;
            waiters.add(g);
            s.block(g, "sync.Mutex.Lock", p, false);
        } finally {
            s.unlock();
        }
        s.await(g);
        relock(g, p);
    }

    private static final int SPINS = 50;

    /** Takes the mutex or counts the caller as a waiter (run lock held); true if taken. */
    private boolean lockOrRegister() {
        for (;;) {
            int v = state;
            if ((v & LOCKED) == 0) {
                if (STATE.compareAndSet(this, v, v | LOCKED)) return true;
            } else if (STATE.compareAndSet(this, v, v + WAITER)) {
                return false;
            }
        }
    }

    /**
     * A woken waiter tries again. Separate from lock: its branches must see only goroutines
     * that parked (see Scheduler.block).
     */
    private void relock(Goroutine g, Pos p) {
        Scheduler s = g.run.scheduler;
        for (;;) {
            s.lock();
            try {
                if (lockOrRegisterWoken()) return;
                waiters.addFirst(g);
                s.block(g, "sync.Mutex.Lock", p, false);
            } finally {
                s.unlock();
            }
            s.await(g);
        }
    }

    /** lockOrRegister for a woken waiter (a copy, for the reason relock gives). */
    private boolean lockOrRegisterWoken() {
        for (;;) {
            int v = state;
            if ((v & LOCKED) == 0) {
                if (STATE.compareAndSet(this, v, v | LOCKED)) return true;
            } else if (STATE.compareAndSet(this, v, v + WAITER)) {
                return false;
            }
        }
    }

    void unlock(Goroutine g) {
        if (STATE.compareAndSet(this, LOCKED, 0)) return;
        Scheduler s = g.run.scheduler;
        s.lock();
        try {
            // Waiters register and queue under the run lock, so one counted is queued.
            for (;;) {
                int v = state;
                if ((v & LOCKED) == 0) SyncNatives.fatal(g, "sync: unlock of unlocked mutex");
                int next = v >= WAITER ? v - LOCKED - WAITER : v - LOCKED;
                if (STATE.compareAndSet(this, v, next)) {
                    if (v >= WAITER) s.ready(waiters.poll());
                    return;
                }
            }
        } finally {
            s.unlock();
        }
    }
}
