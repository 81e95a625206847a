package gosub.lib.fmt;

import gosub.types.Obj;
import gosub.types.Type;

/** Sizes and alignments of Go types on amd64 (for fake but plausible pointer arithmetic). */
final class Sizes {
    private Sizes() {}

    static long sizeOf(Type t) {
        return switch (t.underlying()) {
            case Type.Basic b -> switch (b.kind) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32 -> 4;
                case COMPLEX128, STRING -> 16;
                default -> 8;
            };
            case Type.Slice s -> 24;
            case Type.Interface i -> 16;
            case Type.Array a -> a.len * sizeOf(a.elem);
            case Type.Struct s -> {
                long off = 0;
                for (Obj.Var f : s.fields) off = align(off, alignOf(f.type)) + sizeOf(f.type);
                yield align(off, alignOf(t));
            }
            default -> 8;
        };
    }

    static long alignOf(Type t) {
        return switch (t.underlying()) {
            case Type.Basic b -> switch (b.kind) {
                case COMPLEX64 -> 4;
                case COMPLEX128, STRING -> 8;
                default -> Math.max(1, sizeOf(b));
            };
            case Type.Array a -> alignOf(a.elem);
            case Type.Struct s -> {
                long m = 1;
                for (Obj.Var f : s.fields) m = Math.max(m, alignOf(f.type));
                yield m;
            }
            default -> 8;
        };
    }

    static long align(long x, long a) {
        return (x + a - 1) / a * a;
    }
}
