package gosub.exec;

import gosub.runtime.Panics;
import gosub.syntax.Pos;

/** Integer arithmetic with the wraparound of the operands' type. */
public final class ArithLong {
    private ArithLong() {}

    public abstract static class Op extends ExprNode {
        final ExprNode x, y;
        final int kind;

        Op(Pos pos, ExprNode x, ExprNode y, int kind) {
            super(pos);
            this.x = x;
            this.y = y;
            this.kind = kind;
        }

        @Override
        public final Object eval(Frame f) {
            return evalLong(f);
        }
    }

    public static ExprNode of(String op, Pos pos, ExprNode x, ExprNode y, int kind) {
        return switch (op) {
            case "+" -> new Add(pos, x, y, kind);
            case "-" -> new Sub(pos, x, y, kind);
            case "*" -> new Mul(pos, x, y, kind);
            case "/" -> new Div(pos, x, y, kind);
            case "%" -> new Rem(pos, x, y, kind);
            case "&" -> new And(pos, x, y, kind);
            case "|" -> new Or(pos, x, y, kind);
            case "^" -> new Xor(pos, x, y, kind);
            case "&^" -> new AndNot(pos, x, y, kind);
            case "<<" -> new Shl(pos, x, y, kind);
            case ">>" -> new Shr(pos, x, y, kind);
            default -> throw new IllegalArgumentException(op);
        };
    }

    // The operations that can panic, shared by the nodes and the bytecode generated for them.

    static long div(long a, long b, int kind, ExprNode at) {
        if (b == 0) throw Panics.divide(at.pos);
        return IntKind.wrap(kind, kind == IntKind.U64 ? Long.divideUnsigned(a, b) : a / b);
    }

    static long rem(long a, long b, int kind, ExprNode at) {
        if (b == 0) throw Panics.divide(at.pos);
        return IntKind.wrap(kind, kind == IntKind.U64 ? Long.remainderUnsigned(a, b) : a % b);
    }

    static long shl(long a, long n, int kind, ExprNode at) {
        if (n < 0) throw Panics.error("negative shift amount", at.pos);
        return n >= 64 ? 0 : IntKind.wrap(kind, a << n);
    }

    static long shr(long a, long n, int kind, ExprNode at) {
        if (n < 0) throw Panics.error("negative shift amount", at.pos);
        if (IntKind.unsigned(kind)) return n >= 64 ? 0 : a >>> n;
        return a >> Math.min(n, 63);
    }

    static final class Add extends Op {
        Add(Pos p, ExprNode x, ExprNode y, int k) {
            super(p, x, y, k);
        }

        @Override
        public long evalLong(Frame f) {
            return IntKind.wrap(kind, x.evalLong(f) + y.evalLong(f));
        }
    }

    static final class Sub extends Op {
        Sub(Pos p, ExprNode x, ExprNode y, int k) {
            super(p, x, y, k);
        }

        @Override
        public long evalLong(Frame f) {
            return IntKind.wrap(kind, x.evalLong(f) - y.evalLong(f));
        }
    }

    static final class Mul extends Op {
        Mul(Pos p, ExprNode x, ExprNode y, int k) {
            super(p, x, y, k);
        }

        @Override
        public long evalLong(Frame f) {
            return IntKind.wrap(kind, x.evalLong(f) * y.evalLong(f));
        }
    }

    static final class Div extends Op {
        Div(Pos p, ExprNode x, ExprNode y, int k) {
            super(p, x, y, k);
        }

        @Override
        public long evalLong(Frame f) {
            return div(x.evalLong(f), y.evalLong(f), kind, this);
        }
    }

    static final class Rem extends Op {
        Rem(Pos p, ExprNode x, ExprNode y, int k) {
            super(p, x, y, k);
        }

        @Override
        public long evalLong(Frame f) {
            return rem(x.evalLong(f), y.evalLong(f), kind, this);
        }
    }

    static final class And extends Op {
        And(Pos p, ExprNode x, ExprNode y, int k) {
            super(p, x, y, k);
        }

        @Override
        public long evalLong(Frame f) {
            return x.evalLong(f) & y.evalLong(f);
        }
    }

    static final class Or extends Op {
        Or(Pos p, ExprNode x, ExprNode y, int k) {
            super(p, x, y, k);
        }

        @Override
        public long evalLong(Frame f) {
            return x.evalLong(f) | y.evalLong(f);
        }
    }

    static final class Xor extends Op {
        Xor(Pos p, ExprNode x, ExprNode y, int k) {
            super(p, x, y, k);
        }

        @Override
        public long evalLong(Frame f) {
            return IntKind.wrap(kind, x.evalLong(f) ^ y.evalLong(f));
        }
    }

    static final class AndNot extends Op {
        AndNot(Pos p, ExprNode x, ExprNode y, int k) {
            super(p, x, y, k);
        }

        @Override
        public long evalLong(Frame f) {
            return x.evalLong(f) & ~y.evalLong(f);
        }
    }

    /** The shift count's signedness is checked by the compiler: yUnsigned false means it may be negative. */
    static final class Shl extends Op {
        Shl(Pos p, ExprNode x, ExprNode y, int k) {
            super(p, x, y, k);
        }

        @Override
        public long evalLong(Frame f) {
            return shl(x.evalLong(f), y.evalLong(f), kind, this);
        }
    }

    static final class Shr extends Op {
        Shr(Pos p, ExprNode x, ExprNode y, int k) {
            super(p, x, y, k);
        }

        @Override
        public long evalLong(Frame f) {
            return shr(x.evalLong(f), y.evalLong(f), kind, this);
        }
    }

    public static final class Neg extends ExprNode {
        final ExprNode x;
        final int kind;

        public Neg(Pos pos, ExprNode x, int kind) {
            super(pos);
            this.x = x;
            this.kind = kind;
        }

        @Override
        public Object eval(Frame f) {
            return evalLong(f);
        }

        @Override
        public long evalLong(Frame f) {
            return IntKind.wrap(kind, -x.evalLong(f));
        }
    }

    public static final class Complement extends ExprNode {
        final ExprNode x;
        final int kind;

        public Complement(Pos pos, ExprNode x, int kind) {
            super(pos);
            this.x = x;
            this.kind = kind;
        }

        @Override
        public Object eval(Frame f) {
            return evalLong(f);
        }

        @Override
        public long evalLong(Frame f) {
            return IntKind.wrap(kind, ~x.evalLong(f));
        }
    }
}
