package gosub.exec;

import gosub.runtime.Elems;
import java.util.Arrays;

/** Allocation and clearing of backing stores with their zero elements (a boxed store holds one fresh zero each). */
public final class Stores {
    private Stores() {}

    public static Object alloc(int kind, int n, ZeroValue zero) {
        return alloc(kind, n, zero, 0);
    }

    /** A store of n elements whose boxed elements from index from on are fresh zeros (the caller fills the rest). */
    static Object alloc(int kind, int n, ZeroValue zero, int from) {
        Object s = Elems.alloc(kind, n);
        if (s instanceof Object[] a) for (int i = from; i < n; i++) a[i] = zero.make();
        return s;
    }

    /** Sets [off, off+n) to zero values. */
    static void clear(Object store, int off, int n, ZeroValue zero) {
        switch (store) {
            case long[] a -> Arrays.fill(a, off, off + n, 0L);
            case byte[] a -> Arrays.fill(a, off, off + n, (byte) 0);
            case double[] a -> Arrays.fill(a, off, off + n, 0.0);
            case boolean[] a -> Arrays.fill(a, off, off + n, false);
            default -> {
                Object[] a = (Object[]) store;
                for (int i = 0; i < n; i++) a[off + i] = zero.make();
            }
        }
    }
}
