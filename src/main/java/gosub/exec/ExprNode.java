package gosub.exec;

import gosub.syntax.Pos;

/**
 * An executable expression. Nodes whose static type is an integer, float or bool override the
 * primitive methods so that hot arithmetic runs without boxing.
 */
public abstract class ExprNode {
    public final Pos pos;

    protected ExprNode(Pos pos) {
        this.pos = pos;
    }

    public abstract Object eval(Frame f);

    public long evalLong(Frame f) {
        return (Long) eval(f);
    }

    public double evalDouble(Frame f) {
        return (Double) eval(f);
    }

    public boolean evalBool(Frame f) {
        return (Boolean) eval(f);
    }
}
