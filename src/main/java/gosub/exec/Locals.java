package gosub.exec;

import gosub.runtime.Cell;
import gosub.syntax.Pos;

/** Loads and stores of variables: frame slots, cells (captured or address-taken), globals. */
public final class Locals {
    private Locals() {}

    public static final class Load extends ExprNode {
        final int slot;

        public Load(Pos pos, int slot) {
            super(pos);
            this.slot = slot;
        }

        @Override
        public Object eval(Frame f) {
            return f.s[slot];
        }

        @Override
        public long evalLong(Frame f) {
            return (Long) f.s[slot];
        }

        @Override
        public double evalDouble(Frame f) {
            return (Double) f.s[slot];
        }

        @Override
        public boolean evalBool(Frame f) {
            return (Boolean) f.s[slot];
        }
    }

    /** A scalar local in a primitive slot. */
    public static final class LoadPrim extends ExprNode {
        final int slot;
        final int kind;

        public LoadPrim(Pos pos, int slot, int kind) {
            super(pos);
            this.slot = slot;
            this.kind = kind;
        }

        @Override
        public Object eval(Frame f) {
            return Prim.box(kind, f.p[slot]);
        }

        @Override
        public long evalLong(Frame f) {
            return f.p[slot];
        }

        @Override
        public double evalDouble(Frame f) {
            return Double.longBitsToDouble(f.p[slot]);
        }

        @Override
        public boolean evalBool(Frame f) {
            return f.p[slot] != 0;
        }
    }

    /** An assignable scalar local. */
    public static final class PrimVar extends LValue {
        final int slot;
        final int kind;

        public PrimVar(int slot, int kind) {
            this.slot = slot;
            this.kind = kind;
        }

        @Override
        public Object prepare(Frame f) {
            return null;
        }

        @Override
        public Object load(Frame f, Object h) {
            return Prim.box(kind, f.p[slot]);
        }

        @Override
        public void store(Frame f, Object h, Object v) {
            f.p[slot] = Prim.unbox(kind, v);
        }

        @Override
        public void assign(Frame f, Object v) {
            f.p[slot] = Prim.unbox(kind, v);
        }
    }

    /** lv = e: straight into the slot when lv is a scalar local, else through the location. */
    public static StmtNode assign(LValue lv, ExprNode e) {
        if (lv instanceof PrimVar p) return new SetPrim(p.slot, p.kind, e);
        return new Assign.Single(lv, e);
    }

    /** x = e, x := e for a scalar local: no boxing. */
    public static final class SetPrim extends StmtNode {
        final int slot;
        final int kind;
        final ExprNode value;

        public SetPrim(int slot, int kind, ExprNode value) {
            this.slot = slot;
            this.kind = kind;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            f.p[slot] = switch (kind) {
                case Prim.LONG -> value.evalLong(f);
                case Prim.DOUBLE -> Double.doubleToRawLongBits(value.evalDouble(f));
                default -> value.evalBool(f) ? 1 : 0;
            };
            return NORMAL;
        }
    }

    /** A local living in a cell in its own frame. */
    public static final class LoadCell extends ExprNode {
        final int slot;

        public LoadCell(Pos pos, int slot) {
            super(pos);
            this.slot = slot;
        }

        @Override
        public Object eval(Frame f) {
            return ((Cell) f.s[slot]).v;
        }
    }

    /** A variable of an enclosing function, reached through the closure's captured cells. */
    public static final class LoadCaptured extends ExprNode {
        final int index;

        public LoadCaptured(Pos pos, int index) {
            super(pos);
            this.index = index;
        }

        @Override
        public Object eval(Frame f) {
            return ((Cell) f.captured[index]).v;
        }
    }

    public static final class LoadGlobal extends ExprNode {
        final int index;

        public LoadGlobal(Pos pos, int index) {
            super(pos);
            this.index = index;
        }

        @Override
        public Object eval(Frame f) {
            return ((Cell) f.g.run.globals[index]).v;
        }
    }

    /** The cell itself (for &x, and for capturing x into a closure). */
    public static final class CellRef extends ExprNode {
        final int kind;
        final int index;

        /** kind: 0 frame slot, 1 captured, 2 global. */
        public CellRef(Pos pos, int kind, int index) {
            super(pos);
            this.kind = kind;
            this.index = index;
        }

        @Override
        public Object eval(Frame f) {
            return switch (kind) {
                case 0 -> f.s[index];
                case 1 -> f.captured[index];
                default -> f.g.run.globals[index];
            };
        }
    }

    /** An assignable variable: a plain slot, or a cell found like CellRef. */
    public static final class Var extends LValue {
        final boolean inCell;
        final CellRef cell;
        final int slot;

        public Var(int slot) {
            this.inCell = false;
            this.cell = null;
            this.slot = slot;
        }

        public Var(CellRef cell) {
            this.inCell = true;
            this.cell = cell;
            this.slot = -1;
        }

        @Override
        public Object prepare(Frame f) {
            return inCell ? cell.eval(f) : null;
        }

        @Override
        public Object load(Frame f, Object h) {
            return inCell ? ((Cell) h).v : f.s[slot];
        }

        @Override
        public void store(Frame f, Object h, Object v) {
            if (inCell) ((Cell) h).v = v;
            else f.s[slot] = v;
        }

        @Override
        public void assign(Frame f, Object v) {
            if (inCell) ((Cell) cell.eval(f)).v = v;
            else f.s[slot] = v;
        }
    }

    /** Declares a local: a fresh cell when it is captured, else the plain value. */
    public static final class Declare extends StmtNode {
        final int slot;
        final boolean inCell;
        final ExprNode init;

        public Declare(int slot, boolean inCell, ExprNode init) {
            this.slot = slot;
            this.inCell = inCell;
            this.init = init;
        }

        @Override
        public int exec(Frame f) {
            Object v = init.eval(f);
            f.s[slot] = inCell ? new Cell(v) : v;
            return NORMAL;
        }
    }

    /** Go 1.22 loop variables: each iteration gets a fresh cell holding the current value. */
    public static final class Renew extends StmtNode {
        final int[] slots;

        public Renew(int[] slots) {
            this.slots = slots;
        }

        @Override
        public int exec(Frame f) {
            for (int s : slots) f.s[s] = new Cell(((Cell) f.s[s]).v);
            return NORMAL;
        }
    }
}
