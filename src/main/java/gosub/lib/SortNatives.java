package gosub.lib;

import gosub.exec.NativeFn;
import gosub.runtime.*;
import gosub.syntax.Pos;
import gosub.types.Type;
import java.util.Map;

/** sort: Go's algorithms (Pdqsort) over Go values, calling back into Go for Less and Swap. */
final class SortNatives {
    private SortNatives() {}

    /** A Data over a sort.Interface value, calling its Less and Swap methods. */
    static Pdqsort.Data iface(Object data, Goroutine g, Pos p) {
        if (data == null) throw Panics.nilDeref(p);
        Iface d = (Iface) data;
        MethodCaller mc = g.run.methods;
        return new Pdqsort.Data() {
            public boolean less(int i, int j) {
                return (Boolean) mc.call(d.type(), d.value(), "Less", new Object[] {(long) i, (long) j}, g, p);
            }

            public void swap(int i, int j) {
                mc.call(d.type(), d.value(), "Swap", new Object[] {(long) i, (long) j}, g, p);
            }
        };
    }

    static String kindName(Type t) {
        if (t == null) return "zero";
        return switch (t.underlying()) {
            case Type.Basic b -> b.name;
            case Type.Pointer x -> "ptr";
            case Type.Array x -> "array";
            case Type.MapT x -> "map";
            case Type.Chan x -> "chan";
            case Type.Signature x -> "func";
            case Type.Struct x -> "struct";
            case Type.Interface x -> "interface";
            default -> "invalid";
        };
    }

    /** The slice inside x (an any holding a slice), as reflectlite.Swapper checks it. */
    static Slice slice(Object x, Pos p) {
        Iface i = (Iface) x;
        if (i == null || !(i.type().underlying() instanceof Type.Slice)) {
            String kind = i == null ? "zero" : kindName(i.type());
            throw new GoPanic(new Iface(gosub.types.Universe.STRING,
                    GoString.of("reflect: call of Swapper on " + kind + " Value")), p, false);
        }
        return (Slice) i.value();
    }

    /** A Data over a slice with a Go less function; swaps exchange the elements. */
    static Pdqsort.Data func(Slice s, Object less, Goroutine g, Pos p) {
        MethodCaller mc = g.run.methods;
        return new Pdqsort.Data() {
            public boolean less(int i, int j) {
                return (Boolean) mc.callFunc(less, new Object[] {(long) i, (long) j}, g, p);
            }

            public void swap(int i, int j) {
                Elems.swap(s.array, s.off + i, s.off + j);
            }
        };
    }

    interface Less {
        boolean less(Object a, Object b);
    }

    /** A Data over a slice of basic values compared directly (IntSlice, StringSlice, Float64Slice). */
    static Pdqsort.Data direct(Slice s, Less less) {
        return new Pdqsort.Data() {
            public boolean less(int i, int j) {
                return less.less(Elems.get(s.array, s.off + i), Elems.get(s.array, s.off + j));
            }

            public void swap(int i, int j) {
                Elems.swap(s.array, s.off + i, s.off + j);
            }
        };
    }

    static final Less INTS = (a, b) -> (Long) a < (Long) b;
    static final Less STRINGS = (a, b) -> ((GoString) a).compareTo((GoString) b) < 0;
    static final Less FLOATS = (a, b) -> {
        double x = (Double) a, y = (Double) b;
        return x < y || (Double.isNaN(x) && !Double.isNaN(y));
    };

    static void sortDirect(Object x, Less less) {
        Slice s = (Slice) x;
        if (s == null || s.len <= 1) return;
        // Equal ints are indistinguishable, so any correct sort gives Go's result.
        if (less == INTS && s.array instanceof long[] l) {
            java.util.Arrays.sort(l, s.off, s.off + s.len);
            return;
        }
        Pdqsort.sort(direct(s, less), s.len);
    }

    static void register(Map<String, NativeFn> m) {
        m.put("sort.pdqsort", (a, g, p) -> {
            Pdqsort.sort(iface(a[0], g, p), (int) (long) (Long) a[1]);
            return null;
        });
        m.put("sort.stable", (a, g, p) -> {
            Pdqsort.stable(iface(a[0], g, p), (int) (long) (Long) a[1]);
            return null;
        });
        m.put("sort.Slice", (a, g, p) -> {
            Slice s = slice(a[0], p);
            int n = s == null ? 0 : s.len;
            Pdqsort.sort(func(s, a[1], g, p), n);
            return null;
        });
        m.put("sort.SliceStable", (a, g, p) -> {
            Slice s = slice(a[0], p);
            int n = s == null ? 0 : s.len;
            Pdqsort.stable(func(s, a[1], g, p), n);
            return null;
        });
        m.put("sort.sliceLen", (a, g, p) -> {
            Iface i = (Iface) a[0];
            if (i == null || !(i.type().underlying() instanceof Type.Slice)) {
                String kind = i == null ? "zero" : kindName(i.type());
                throw new GoPanic(new Iface(gosub.types.Universe.STRING,
                        GoString.of("reflect: call of reflect.Value.Len on " + kind + " Value")), p, false);
            }
            Slice s = (Slice) i.value();
            return (long) (s == null ? 0 : s.len);
        });
        m.put("sort.Ints", (a, g, p) -> {
            sortDirect(a[0], INTS);
            return null;
        });
        m.put("sort.Strings", (a, g, p) -> {
            sortDirect(a[0], STRINGS);
            return null;
        });
        m.put("sort.Float64s", (a, g, p) -> {
            sortDirect(a[0], FLOATS);
            return null;
        });
    }
}
