package gosub.types;

import gosub.syntax.Pos;
import gosub.types.Type.Basic;
import gosub.types.Type.Kind;
import java.util.ArrayList;
import java.util.List;

/** The universe scope: predeclared types, constants, nil and builtin functions. */
public final class Universe {
    private Universe() {}

    public static final Basic BOOL = new Basic(Kind.BOOL, "bool");
    public static final Basic INT = new Basic(Kind.INT, "int");
    public static final Basic INT8 = new Basic(Kind.INT8, "int8");
    public static final Basic INT16 = new Basic(Kind.INT16, "int16");
    public static final Basic INT32 = new Basic(Kind.INT32, "int32");
    public static final Basic INT64 = new Basic(Kind.INT64, "int64");
    public static final Basic UINT = new Basic(Kind.UINT, "uint");
    public static final Basic UINT8 = new Basic(Kind.UINT8, "uint8");
    public static final Basic UINT16 = new Basic(Kind.UINT16, "uint16");
    public static final Basic UINT32 = new Basic(Kind.UINT32, "uint32");
    public static final Basic UINT64 = new Basic(Kind.UINT64, "uint64");
    public static final Basic UINTPTR = new Basic(Kind.UINTPTR, "uintptr");
    public static final Basic FLOAT32 = new Basic(Kind.FLOAT32, "float32");
    public static final Basic FLOAT64 = new Basic(Kind.FLOAT64, "float64");
    public static final Basic COMPLEX64 = new Basic(Kind.COMPLEX64, "complex64");
    public static final Basic COMPLEX128 = new Basic(Kind.COMPLEX128, "complex128");
    public static final Basic STRING = new Basic(Kind.STRING, "string");
    /** byte and rune are aliases: identical to uint8 and int32, but errors use the name written. */
    public static final Basic BYTE = new Basic(Kind.UINT8, "byte");
    public static final Basic RUNE = new Basic(Kind.INT32, "rune");
    public static final Basic UNTYPED_BOOL = new Basic(Kind.UNTYPED_BOOL, "untyped bool");
    public static final Basic UNTYPED_INT = new Basic(Kind.UNTYPED_INT, "untyped int");
    public static final Basic UNTYPED_RUNE = new Basic(Kind.UNTYPED_RUNE, "untyped rune");
    public static final Basic UNTYPED_FLOAT = new Basic(Kind.UNTYPED_FLOAT, "untyped float");
    public static final Basic UNTYPED_COMPLEX = new Basic(Kind.UNTYPED_COMPLEX, "untyped complex");
    public static final Basic UNTYPED_STRING = new Basic(Kind.UNTYPED_STRING, "untyped string");
    public static final Basic UNTYPED_NIL = new Basic(Kind.UNTYPED_NIL, "untyped nil");
    public static final Basic INVALID = new Basic(Kind.INVALID, "invalid type");

    /** interface{} / any. */
    public static final Type.Interface EMPTY_INTERFACE = new Type.Interface(List.of(), List.of());
    /** The predeclared error type: interface{ Error() string }. */
    public static final Type.Named ERROR;
    public static final Type.Named COMPARABLE;
    public static final Obj.Nil NIL = new Obj.Nil();

    public static final List<String> BUILTINS = List.of("append", "cap", "clear", "close", "complex", "copy",
            "delete", "imag", "len", "make", "max", "min", "new", "panic", "print", "println", "real", "recover");

    static {
        EMPTY_INTERFACE.complete = true;
        Type.Signature errorSig = new Type.Signature(List.of(), List.of(Obj.Var.param("", STRING)), false);
        Obj.Func errorMethod = new Obj.Func("Error", Pos.NONE, errorSig, null);
        Type.Interface errorIface = new Type.Interface(new ArrayList<>(List.of(errorMethod)), List.of());
        errorIface.complete = true;
        ERROR = new Type.Named(null, "error", errorIface);
        Type.Interface comparableIface = new Type.Interface(List.of(), List.of());
        comparableIface.complete = true;
        COMPARABLE = new Type.Named(null, "comparable", comparableIface);
    }

    public static Scope create() {
        Scope s = new Scope(null, false);
        for (Basic b : List.of(BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
                FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING)) {
            s.declare(new Obj.TypeName(b.name, Pos.NONE, b, null));
        }
        s.declare(new Obj.TypeName("byte", Pos.NONE, BYTE, null));
        s.declare(new Obj.TypeName("rune", Pos.NONE, RUNE, null));
        s.declare(new Obj.TypeName("any", Pos.NONE, EMPTY_INTERFACE, null));
        s.declare(new Obj.TypeName("error", Pos.NONE, ERROR, null));
        s.declare(new Obj.TypeName("comparable", Pos.NONE, COMPARABLE, null));
        s.declare(new Obj.Const("true", Pos.NONE, UNTYPED_BOOL, null, true));
        s.declare(new Obj.Const("false", Pos.NONE, UNTYPED_BOOL, null, false));
        s.declare(new Obj.Const("iota", Pos.NONE, UNTYPED_INT, null, null));
        s.declare(NIL);
        for (String b : BUILTINS) s.declare(new Obj.Builtin(b));
        return s;
    }
}
