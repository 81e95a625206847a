package gosub.exec;

import gosub.syntax.Pos;

/** A constant value, already in its runtime form. */
public final class Const extends ExprNode {
    final Object value;
    /** The value unboxed once, for integer, float and bool constants. */
    final long bits;

    public Const(Pos pos, Object value) {
        super(pos);
        this.value = value;
        this.bits = value instanceof Long l ? l : value instanceof Double d ? Double.doubleToRawLongBits(d)
                : value instanceof Boolean b && b ? 1 : 0;
    }

    @Override
    public Object eval(Frame f) {
        return value;
    }

    @Override
    public long evalLong(Frame f) {
        return bits;
    }

    @Override
    public double evalDouble(Frame f) {
        return Double.longBitsToDouble(bits);
    }

    @Override
    public boolean evalBool(Frame f) {
        return bits != 0;
    }
}
