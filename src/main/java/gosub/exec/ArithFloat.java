package gosub.exec;

import gosub.runtime.Complex;
import gosub.runtime.GoString;
import gosub.syntax.Pos;

/** Float, complex and string arithmetic. float32 results are rounded to float32. */
public final class ArithFloat {
    private ArithFloat() {}

    public static final class Bin extends ExprNode {
        final ExprNode x, y;
        final char op;
        final boolean f32;

        public Bin(Pos pos, String op, ExprNode x, ExprNode y, boolean f32) {
            super(pos);
            this.x = x;
            this.y = y;
            this.op = op.charAt(0);
            this.f32 = f32;
        }

        @Override
        public Object eval(Frame f) {
            return evalDouble(f);
        }

        @Override
        public double evalDouble(Frame f) {
            double a = x.evalDouble(f), b = y.evalDouble(f);
            double r = switch (op) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                default -> a / b;
            };
            return f32 ? (float) r : r;
        }
    }

    public static final class Neg extends ExprNode {
        final ExprNode x;

        public Neg(Pos pos, ExprNode x) {
            super(pos);
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            return evalDouble(f);
        }

        @Override
        public double evalDouble(Frame f) {
            return -x.evalDouble(f);
        }
    }

    public static final class ComplexBin extends ExprNode {
        final ExprNode x, y;
        final char op;
        final boolean c64;

        public ComplexBin(Pos pos, String op, ExprNode x, ExprNode y, boolean c64) {
            super(pos);
            this.x = x;
            this.y = y;
            this.op = op.charAt(0);
            this.c64 = c64;
        }

        @Override
        public Object eval(Frame f) {
            Complex a = (Complex) x.eval(f), b = (Complex) y.eval(f);
            Complex r = switch (op) {
                case '+' -> a.add(b);
                case '-' -> a.sub(b);
                case '*' -> a.mul(b);
                default -> a.div(b);
            };
            return c64 ? new Complex((float) r.re(), (float) r.im()) : r;
        }
    }

    public static final class ComplexNeg extends ExprNode {
        final ExprNode x;

        public ComplexNeg(Pos pos, ExprNode x) {
            super(pos);
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            Complex c = (Complex) x.eval(f);
            return new Complex(-c.re(), -c.im());
        }
    }

    public static final class Concat extends ExprNode {
        final ExprNode x, y;

        public Concat(Pos pos, ExprNode x, ExprNode y) {
            super(pos);
            this.x = x;
            this.y = y;
        }

        @Override
        public Object eval(Frame f) {
            return ((GoString) x.eval(f)).concat((GoString) y.eval(f));
        }
    }
}
