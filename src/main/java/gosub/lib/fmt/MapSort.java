package gosub.lib.fmt;

import gosub.runtime.Elems;
import gosub.runtime.ArrayValue;
import gosub.runtime.Complex;
import gosub.runtime.GoString;
import gosub.runtime.Iface;
import gosub.runtime.MapValue;
import gosub.runtime.StructValue;
import gosub.types.Obj;
import gosub.types.Type;
import gosub.types.TypeNames;
import gosub.types.TypeOps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * internal/fmtsort: the order in which fmt prints map entries. Numbers, strings and bools
 * by value (false before true, NaN first), pointers and channels by address, structs and
 * arrays element by element, interfaces by dynamic type first (nil first), then by value.
 */
final class MapSort {
    private MapSort() {}

    /** The entries of m as {key, value} pairs, sorted by key (a stable sort, like Go's). */
    static List<Object[]> sorted(MapValue m, Type keyType, Addresses addrs) {
        List<Object[]> entries = new ArrayList<>();
        if (m == null) return entries;
        for (Map.Entry<Object, Object> e : m.entries.entrySet()) entries.add(new Object[] {e.getKey(), e.getValue()});
        Object[][] a = entries.toArray(new Object[0][]);
        mergeSort(a, new Object[a.length][], 0, a.length, keyType, addrs);
        return List.of(a);
    }

    private static void mergeSort(Object[][] a, Object[][] tmp, int lo, int hi, Type t, Addresses addrs) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, t, addrs);
        mergeSort(a, tmp, mid, hi, t, addrs);
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || compare(t, tmp[j][0], tmp[i][0], addrs) >= 0)) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }

    /** fmtsort's compare of two keys of type t: negative, zero or positive. */
    static int compare(Type t, Object a, Object b, Addresses addrs) {
        switch (Kind.of(t)) {
            case INT -> {
                return Long.compare((Long) a, (Long) b);
            }
            case UINT -> {
                return Long.compareUnsigned((Long) a, (Long) b);
            }
            case STRING -> {
                return Integer.signum(((GoString) a).compareTo((GoString) b));
            }
            case FLOAT32, FLOAT64 -> {
                return floatCompare((Double) a, (Double) b);
            }
            case COMPLEX64, COMPLEX128 -> {
                Complex x = (Complex) a;
                Complex y = (Complex) b;
                int c = floatCompare(x.re(), y.re());
                return c != 0 ? c : floatCompare(x.im(), y.im());
            }
            case BOOL -> {
                return Boolean.compare((Boolean) a, (Boolean) b);
            }
            case POINTER, UNSAFE_POINTER, CHAN -> {
                if (Kind.of(t) == Kind.CHAN && (a == null || b == null)) return nilCompare(a, b);
                return Long.compareUnsigned(addrs.pointer(new RVal(t, a, false)), addrs.pointer(new RVal(t, b, false)));
            }
            case STRUCT -> {
                List<Obj.Var> fields = ((Type.Struct) t.underlying()).fields;
                Object[] x = ((StructValue) a).fields;
                Object[] y = ((StructValue) b).fields;
                for (int i = 0; i < fields.size(); i++) {
                    int c = compare(fields.get(i).type, x[i], y[i], addrs);
                    if (c != 0) return c;
                }
                return 0;
            }
            case ARRAY -> {
                Type elem = ((Type.Array) t.underlying()).elem;
                Object x = ((ArrayValue) a).elems;
                Object y = ((ArrayValue) b).elems;
                for (int i = 0; i < Elems.length(x); i++) {
                    int c = compare(elem, Elems.get(x, i), Elems.get(y, i), addrs);
                    if (c != 0) return c;
                }
                return 0;
            }
            case INTERFACE -> {
                if (a == null || b == null) return nilCompare(a, b);
                Iface x = (Iface) a;
                Iface y = (Iface) b;
                int c = typeCompare(x.type(), y.type());
                return c != 0 ? c : compare(x.type(), x.value(), y.value(), addrs);
            }
            default -> throw new IllegalStateException("bad type in compare: " + t);
        }
    }

    private static int nilCompare(Object a, Object b) {
        if (a == null) return b == null ? 0 : -1;
        return b == null ? 1 : 0;
    }

    private static int floatCompare(double a, double b) {
        if (Double.isNaN(a)) return -1;
        if (Double.isNaN(b)) return 1;
        return a < b ? -1 : a > b ? 1 : 0;
    }

    /**
     * Go orders dynamic types by the address of their type descriptors, which the linker
     * lays out by descriptor size, then by symbol name. This estimates both.
     */
    private static int typeCompare(Type a, Type b) {
        if (TypeOps.identical(a, b)) return 0;
        int c = Long.compare(descriptorSize(a), descriptorSize(b));
        if (c != 0) return c;
        c = ("type." + TypeNames.of(a, true)).compareTo("type." + TypeNames.of(b, true));
        if (c != 0) return c;
        return Integer.compare(System.identityHashCode(a), System.identityHashCode(b));
    }

    private static long descriptorSize(Type t) {
        long size = 48;
        int methods = 0;
        boolean uncommon = t instanceof Type.Named || t instanceof Type.Basic;
        if (t instanceof Type.Named n) {
            for (Obj.Func f : n.methods) if (!f.ptrRecv) methods++;
        } else if (t instanceof Type.Pointer p && p.elem instanceof Type.Named n && !n.methods.isEmpty()) {
            uncommon = true;
            methods = n.methods.size();
        }
        size += switch (t.underlying()) {
            case Type.Pointer p -> 8;
            case Type.Slice s -> 8;
            case Type.Array a -> 24;
            case Type.Chan ch -> 16;
            case Type.MapT m -> 40;
            case Type.Signature s -> 8 + 8L * (s.params.size() + s.results.size());
            case Type.Interface i -> 32 + 8L * i.methods.size();
            case Type.Struct s -> 32 + 24L * s.fields.size();
            default -> 0;
        };
        if (uncommon) size += 16 + 16L * methods;
        return size;
    }
}
