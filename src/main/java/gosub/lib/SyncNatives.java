package gosub.lib;

import gosub.exec.NativeFn;
import gosub.runtime.*;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * sync's blocking primitives. Each waits through the scheduler (park/ready under the run
 * lock) with Go's wait reason, so deadlocks involving them are detected and reported. A
 * parked goroutine returns without the lock: whoever woke it did its bookkeeping.
 */
final class SyncNatives {
    private SyncNatives() {}

    static final class MutexState {
        boolean locked;
        final ArrayDeque<Goroutine> waiters = new ArrayDeque<>();
    }

    static final class RWState {
        int readers;
        boolean writer;
        final ArrayDeque<Goroutine> readq = new ArrayDeque<>();
        final ArrayDeque<Goroutine> writeq = new ArrayDeque<>();
    }

    static final class WaitGroupState {
        long counter;
        final ArrayDeque<Goroutine> waiters = new ArrayDeque<>();
    }

    static final class CondState {
        long wait, notify;
        final TreeMap<Long, Goroutine> waiters = new TreeMap<>();
    }

    /** The runtime state in field `field` of the struct the receiver points to (lock held). */
    @SuppressWarnings("unchecked")
    static <T> T state(Object recv, int field, Supplier<T> make) {
        StructValue s = (StructValue) ((Pointer) recv).load();
        Object st = s.fields[field];
        if (st == null) {
            st = make.get();
            s.fields[field] = st;
        }
        return (T) st;
    }

    interface Locked {
        Object run(Scheduler s);
    }

    static Object locked(Goroutine g, Locked body) {
        Scheduler s = g.run.scheduler;
        s.lock();
        try {
            return body.run(s);
        } finally {
            s.unlockIfHeld();
        }
    }

