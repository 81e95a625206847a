package gosub.runtime;

/**
 * A slice: a window [off, off+len) of a backing store with capacity cap. nil is Java null.
 * The store is an Object[] or a primitive array chosen by the element type (see Elems).
 */
public final class Slice {
    public final Object array;
    public final int off;
    public final int len;
    public final int cap;

    public Slice(Object array, int off, int len, int cap) {
        this.array = array;
        this.off = off;
        this.len = len;
        this.cap = cap;
    }

    public static Slice of(Object store) {
        int n = Elems.length(store);
        return new Slice(store, 0, n, n);
    }

    public Object get(int i) {
        return Elems.get(array, off + i);
    }

    public void set(int i, Object v) {
        Elems.set(array, off + i, v);
    }
}
