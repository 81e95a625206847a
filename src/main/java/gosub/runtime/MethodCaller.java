package gosub.runtime;

import gosub.syntax.Pos;
import gosub.types.Type;

/** Lets library code (fmt, sort, panics) call Go methods of a program's values. */
public interface MethodCaller {
    /** Whether values of dynamic type t have a method name with the given signature shape. */
    boolean hasMethod(Type t, String name);

    /** Calls method name on value v of dynamic type t; returns null, a value or Object[]. */
    Object call(Type t, Object v, String name, Object[] args, Goroutine g, Pos pos);

    /** Calls a function value (a FuncValue) with args. */
    Object callFunc(Object fn, Object[] args, Goroutine g, Pos pos);
}
