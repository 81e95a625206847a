package gosub.exec;

import gosub.runtime.GoString;
import gosub.runtime.Iface;
import gosub.runtime.Panics;
import gosub.runtime.Values;
import gosub.syntax.Pos;
import gosub.types.TypeNames;
import gosub.types.TypeOps;

/** Comparisons and boolean logic. */
public final class Compare {
    private Compare() {}

    static final int EQ = 0, NE = 1, LT = 2, LE = 3, GT = 4, GE = 5;

    static int code(String op) {
        return switch (op) {
            case "==" -> EQ;
            case "!=" -> NE;
            case "<" -> LT;
            case "<=" -> LE;
            case ">" -> GT;
            default -> GE;
        };
    }

    /** Whether a three-way comparison result satisfies the operator. */
    static boolean holds(int c, int op) {
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    public abstract static class Cmp extends ExprNode {
        final ExprNode x, y;
        final int op;

        Cmp(Pos pos, String op, ExprNode x, ExprNode y) {
            super(pos);
            this.x = x;
            this.y = y;
            this.op = code(op);
        }

        @Override
        public final Object eval(Frame f) {
            return evalBool(f);
        }
    }

    public static final class Long extends Cmp {
        final boolean unsigned;

        public Long(Pos pos, String op, ExprNode x, ExprNode y, boolean unsigned) {
            super(pos, op, x, y);
            this.unsigned = unsigned;
        }

        @Override
        public boolean evalBool(Frame f) {
            long a = x.evalLong(f), b = y.evalLong(f);
            if (unsigned) return holds(java.lang.Long.compareUnsigned(a, b), op);
            return switch (op) {
                case EQ -> a == b;
                case NE -> a != b;
                case LT -> a < b;
                case LE -> a <= b;
                case GT -> a > b;
                default -> a >= b;
            };
        }
    }

    public static final class Double extends Cmp {
        public Double(Pos pos, String op, ExprNode x, ExprNode y) {
            super(pos, op, x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            double a = x.evalDouble(f), b = y.evalDouble(f);
            return switch (op) {
                case EQ -> a == b;
                case NE -> a != b;
                case LT -> a < b;
                case LE -> a <= b;
                case GT -> a > b;
                default -> a >= b;
            };
        }
    }

    public static final class Str extends Cmp {
        public Str(Pos pos, String op, ExprNode x, ExprNode y) {
            super(pos, op, x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            GoString a = (GoString) x.eval(f), b = (GoString) y.eval(f);
            if (op == EQ) return a.equals(b);
            if (op == NE) return !a.equals(b);
            return holds(a.compareTo(b), op);
        }
    }

    /** == and != on anything else: Go equality, panicking on uncomparable dynamic types. */
    public static final class Eq extends Cmp {
        public Eq(Pos pos, String op, ExprNode x, ExprNode y) {
            super(pos, op, x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            return test(x.eval(f), y.eval(f), this);
        }

        static boolean test(Object a, Object b, Eq node) {
            Pos pos = node.pos;
            int op = node.op;
            if (a instanceof Iface ia && b instanceof Iface ib && TypeOps.identical(ia.type(), ib.type())) checkComparable(a, pos);
            boolean eq = Values.equal(a, b);
            return op == EQ ? eq : !eq;
        }
    }

    static void checkComparable(Object v, Pos pos) {
        if (v instanceof Iface i && !TypeOps.comparable(i.type())) {
            throw Panics.error("comparing uncomparable type " + TypeNames.of(i.type(), true), pos);
        }
    }

    public static final class AndAnd extends ExprNode {
        final ExprNode x, y;

        public AndAnd(Pos pos, ExprNode x, ExprNode y) {
            super(pos);
            this.x = x;
            this.y = y;
        }

        @Override
        public Object eval(Frame f) {
            return evalBool(f);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalBool(f) && y.evalBool(f);
        }
    }

    public static final class OrOr extends ExprNode {
        final ExprNode x, y;

        public OrOr(Pos pos, ExprNode x, ExprNode y) {
            super(pos);
            this.x = x;
            this.y = y;
        }

        @Override
        public Object eval(Frame f) {
            return evalBool(f);
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalBool(f) || y.evalBool(f);
        }
    }

    public static final class Not extends ExprNode {
        final ExprNode x;

        public Not(Pos pos, ExprNode x) {
            super(pos);
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            return evalBool(f);
        }

        @Override
        public boolean evalBool(Frame f) {
            return !x.evalBool(f);
        }
    }
}
