package gosub.exec;

/** A function value: code plus captured cells, or a method bound to its receiver. */
public final class FuncValue {
    public final FuncCode code;
    public final Object[] captured;
    public final boolean bound;
    public final Object recv;

    public FuncValue(FuncCode code, Object[] captured) {
        this.code = code;
        this.captured = captured;
        this.bound = false;
        this.recv = null;
    }

    public FuncValue(FuncCode code, Object recv) {
        this.code = code;
        this.captured = null;
        this.bound = true;
        this.recv = recv;
    }
}
