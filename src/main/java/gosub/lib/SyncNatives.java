package gosub.lib;

import gosub.exec.NativeFn;
import gosub.runtime.*;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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

    static final class RWState {
        int readers;
        boolean writer;
        final ArrayDeque<Goroutine> readq = new ArrayDeque<>();
        final ArrayDeque<Goroutine> writeq = new ArrayDeque<>();
    }

    static final class CondState {
        long wait, notify;
        final TreeMap<Long, Goroutine> waiters = new TreeMap<>();
    }

    private static final VarHandle FIELD = MethodHandles.arrayElementVarHandle(Object[].class);

    /**
     * The runtime state in field 0 of the struct the receiver points to, made on first use.
     * Taken without the run lock (Mutex and WaitGroup have paths that never take it).
     */
    static <T> T state(Object recv, Class<T> type, Supplier<T> make) {
        return state(recv, 0, type, make);
    }

    static <T> T state(Object recv, int field, Class<T> type, Supplier<T> make) {
        Object[] fields = ((StructValue) ((Pointer) recv).load()).fields;
        Object st = FIELD.getAcquire(fields, field);
        if (st == null) {
            T made = make.get();
            st = FIELD.compareAndExchange(fields, field, (Object) null, (Object) made);
            if (st == null) st = made;
        }
        return type.cast(st);
    }

    interface Locked {
        Object run(Scheduler s);
    }

    /** Runs body under the run lock (for operations that never park). */
    static Object locked(Goroutine g, Locked body) {
        Scheduler s = g.run.scheduler;
        s.lock();
        try {
            return body.run(s);
        } finally {
            s.unlock();
        }
    }

    interface Blocking {
        /** Returns whether it blocked the goroutine (Scheduler.block): it then parks. */
        boolean run(Scheduler s);
    }

    /** Runs body under the run lock, then parks if body blocked; returns null (Go: no result). */
    static Object blocking(Goroutine g, Blocking body) {
        Scheduler s = g.run.scheduler;
        boolean blocked;
        s.lock();
        try {
            blocked = body.run(s);
        } finally {
            s.unlock();
        }
        if (blocked) s.await(g);
        return null;
    }

    static void register(Map<String, NativeFn> m) {
        m.put("sync.(*Mutex).Lock", (a, g, p) -> {
            SyncMutex.of(a[0]).lock(g, p);
            return null;
        });
        m.put("sync.(*Mutex).TryLock", (a, g, p) -> SyncMutex.of(a[0]).tryLock());
        m.put("sync.(*Mutex).Unlock", (a, g, p) -> {
            SyncMutex.of(a[0]).unlock(g);
            return null;
        });
        m.put("sync.(*RWMutex).RLock", (a, g, p) -> blocking(g, s -> {
            RWState st = state(a[0], RWState.class, RWState::new);
            if (!st.writer && st.writeq.isEmpty()) {
                st.readers++;
                return false;
            }
            st.readq.add(g);
            s.block(g, "sync.RWMutex.RLock", p, false);
            return true;
        }));
        m.put("sync.(*RWMutex).TryRLock", (a, g, p) -> locked(g, s -> {
            RWState st = state(a[0], RWState.class, RWState::new);
            if (st.writer || !st.writeq.isEmpty()) return false;
            st.readers++;
            return true;
        }));
        m.put("sync.(*RWMutex).RUnlock", (a, g, p) -> locked(g, s -> {
            RWState st = state(a[0], RWState.class, RWState::new);
            if (st.readers <= 0) fatal(g, "sync: RUnlock of unlocked RWMutex");
            st.readers--;
            if (st.readers == 0 && !st.writeq.isEmpty()) {
                st.writer = true;
                s.ready(st.writeq.poll());
            }
            return null;
        }));
        m.put("sync.(*RWMutex).Lock", (a, g, p) -> blocking(g, s -> {
            RWState st = state(a[0], RWState.class, RWState::new);
            if (!st.writer && st.readers == 0) {
                st.writer = true;
                return false;
            }
            st.writeq.add(g);
            s.block(g, "sync.RWMutex.Lock", p, false);
            return true;
        }));
        m.put("sync.(*RWMutex).TryLock", (a, g, p) -> locked(g, s -> {
            RWState st = state(a[0], RWState.class, RWState::new);
            if (st.writer || st.readers > 0) return false;
            st.writer = true;
            return true;
        }));
        m.put("sync.(*RWMutex).Unlock", (a, g, p) -> locked(g, s -> {
            RWState st = state(a[0], RWState.class, RWState::new);
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
        m.put("sync.(*WaitGroup).Add", (a, g, p) -> {
            SyncWaitGroup.of(a[0]).add((Long) a[1], g, p);
            return null;
        });
        m.put("sync.(*WaitGroup).Done", (a, g, p) -> {
            SyncWaitGroup.of(a[0]).add(-1, g, p);
            return null;
        });
        m.put("sync.(*WaitGroup).Wait", (a, g, p) -> {
            SyncWaitGroup.of(a[0]).await(g, p);
            return null;
        });
        m.put("sync.(*Cond).ticket", (a, g, p) -> locked(g, s -> state(a[0], 1, CondState.class, CondState::new).wait++));
        m.put("sync.(*Cond).wait", (a, g, p) -> blocking(g, s -> {
            CondState st = state(a[0], 1, CondState.class, CondState::new);
            long t = (Long) a[1];
            if (t < st.notify) return false;
            st.waiters.put(t, g);
            s.block(g, "sync.Cond.Wait", p, false);
            return true;
        }));
        m.put("sync.(*Cond).Signal", (a, g, p) -> locked(g, s -> {
            CondState st = state(a[0], 1, CondState.class, CondState::new);
            if (st.notify == st.wait) return null;
            Goroutine w = st.waiters.remove(st.notify);
            st.notify++;
            if (w != null) s.ready(w);
            return null;
        }));
        m.put("sync.(*Cond).Broadcast", (a, g, p) -> locked(g, s -> {
            CondState st = state(a[0], 1, CondState.class, CondState::new);
            st.notify = st.wait;
            for (Goroutine w : st.waiters.values()) s.ready(w);
            st.waiters.clear();
            return null;
        }));
    }

    /** Go's unrecoverable fatal errors (throw in the runtime): the program ends at once. */
    static void fatal(Goroutine g, String msg) {
        g.run.fatal(msg, "goroutine " + g.id + " [running]:\n" + g.funcName + "()\n");
        throw new ExitException();
    }
}
