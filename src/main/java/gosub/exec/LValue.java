package gosub.exec;

/** An assignable location compiled from an expression: a variable, element, field or pointee. */
public abstract class LValue {
    /** Evaluates the operands (a[i]'s a and i) once; returns a handle for load/store. */
    public abstract Object prepare(Frame f);

    public abstract Object load(Frame f, Object handle);

    public abstract void store(Frame f, Object handle, Object v);

    /** Convenience for plain assignment. */
    public void assign(Frame f, Object v) {
        store(f, prepare(f), v);
    }
}
