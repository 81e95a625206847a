package gosub.runtime;

import gosub.types.RuntimeErrors;

import gosub.syntax.Pos;

/** Creates the panics the runtime raises, with Go's exact texts and dynamic types. */
public final class Panics {
    private Panics() {}

    private static GoPanic of(gosub.types.Type t, Object v, Pos pos) {
        return new GoPanic(new Iface(t, v), pos, true);
    }

    /** runtime.plainError: "send on closed channel", "assignment to entry in nil map", ... */
    public static GoPanic plain(String msg, Pos pos) {
        return of(RuntimeErrors.PLAIN, GoString.of(msg), pos);
    }

    /** runtime.errorString: "runtime error: integer divide by zero", ... */
    public static GoPanic error(String msg, Pos pos) {
        return of(RuntimeErrors.ERROR_STRING, GoString.of("runtime error: " + msg), pos);
    }

    public static GoPanic index(long i, long len, Pos pos) {
        if (i < 0) return of(RuntimeErrors.BOUNDS, GoString.of("runtime error: index out of range [" + i + "]"), pos);
        return of(RuntimeErrors.BOUNDS, GoString.of("runtime error: index out of range [" + i + "] with length " + len), pos);
    }

    public static GoPanic bounds(String msg, Pos pos) {
        return of(RuntimeErrors.BOUNDS, GoString.of("runtime error: " + msg), pos);
    }

    public static GoPanic nilDeref(Pos pos) {
        return error("invalid memory address or nil pointer dereference", pos);
    }

    public static GoPanic divide(Pos pos) {
        return error("integer divide by zero", pos);
    }

    public static GoPanic typeAssertion(String msg, Pos pos) {
        return of(RuntimeErrors.TYPE_ASSERTION_PTR, new Cell(GoString.of(msg)), pos);
    }

    public static GoPanic nilMap(Pos pos) {
        return plain("assignment to entry in nil map", pos);
    }
}
