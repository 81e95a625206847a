package gosub.exec;

/** Kinds of primitive frame slots, and conversions between them and boxed values. */
public final class Prim {
    private Prim() {}

    public static final int REF = 0, LONG = 1, DOUBLE = 2, BOOL = 3;

    public static long unbox(int kind, Object v) {
        return switch (kind) {
            case LONG -> (Long) v;
            case DOUBLE -> Double.doubleToRawLongBits((Double) v);
            default -> (Boolean) v ? 1 : 0;
        };
    }

    public static Object box(int kind, long bits) {
        return switch (kind) {
            case LONG -> bits;
            case DOUBLE -> Double.longBitsToDouble(bits);
            default -> bits != 0;
        };
    }
}
