package gosub.runtime;

/** (*[N]T)(s): a pointer to an array that is a window on a slice's backing store (shared, not copied). */
public record ArrayViewPointer(Object array, int off, int len) implements Pointer {
    @Override
    public Object load() {
        return new ArrayValue(Elems.copyOfRange(array, off, off + len)).copy();
    }

    @Override
    public void store(Object v) {
        Elems.copy(((ArrayValue) v).elems, 0, array, off, len);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayViewPointer p && p.array == array && p.off == off;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(array) * 31 + off;
    }
}
