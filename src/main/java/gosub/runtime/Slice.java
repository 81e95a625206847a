package gosub.runtime;

/** A slice: a window [off, off+len) of a backing array with capacity cap. nil is Java null. */
public final class Slice {
    public final Object[] array;
    public final int off;
    public final int len;
    public final int cap;

    public Slice(Object[] array, int off, int len, int cap) {
        this.array = array;
        this.off = off;
        this.len = len;
        this.cap = cap;
    }

    public static Slice of(Object[] elems) {
        return new Slice(elems, 0, elems.length, elems.length);
    }

    public Object get(int i) {
        return array[off + i];
    }

    public void set(int i, Object v) {
        array[off + i] = v;
    }
}
