package gosub.lib;

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
        byte[] b = new byte[s.len];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (long) (Long) s.array[s.off + i];
        return b;
    }

    /** The elements of a slice value (interface values for ...any). */
    public static Object[] elems(Object v) {
        Slice s = (Slice) v;
        if (s == null) return new Object[0];
        Object[] out = new Object[s.len];
        System.arraycopy(s.array, s.off, out, 0, s.len);
        return out;
    }

    public static Object[] tuple(Object... vs) {
        return vs;
    }
}
