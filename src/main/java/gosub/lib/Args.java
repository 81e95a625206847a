package gosub.lib;

import gosub.runtime.Elems;
import gosub.runtime.GoString;
import gosub.runtime.Slice;

/** Conversions between Go values and Java values for native functions. */
public final class Args {
    private Args() {}

    public static long i(Object v) {
        return (Long) v;
    }

    public static String str(Object v) {
        return ((GoString) v).toString();
    }

    public static GoString gs(String s) {
        return GoString.of(s);
    }

    /** The bytes of a []byte value. */
    public static byte[] bytes(Object v) {
        Slice s = (Slice) v;
        if (s == null) return new byte[0];
        return Elems.bytes(s.array, s.off, s.len);
    }

    /** Stores b[from:from+n] into the []byte s from its start. */
    public static void putBytes(Slice s, byte[] b, int from, int n) {
        if (s.array instanceof byte[] d) System.arraycopy(b, from, d, s.off, n);
        else for (int i = 0; i < n; i++) Elems.set(s.array, s.off + i, (long) (b[from + i] & 0xFF));
    }

    /** The elements of a slice value (interface values for ...any). */
    public static Object[] elems(Object v) {
        Slice s = (Slice) v;
        if (s == null) return new Object[0];
        return Elems.boxed(s.array, s.off, s.len);
    }

    public static Object[] tuple(Object... vs) {
        return vs;
    }
}
