package gosub.runtime;

/** Go equality, hashing and value copying over runtime values. */
public final class Values {
    private Values() {}

    public static boolean equal(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (a instanceof Double x && b instanceof Double y) return x.doubleValue() == y.doubleValue();
        return a.equals(b);
    }

    public static int hash(Object o) {
        if (o == null) return 0;
        if (o instanceof Double d) return Double.hashCode(d + 0.0);
        return o.hashCode();
    }

    /** Arrays and structs are values: a stored copy must not alias the original. */
    public static Object copyValue(Object v) {
        if (v instanceof StructValue s) return s.copy();
        if (v instanceof ArrayValue a) return a.copy();
        return v;
    }

    /** Normalises a map key: -0.0 and +0.0 are the same key in Go. */
    public static Object mapKey(Object k) {
        if (k instanceof Double d && d == 0.0) return 0.0;
        return k;
    }
}
