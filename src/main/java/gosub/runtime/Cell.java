package gosub.runtime;

/** A variable on the heap: captured by a closure, address taken, or made by new / &T{}. */
public final class Cell implements Pointer {
    public Object v;

    public Cell(Object v) {
        this.v = v;
    }

    @Override
    public Object load() {
        return v;
    }

    @Override
    public void store(Object v) {
        this.v = v;
    }
}
