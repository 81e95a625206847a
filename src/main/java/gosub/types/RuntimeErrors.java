package gosub.types;

import gosub.syntax.Pos;
import java.util.List;

/**
 * The dynamic types of the runtime's panic values, as %T shows them (runtime.boundsError,
 * *runtime.TypeAssertionError, ...). Each has a native Error method returning its message.
 * Built once and never modified.
 */
public final class RuntimeErrors {
    private RuntimeErrors() {}

    public static final Type.Named BOUNDS = errorType("boundsError");
    public static final Type.Named ERROR_STRING = errorType("errorString");
    public static final Type.Named PLAIN = errorType("plainError");
    public static final Type.Named TYPE_ASSERTION = errorType("TypeAssertionError");
    public static final Type TYPE_ASSERTION_PTR = new Type.Pointer(TYPE_ASSERTION);
    public static final Type.Named PANIC_NIL = errorType("PanicNilError");
    public static final Type PANIC_NIL_PTR = new Type.Pointer(PANIC_NIL);

    private static Type.Named errorType(String name) {
        Type.Named n = new Type.Named("runtime", name, Universe.STRING);
        Type.Signature sig = new Type.Signature(List.of(), List.of(Obj.Var.param("", Universe.STRING)), false);
        Obj.Func error = new Obj.Func("Error", Pos.NONE, sig, "runtime");
        error.recvNamed = n;
        error.isNative = true;
        error.ptrRecv = name.equals("TypeAssertionError") || name.equals("PanicNilError");
        n.methods.add(error);
        Obj.Func marker = new Obj.Func("RuntimeError", Pos.NONE, new Type.Signature(List.of(), List.of(), false), "runtime");
        marker.recvNamed = n;
        marker.isNative = true;
        marker.ptrRecv = error.ptrRecv;
        n.methods.add(marker);
        return n;
    }

}
