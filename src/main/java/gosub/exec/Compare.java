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

    static boolean test(int c, String op) {
        return switch (op) {
            case "==" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    public abstract static class Cmp extends ExprNode {
        final ExprNode x, y;
        final String op;

        Cmp(Pos pos, String op, ExprNode x, ExprNode y) {
            super(pos);
            this.x = x;
            this.y = y;
            this.op = op.intern();
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
            return switch (op) {
                case "==" -> a == b;
                case "!=" -> a != b;
                case "<" -> unsigned ? java.lang.Long.compareUnsigned(a, b) < 0 : a < b;
                case "<=" -> unsigned ? java.lang.Long.compareUnsigned(a, b) <= 0 : a <= b;
                case ">" -> unsigned ? java.lang.Long.compareUnsigned(a, b) > 0 : a > b;
                default -> unsigned ? java.lang.Long.compareUnsigned(a, b) >= 0 : a >= b;
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
                case "==" -> a == b;
                case "!=" -> a != b;
                case "<" -> a < b;
                case "<=" -> a <= b;
                case ">" -> a > b;
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
            if (op == "==") return a.equals(b);
            if (op == "!=") return !a.equals(b);
            return test(a.compareTo(b), op);
        }
    }

    /** == and != on anything else: Go equality, panicking on uncomparable dynamic types. */
    public static final class Eq extends Cmp {
        public Eq(Pos pos, String op, ExprNode x, ExprNode y) {
            super(pos, op, x, y);
        }

        @Override
        public boolean evalBool(Frame f) {
            Object a = x.eval(f), b = y.eval(f);
            if (a instanceof Iface ia && b instanceof Iface ib && TypeOps.identical(ia.type(), ib.type())) checkComparable(a, pos);
            boolean eq = Values.equal(a, b);
            return op == "==" ? eq : !eq;
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
