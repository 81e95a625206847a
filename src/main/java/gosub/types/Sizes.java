package gosub.types;

/**
 * Sizes and alignments of Go types as the gc compiler lays them out on amd64, and whether a
 * type holds pointers. Programs observe them through append's capacities (the allocator
 * rounds to size classes, differently for memory with pointers) and through %p addresses.
 */
public final class Sizes {
    private Sizes() {}

    public static long sizeOf(Type t) {
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
                long last = 0;
                for (Obj.Var f : s.fields) {
                    last = sizeOf(f.type);
                    off = align(off, alignOf(f.type)) + last;
                }
                // gc pads a final zero-size field, so that its address stays inside the struct.
                if (off > 0 && last == 0) off++;
                yield align(off, alignOf(t));
            }
            default -> 8;
        };
    }

    public static long alignOf(Type t) {
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

    /** Whether values of t contain pointers the garbage collector must scan. */
    public static boolean hasPointers(Type t) {
        return switch (t.underlying()) {
            case Type.Basic b -> b.kind == Type.Kind.STRING || b.kind == Type.Kind.UNSAFE_POINTER;
            case Type.Array a -> a.len > 0 && hasPointers(a.elem);
            case Type.Struct s -> s.fields.stream().anyMatch(f -> hasPointers(f.type));
            default -> true;
        };
    }

    public static long align(long x, long a) {
        return (x + a - 1) / a * a;
    }
}