    static void register(Map<String, NativeFn> m) {
        // As Go's mutex in normal mode: Unlock wakes a waiter without handing it the lock, so a
        // running goroutine may take it first (a hand-off on every Unlock forms a convoy that
        // costs a goroutine switch per critical section); a woken waiter that loses goes back
        // to the front of the queue.
        m.put("sync.(*Mutex).Lock", (a, g, p) -> locked(g, s -> {
            MutexState st = state(a[0], 0, MutexState::new);
            boolean woken = false;
            while (st.locked) {
                if (woken) st.waiters.addFirst(g);
                else st.waiters.add(g);
                s.park(g, "sync.Mutex.Lock", p, false);
                s.lock();
                woken = true;
            }
            st.locked = true;
            return null;
        }));
        m.put("sync.(*Mutex).TryLock", (a, g, p) -> locked(g, s -> {
            MutexState st = state(a[0], 0, MutexState::new);
            if (st.locked) return false;
            st.locked = true;
            return true;
        }));
        m.put("sync.(*Mutex).Unlock", (a, g, p) -> locked(g, s -> {
            MutexState st = state(a[0], 0, MutexState::new);
            if (!st.locked) fatal(g, "sync: unlock of unlocked mutex");
            st.locked = false;
            Goroutine next = st.waiters.poll();
            if (next != null) s.ready(next);
            return null;
        }));
        m.put("sync.(*RWMutex).RLock", (a, g, p) -> locked(g, s -> {
            RWState st = state(a[0], 0, RWState::new);
            if (!st.writer && st.writeq.isEmpty()) {
                st.readers++;
                return null;
            }
            st.readq.add(g);
            s.park(g, "sync.RWMutex.RLock", p, false);
            return null;
        }));
        m.put("sync.(*RWMutex).TryRLock", (a, g, p) -> locked(g, s -> {
            RWState st = state(a[0], 0, RWState::new);
            if (st.writer || !st.writeq.isEmpty()) return false;
            st.readers++;
            return true;
        }));
        m.put("sync.(*RWMutex).RUnlock", (a, g, p) -> locked(g, s -> {
            RWState st = state(a[0], 0, RWState::new);
            if (st.readers <= 0) fatal(g, "sync: RUnlock of unlocked RWMutex");
            st.readers--;
            if (st.readers == 0 && !st.writeq.isEmpty()) {
                st.writer = true;
                s.ready(st.writeq.poll());
            }
            return null;
        }));
        m.put("sync.(*RWMutex).Lock", (a, g, p) -> locked(g, s -> {
            RWState st = state(a[0], 0, RWState::new);
            if (!st.writer && st.readers == 0) {
                st.writer = true;
                return null;
            }
            st.writeq.add(g);
            s.park(g, "sync.RWMutex.Lock", p, false);
            return null;
        }));
        m.put("sync.(*RWMutex).TryLock", (a, g, p) -> locked(g, s -> {
            RWState st = state(a[0], 0, RWState::new);
            if (st.writer || st.readers > 0) return false;
            st.writer = true;
            return true;
        }));
        m.put("sync.(*RWMutex).Unlock", (a, g, p) -> locked(g, s -> {
            RWState st = state(a[0], 0, RWState::new);
            if (!st.writer) fatal(g, "sync: Unlock of unlocked RWMutex");
            st.writer = false;
            if (!st.readq.isEmpty()) {
                while (!st.readq.isEmpty()) {
                    st.readers++;
                    s.ready(st.readq.poll());
                }
            } else if (!st.writeq.isEmpty()) {
                st.writer = true;
                s.ready(st.writeq.poll());
            }
            return null;
        }));
        m.put("sync.(*WaitGroup).Add", (a, g, p) -> locked(g, s -> {
            add(s, state(a[0], 0, WaitGroupState::new), (Long) a[1], p);
            return null;
        }));
        m.put("sync.(*WaitGroup).Done", (a, g, p) -> locked(g, s -> {
            add(s, state(a[0], 0, WaitGroupState::new), -1, p);
            return null;
        }));
        m.put("sync.(*WaitGroup).Wait", (a, g, p) -> locked(g, s -> {
            WaitGroupState st = state(a[0], 0, WaitGroupState::new);
            if (st.counter == 0) return null;
            st.waiters.add(g);
            s.park(g, "sync.WaitGroup.Wait", p, false);
            return null;
        }));
        m.put("sync.(*Cond).ticket", (a, g, p) -> locked(g, s -> state(a[0], 1, CondState::new).wait++));
        m.put("sync.(*Cond).wait", (a, g, p) -> locked(g, s -> {
            CondState st = state(a[0], 1, CondState::new);
            long t = (Long) a[1];
            if (t < st.notify) return null;
            st.waiters.put(t, g);
            s.park(g, "sync.Cond.Wait", p, false);
            return null;
        }));
        m.put("sync.(*Cond).Signal", (a, g, p) -> locked(g, s -> {
            CondState st = state(a[0], 1, CondState::new);
            if (st.notify == st.wait) return null;
            Goroutine w = st.waiters.remove(st.notify);
            st.notify++;
            if (w != null) s.ready(w);
            return null;
        }));
        m.put("sync.(*Cond).Broadcast", (a, g, p) -> locked(g, s -> {
            CondState st = state(a[0], 1, CondState::new);
            st.notify = st.wait;
            for (Goroutine w : st.waiters.values()) s.ready(w);
            st.waiters.clear();
            return null;
        }));
    }

    private static void add(Scheduler s, WaitGroupState st, long delta, gosub.syntax.Pos p) {
        st.counter += delta;
        if (st.counter < 0) {
            st.counter -= delta;
            throw new GoPanic(new Iface(gosub.types.Universe.STRING, GoString.of("sync: negative WaitGroup counter")), p, false);
        }
        if (st.counter == 0) {
            for (Goroutine w : st.waiters) s.ready(w);
            st.waiters.clear();
        }
    }

    /** Go's unrecoverable fatal errors (throw in the runtime): the program ends at once. */
    static void fatal(Goroutine g, String msg) {
        g.run.fatal(msg, "goroutine " + g.id + " [running]:\n" + g.funcName + "()\n");
        throw new ExitException();
    }
}
