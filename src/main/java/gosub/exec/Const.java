package gosub.exec;

import gosub.syntax.Pos;

/** A constant value, already in its runtime form. */
public final class Const extends ExprNode {
    final Object value;

    public Const(Pos pos, Object value) {
        super(pos);
        this.value = value;
    }

    @Override
    public Object eval(Frame f) {
        return value;
    }

    @Override
    public long evalLong(Frame f) {
        return (Long) value;
    }

    @Override
    public double evalDouble(Frame f) {
        return (Double) value;
    }

    @Override
    public boolean evalBool(Frame f) {
        return (Boolean) value;
    }
}
