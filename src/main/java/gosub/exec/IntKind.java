package gosub.exec;

/** Wraparound of Go's integer types, all held in a Java long. */
public final class IntKind {
    private IntKind() {}

    public static final int I64 = 0, I32 = 1, I16 = 2, I8 = 3, U64 = 4, U32 = 5, U16 = 6, U8 = 7;

    public static long wrap(int kind, long v) {
        return switch (kind) {
            case I32 -> (int) v;
            case I16 -> (short) v;
            case I8 -> (byte) v;
            case U32 -> v & 0xFFFFFFFFL;
            case U16 -> v & 0xFFFFL;
            case U8 -> v & 0xFFL;
            default -> v;
        };
    }

    public static boolean unsigned(int kind) {
        return kind >= U64;
    }

    public static int bits(int kind) {
        return switch (kind) {
            case I32, U32 -> 32;
            case I16, U16 -> 16;
            case I8, U8 -> 8;
            default -> 64;
        };
    }
}
