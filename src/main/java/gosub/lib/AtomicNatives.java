package gosub.lib;

import gosub.exec.NativeFn;
import gosub.runtime.*;
import gosub.syntax.Pos;
import gosub.types.TypeOps;
import gosub.types.Universe;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongUnaryOperator;

/** sync/atomic: every operation holds one lock, so atomics exclude each other. */
final class AtomicNatives {
    private AtomicNatives() {}

    static final ReentrantLock LOCK = new ReentrantLock();

    private static final String[] KINDS = {"Int32", "Int64", "Uint32", "Uint64", "Uintptr"};

    /** Normalises v to the width of the kind, as the runtime stores it. */
    private static LongUnaryOperator norm(String kind) {
        return switch (kind) {
            case "Int32" -> v -> (int) v;
            case "Uint32" -> v -> v & 0xFFFFFFFFL;
            default -> v -> v;
        };
    }

    private static Pointer ptr(Object p, Pos pos) {
        if (p == null) throw Panics.nilDeref(pos);
        return (Pointer) p;
    }

    private static GoPanic panic(String msg, Pos pos) {
        return new GoPanic(new Iface(Universe.STRING, GoString.of(msg)), pos, false);
    }

    static void register(Map<String, NativeFn> m) {
        for (String k : KINDS) {
            LongUnaryOperator n = norm(k);
            m.put("sync/atomic.Swap" + k, (a, g, p) -> {
                Pointer ptr = ptr(a[0], p);
                LOCK.lock();
                try {
                    Object old = ptr.load();
                    ptr.store(a[1]);
                    return old;
                } finally {
                    LOCK.unlock();
                }
            });
            m.put("sync/atomic.CompareAndSwap" + k, (a, g, p) -> {
                Pointer ptr = ptr(a[0], p);
                LOCK.lock();
                try {
                    if ((long) (Long) ptr.load() != (long) (Long) a[1]) return false;
                    ptr.store(a[2]);
                    return true;
                } finally {
                    LOCK.unlock();
                }
            });
            m.put("sync/atomic.Add" + k, (a, g, p) -> {
                Pointer ptr = ptr(a[0], p);
                LOCK.lock();
                try {
                    Long v = n.applyAsLong((Long) ptr.load() + (Long) a[1]);
                    ptr.store(v);
                    return v;
                } finally {
                    LOCK.unlock();
                }
            });
            m.put("sync/atomic.Load" + k, (a, g, p) -> {
                Pointer ptr = ptr(a[0], p);
                LOCK.lock();
                try {
                    return ptr.load();
                } finally {
                    LOCK.unlock();
                }
            });
            m.put("sync/atomic.Store" + k, (a, g, p) -> {
                Pointer ptr = ptr(a[0], p);
                LOCK.lock();
                try {
                    ptr.store(a[1]);
                    return null;
                } finally {
                    LOCK.unlock();
                }
            });
        }
        m.put("sync/atomic.lock", (a, g, p) -> {
            LOCK.lock();
            return null;
        });
        m.put("sync/atomic.unlock", (a, g, p) -> {
            LOCK.unlock();
            return null;
        });
        m.put("sync/atomic.(*Value).Load", (a, g, p) -> {
            StructValue v = (StructValue) ptr(a[0], p).load();
            LOCK.lock();
            try {
                return v.fields[0];
            } finally {
                LOCK.unlock();
            }
        });
        m.put("sync/atomic.(*Value).Store", (a, g, p) -> {
            StructValue v = (StructValue) ptr(a[0], p).load();
            Iface val = (Iface) a[1];
            if (val == null) throw panic("sync/atomic: store of nil value into Value", p);
            LOCK.lock();
            try {
                Iface cur = (Iface) v.fields[0];
                if (cur != null && !TypeOps.identical(cur.type(), val.type())) {
                    throw panic("sync/atomic: store of inconsistently typed value into Value", p);
                }
                v.fields[0] = val;
                return null;
            } finally {
                LOCK.unlock();
            }
        });
        m.put("sync/atomic.(*Value).Swap", (a, g, p) -> {
            StructValue v = (StructValue) ptr(a[0], p).load();
            Iface val = (Iface) a[1];
            if (val == null) throw panic("sync/atomic: swap of nil value into Value", p);
            LOCK.lock();
            try {
                Iface cur = (Iface) v.fields[0];
                if (cur != null && !TypeOps.identical(cur.type(), val.type())) {
                    throw panic("sync/atomic: swap of inconsistently typed value into Value", p);
                }
                v.fields[0] = val;
                return cur;
            } finally {
                LOCK.unlock();
            }
        });
        m.put("sync/atomic.(*Value).CompareAndSwap", (a, g, p) -> {
            StructValue v = (StructValue) ptr(a[0], p).load();
            Iface old = (Iface) a[1], val = (Iface) a[2];
            if (val == null) throw panic("sync/atomic: compare and swap of nil value into Value", p);
            if (old != null && !TypeOps.identical(old.type(), val.type())) {
                throw panic("sync/atomic: compare and swap of inconsistently typed values", p);
            }
            LOCK.lock();
            try {
                Iface cur = (Iface) v.fields[0];
                if (cur == null) {
                    if (old != null) return false;
                    v.fields[0] = val;
                    return true;
                }
                if (!TypeOps.identical(cur.type(), val.type())) {
                    throw panic("sync/atomic: compare and swap of inconsistently typed value into Value", p);
                }
                if (!cur.equals(old)) return false;
                v.fields[0] = val;
                return true;
            } finally {
                LOCK.unlock();
            }
        });
    }
}
