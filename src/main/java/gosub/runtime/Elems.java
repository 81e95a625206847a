package gosub.runtime;

import java.util.Arrays;

/**
 * The backing stores of slices and arrays. A store is an Object[] (boxed elements), or for
 * elements of basic type a primitive array: long[] for integers (uint8 excepted), byte[] for
 * uint8/byte, double[] for floats, boolean[] for bools. The element type decides the store at
 * compile time; generic code (fmt, sort, copy, natives) goes through these accessors, which box.
 */
public final class Elems {
    private Elems() {}

    public static final int OBJ = 0, LONG = 1, DOUBLE = 2, BOOL = 3, BYTE = 4;

    /** A store of n zero elements; OBJ stores are left null for the caller to fill. */
    public static Object alloc(int kind, int n) {
        return switch (kind) {
            case LONG -> new long[n];
            case DOUBLE -> new double[n];
            case BOOL -> new boolean[n];
            case BYTE -> new byte[n];
            default -> new Object[n];
        };
    }

    public static int kindOf(Object store) {
        return switch (store) {
            case long[] a -> LONG;
            case double[] a -> DOUBLE;
            case boolean[] a -> BOOL;
            case byte[] a -> BYTE;
            default -> OBJ;
        };
    }

    public static int length(Object store) {
        return switch (store) {
            case Object[] a -> a.length;
            case long[] a -> a.length;
            case byte[] a -> a.length;
            case double[] a -> a.length;
            case boolean[] a -> a.length;
            default -> throw new IllegalStateException("not a store: " + store.getClass());
        };
    }

    /** Element i as the interpreter's boxed value (Long, Double, Boolean or the object). */
    public static Object get(Object store, int i) {
        return switch (store) {
            case Object[] a -> a[i];
            case long[] a -> a[i];
            case byte[] a -> (long) (a[i] & 0xFF);
            case double[] a -> a[i];
            case boolean[] a -> a[i];
            default -> throw new IllegalStateException("not a store: " + store.getClass());
        };
    }

    public static void set(Object store, int i, Object v) {
        switch (store) {
            case Object[] a -> a[i] = v;
            case long[] a -> a[i] = (Long) v;
            case byte[] a -> a[i] = (byte) (long) (Long) v;
            case double[] a -> a[i] = (Double) v;
            case boolean[] a -> a[i] = (Boolean) v;
            default -> throw new IllegalStateException("not a store: " + store.getClass());
        }
    }

    /** A new store of the same kind holding a copy of [from, to); Object elements are not deep-copied. */
    public static Object copyOfRange(Object store, int from, int to) {
        return switch (store) {
            case Object[] a -> Arrays.copyOfRange(a, from, to);
            case long[] a -> Arrays.copyOfRange(a, from, to);
            case byte[] a -> Arrays.copyOfRange(a, from, to);
            case double[] a -> Arrays.copyOfRange(a, from, to);
            case boolean[] a -> Arrays.copyOfRange(a, from, to);
            default -> throw new IllegalStateException("not a store: " + store.getClass());
        };
    }

    /**
     * Copies n elements like System.arraycopy (overlap-safe), deep-copying struct and array
     * values; stores of different kinds (never made by compiled code) are copied element-wise.
     */
    public static void copy(Object src, int srcOff, Object dst, int dstOff, int n) {
        if (n <= 0) return;
        if (src.getClass() == dst.getClass()) {
            System.arraycopy(src, srcOff, dst, dstOff, n);
            if (dst instanceof Object[] d) for (int i = 0; i < n; i++) d[dstOff + i] = Values.copyValue(d[dstOff + i]);
            return;
        }
        Object[] tmp = new Object[n];
        for (int i = 0; i < n; i++) tmp[i] = Values.copyValue(get(src, srcOff + i));
        for (int i = 0; i < n; i++) set(dst, dstOff + i, tmp[i]);
    }

    /** A store of the given kind with the values (boxed) in order. */
    public static Object of(int kind, Object[] values) {
        if (kind == OBJ) return values;
        Object s = alloc(kind, values.length);
        for (int i = 0; i < values.length; i++) set(s, i, values[i]);
        return s;
    }

    /** The elements of [off, off+n) boxed, in a fresh Object[]. */
    public static Object[] boxed(Object store, int off, int n) {
        Object[] out = new Object[n];
        if (store instanceof Object[] a) System.arraycopy(a, off, out, 0, n);
        else for (int i = 0; i < n; i++) out[i] = get(store, off + i);
        return out;
    }

    /** The bytes of a window on a store of bytes (any store of integers: copied element-wise). */
    public static byte[] bytes(Object store, int off, int n) {
        if (store instanceof byte[] b) return Arrays.copyOfRange(b, off, off + n);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) out[i] = (byte) (long) (Long) get(store, off + i);
        return out;
    }

    /** Swaps elements i and j (sort.Slice). */
    public static void swap(Object store, int i, int j) {
        switch (store) {
            case long[] a -> {
                long t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            case Object[] a -> {
                Object t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            default -> {
                Object t = get(store, i);
                set(store, i, get(store, j));
                set(store, j, t);
            }
        }
    }
}
