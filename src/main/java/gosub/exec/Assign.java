package gosub.exec;

import gosub.syntax.Pos;

/** Assignment statements. */
public final class Assign {
    private Assign() {}

    public static final class Single extends StmtNode {
        final LValue lv;
        final ExprNode value;

        public Single(LValue lv, ExprNode value) {
            this.lv = lv;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            Object h = lv.prepare(f);
            lv.store(f, h, value.eval(f));
            return NORMAL;
        }
    }

    /** a, b = x, y: operands and values are all evaluated before any store (lv null: _). */
    public static final class Multi extends StmtNode {
        final LValue[] lvs;
        final ExprNode[] values;

        public Multi(LValue[] lvs, ExprNode[] values) {
            this.lvs = lvs;
            this.values = values;
        }

        @Override
        public int exec(Frame f) {
            int n = lvs.length;
            Object[] hs = new Object[n];
            for (int i = 0; i < n; i++) if (lvs[i] != null) hs[i] = lvs[i].prepare(f);
            Object[] vs = new Object[n];
            for (int i = 0; i < n; i++) vs[i] = values[i].eval(f);
            for (int i = 0; i < n; i++) if (lvs[i] != null) lvs[i].store(f, hs[i], vs[i]);
            return NORMAL;
        }
    }

    /** a, b = f() (or v, ok = m[k] ...): one expression giving several values. */
    public static final class Tuple extends StmtNode {
        final LValue[] lvs;
        final ExprNode value;
        /** Converts each element for its target (interfaces box), or null entries. */
        final Converter[] conv;

        public Tuple(LValue[] lvs, ExprNode value, Converter[] conv) {
            this.lvs = lvs;
            this.value = value;
            this.conv = conv;
        }

        @Override
        public int exec(Frame f) {
            int n = lvs.length;
            Object[] hs = new Object[n];
            for (int i = 0; i < n; i++) if (lvs[i] != null) hs[i] = lvs[i].prepare(f);
            Object[] vs = (Object[]) value.eval(f);
            for (int i = 0; i < n; i++) {
                if (lvs[i] == null) continue;
                Object v = conv[i] == null ? vs[i] : conv[i].convert(vs[i]);
                lvs[i].store(f, hs[i], v);
            }
            return NORMAL;
        }
    }

    /** Converts a value to the representation of another type (interface boxing). */
    @FunctionalInterface
    public interface Converter {
        Object convert(Object v);
    }

    /** x op= y: the location is evaluated once. */
    public static final class OpAssign extends StmtNode {
        final LValue lv;
        final ExprNode op;
        final Slot current;

        /** op reads the current value through `current` and combines it with the operand. */
        public OpAssign(LValue lv, ExprNode op, Slot current) {
            this.lv = lv;
            this.op = op;
            this.current = current;
        }

        @Override
        public int exec(Frame f) {
            Object h = lv.prepare(f);
            f.s[current.slot] = lv.load(f, h);
            lv.store(f, h, op.eval(f));
            return NORMAL;
        }
    }

    /** A scratch slot holding an intermediate value (the old value in x op= y). */
    public static final class Slot {
        public final int slot;

        public Slot(int slot) {
            this.slot = slot;
        }
    }

    /** i++ on a plain local int: the commonest statement in loops. */
    public static final class IncLocal extends StmtNode {
        final int slot;
        final long delta;
        final int kind;

        public IncLocal(int slot, long delta, int kind) {
            this.slot = slot;
            this.delta = delta;
            this.kind = kind;
        }

        @Override
        public int exec(Frame f) {
            f.p[slot] = IntKind.wrap(kind, f.p[slot] + delta);
            return NORMAL;
        }
    }

}
