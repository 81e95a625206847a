package gosub.runtime;

/** (*[N]T)(s): a pointer to an array that is a window on a slice's backing array (shared, not copied). */
public record ArrayViewPointer(Object[] array, int off, int len) implements Pointer {
    @Override
    public Object load() {
        Object[] e = new Object[len];
        for (int i = 0; i < len; i++) e[i] = Values.copyValue(array[off + i]);
        return new ArrayValue(e);
    }

    @Override
    public void store(Object v) {
        System.arraycopy(((ArrayValue) v).elems, 0, array, off, len);
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
