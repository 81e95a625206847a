package gosub.runtime;

/** &a[i]: a pointer into the backing store of an array or slice. */
public record ElemPointer(Object array, int index) implements Pointer {
    @Override
    public Object load() {
        return Elems.get(array, index);
    }

    @Override
    public void store(Object v) {
        Elems.set(array, index, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ElemPointer p && p.array == array && p.index == index;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(array) * 31 + index;
    }
}
