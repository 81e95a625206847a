package gosub.runtime;

/** A Go array value [N]T. Copied on assignment like structs. */
public final class ArrayValue {
    public final Object[] elems;

    public ArrayValue(Object[] elems) {
        this.elems = elems;
    }

    public ArrayValue copy() {
        Object[] e = elems.clone();
        for (int i = 0; i < e.length; i++) e[i] = Values.copyValue(e[i]);
        return new ArrayValue(e);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ArrayValue a)) return false;
        for (int i = 0; i < elems.length; i++) if (!Values.equal(elems[i], a.elems[i])) return false;
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (Object f : elems) h = h * 31 + Values.hash(f);
        return h;
    }
}
