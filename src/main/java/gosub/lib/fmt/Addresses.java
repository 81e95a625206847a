package gosub.lib.fmt;

import gosub.runtime.Elems;
import gosub.exec.FuncValue;
import gosub.runtime.Cell;
import gosub.runtime.ElemPointer;
import gosub.runtime.FieldPointer;
import gosub.runtime.Goroutine;
import gosub.runtime.Slice;
import gosub.types.Sizes;
import gosub.types.Type;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * Fake but stable machine addresses for %p and for pointers printed as numbers: each heap
 * object gets an address the first time fmt sees it (0xc000012000 upwards, laid out by
 * size), each function's code one near 0x47e000. One table per run; objects are held weakly.
 */
final class Addresses {
    private static final Addresses SHARED = new Addresses();

    private final IdentityTable heap = new IdentityTable(0xc000012000L);
    private final IdentityTable code = new IdentityTable(0x47e000L);

    static Addresses of(Goroutine g) {
        if (g == null || g.run == null) return SHARED;
        return (Addresses) g.run.libState.computeIfAbsent(Addresses.class, k -> new Addresses());
    }

    /** reflect.Value.Pointer() for a chan, func, map, pointer, slice or unsafe pointer. */
    long pointer(RVal value) {
        Object v = value.v();
        if (v == null) return 0;
        switch (value.kind()) {
            case POINTER -> {
                Type elem = ((Type.Pointer) value.type().underlying()).elem;
                long es = Sizes.sizeOf(elem);
                return switch (v) {
                    case Cell c -> heap.address(c, es);
                    case ElemPointer e -> heap.address(e.array(), es * Elems.length(e.array())) + es * e.index();
                    case FieldPointer f -> heap.address(f.struct(), 8L * f.struct().fields.length) + 8L * f.index();
                    default -> heap.address(v, es);
                };
            }
            case SLICE -> {
                Slice s = (Slice) v;
                long es = Sizes.sizeOf(((Type.Slice) value.type().underlying()).elem);
                return heap.address(s.array, es * Elems.length(s.array)) + es * s.off;
            }
            case MAP -> {
                return heap.address(v, 48);
            }
            case CHAN -> {
                return heap.address(v, 96);
            }
            case FUNC -> {
                return code.address(v instanceof FuncValue f && f.code != null ? f.code : v, 0x60);
            }
            case UNSAFE_POINTER -> {
                return v instanceof Long l ? l : heap.address(v, 8);
            }
            default -> {
                return 0;
            }
        }
    }

    /** Assigns addresses to objects by identity, without keeping them alive. */
    private static final class IdentityTable {
        private final Map<Key, Long> map = new HashMap<>();
        private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
        private long next;

        IdentityTable(long base) {
            next = base;
        }

        synchronized long address(Object o, long size) {
            for (Object k; (k = queue.poll()) != null; ) map.remove(k);
            Long a = map.get(new Key(o, null));
            if (a != null) return a;
            long addr = next;
            long step = size <= 8 ? 8 : Sizes.align(size, 16);
            next += Math.min(step, 1L << 32);
            map.put(new Key(o, queue), addr);
            return addr;
        }
    }

    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object o, ReferenceQueue<Object> q) {
            super(o, q);
            hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof Key k)) return false;
            Object a = get();
            return a != null && a == k.get();
        }
    }
}
