package gosub.runtime;

/** A Go array value [N]T, over a store like a slice's (see Elems). Copied on assignment like structs. */
public final class ArrayValue {
    public final Object elems;

    public ArrayValue(Object elems) {
        this.elems = elems;
    }

    public int length() {
        return Elems.length(elems);
    }

    public ArrayValue copy() {
        if (!(elems instanceof Object[] a)) return new ArrayValue(Elems.copyOfRange(elems, 0, Elems.length(elems)));
        Object[] e = a.clone();
        for (int i = 0; i < e.length; i++) e[i] = Values.copyValue(e[i]);
        return new ArrayValue(e);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ArrayValue a)) return false;
        int n = length();
        for (int i = 0; i < n; i++) if (!Values.equal(Elems.get(elems, i), Elems.get(a.elems, i))) return false;
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        int n = length();
        for (int i = 0; i < n; i++) h = h * 31 + Values.hash(Elems.get(elems, i));
        return h;
    }
}
