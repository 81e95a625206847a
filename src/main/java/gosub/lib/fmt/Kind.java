package gosub.lib.fmt;

import gosub.types.Type;

/** reflect.Kind, as far as fmt needs it, computed from a gosub type. */
enum Kind {
    INVALID, BOOL, INT, UINT, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING,
    ARRAY, CHAN, FUNC, INTERFACE, MAP, POINTER, SLICE, STRUCT, UNSAFE_POINTER;

    static Kind of(Type t) {
        if (t == null) return INVALID;
        return switch (t.underlying()) {
            case Type.Basic b -> basic(b);
            case Type.Pointer p -> POINTER;
            case Type.Slice s -> SLICE;
            case Type.Array a -> ARRAY;
            case Type.MapT m -> MAP;
            case Type.Chan c -> CHAN;
            case Type.Signature s -> FUNC;
            case Type.Struct s -> STRUCT;
            case Type.Interface i -> INTERFACE;
            default -> INVALID;
        };
    }

    private static Kind basic(Type.Basic b) {
        return switch (b.kind) {
            case BOOL, UNTYPED_BOOL -> BOOL;
            case INT, INT8, INT16, INT32, INT64, UNTYPED_INT, UNTYPED_RUNE -> INT;
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> UINT;
            case FLOAT32 -> FLOAT32;
            case FLOAT64, UNTYPED_FLOAT -> FLOAT64;
            case COMPLEX64 -> COMPLEX64;
            case COMPLEX128, UNTYPED_COMPLEX -> COMPLEX128;
            case STRING, UNTYPED_STRING -> STRING;
            case UNSAFE_POINTER -> UNSAFE_POINTER;
            default -> INVALID;
        };
    }

    /** Whether t is uint8 (or a type defined on it): the element type of byte slices. */
    static boolean isByte(Type t) {
        return t.underlying() instanceof Type.Basic b && b.kind == Type.Kind.UINT8;
    }
}
