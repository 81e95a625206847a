package gosub.exec;

import gosub.runtime.*;
import gosub.syntax.Pos;

/** Function calls: static, through a function value, and through an interface. */
public final class Calls {
    private Calls() {}

    /** Evaluates arguments; a single multi-value call is spread (args.length == 1, spread). */
    static Object[] args(ExprNode[] args, boolean spread, Frame f) {
        if (spread) return ((Object[]) args[0].eval(f)).clone();
        Object[] a = new Object[args.length];
        for (int i = 0; i < a.length; i++) a[i] = args[i].eval(f);
        return a;
    }

    public static final class Static extends ExprNode {
        final FuncCode code;
        final ExprNode[] args;
        final boolean spread;

        public Static(Pos pos, FuncCode code, ExprNode[] args, boolean spread) {
            super(pos);
            this.code = code;
            this.args = args;
            this.spread = spread;
        }

        /** A call from the program into a library package's function. */
        boolean intoLibrary;
        /** A call made by library code. */
        boolean fromLibrary;

        /**
         * Marks where the call crosses between the program and the library: a goroutine that
         * blocks (or panics) in a native called by library code is shown at the program's line
         * that called into the library, since gosub's traces name only the program's file.
         */
        public Static crossing(boolean intoLibrary, boolean fromLibrary) {
            this.intoLibrary = intoLibrary;
            this.fromLibrary = fromLibrary;
            return this;
        }

        @Override
        public Object eval(Frame f) {
            if (!intoLibrary) return eval0(f);
            Goroutine g = f.g;
            Pos saved = g.libCallSite;
            g.libCallSite = pos;
            try {
                return eval0(f);
            } finally {
                g.libCallSite = saved;
            }
        }

        private Object eval0(Frame f) {
            if (spread || code.nativeFn != null) {
                Pos site = fromLibrary && f.g.libCallSite != null ? f.g.libCallSite : pos;
                return Invoke.run(code, null, args(args, spread, f), f.g, site, false);
            }
            Frame nf = call(f);
            return Invoke.results(code, nf);
        }

        @Override
        public long evalLong(Frame f) {
            if (intoLibrary || spread || code.nativeFn != null || code.resultKinds[0] != Prim.LONG) return (Long) eval(f);
            return call(f).p[code.resultSlots[0]];
        }

        @Override
        public double evalDouble(Frame f) {
            if (intoLibrary || spread || code.nativeFn != null || code.resultKinds[0] != Prim.DOUBLE) return (Double) eval(f);
            return Double.longBitsToDouble(call(f).p[code.resultSlots[0]]);
        }

        @Override
        public boolean evalBool(Frame f) {
            if (intoLibrary || spread || code.nativeFn != null || code.resultKinds[0] != Prim.BOOL) return (Boolean) eval(f);
            return call(f).p[code.resultSlots[0]] != 0;
        }

        /** Evaluates the arguments straight into the callee's frame (scalars unboxed) and runs it. */
        private Frame call(Frame f) {
            FuncCode c = code;
            Frame nf = Invoke.frame(c, null, f.g);
            int[] kinds = c.paramKinds, slots = c.paramSlots;
            boolean[] cells = c.paramCells;
            for (int i = 0; i < args.length; i++) {
                switch (kinds[i]) {
                    case Prim.LONG -> nf.p[slots[i]] = args[i].evalLong(f);
                    case Prim.DOUBLE -> nf.p[slots[i]] = Double.doubleToRawLongBits(args[i].evalDouble(f));
                    case Prim.BOOL -> nf.p[slots[i]] = args[i].evalBool(f) ? 1 : 0;
                    default -> {
                        Object v = args[i].eval(f);
                        nf.s[slots[i]] = cells[i] ? new Cell(v) : v;
                    }
                }
            }
            Invoke.body(c, nf, pos);
            return nf;
        }
    }

    public static final class Value extends ExprNode {
        final ExprNode fn;
        final ExprNode[] args;
        final boolean spread;

        public Value(Pos pos, ExprNode fn, ExprNode[] args, boolean spread) {
            super(pos);
            this.fn = fn;
            this.args = args;
            this.spread = spread;
        }

        @Override
        public Object eval(Frame f) {
            FuncValue fv = (FuncValue) fn.eval(f);
            return Invoke.call(fv, args(args, spread, f), f.g, pos, false);
        }
    }

    /** x.M(args) with x of interface type: dispatch on the dynamic type. */
    public static final class Iface extends ExprNode {
        final ExprNode recv;
        final String method;
        final ExprNode[] args;
        final boolean spread;
        final MethodTable table;

        public Iface(Pos pos, ExprNode recv, String method, ExprNode[] args, boolean spread, MethodTable table) {
            super(pos);
            this.recv = recv;
            this.method = method;
            this.args = args;
            this.spread = spread;
            this.table = table;
        }

        @Override
        public Object eval(Frame f) {
            Object v = recv.eval(f);
            if (v == null) throw Panics.nilDeref(pos);
            gosub.runtime.Iface i = (gosub.runtime.Iface) v;
            MethodTable.Bound b = table.find(i.type(), method).bind(i.value(), pos);
            Object[] a = args(args, spread, f);
            Object[] all = new Object[a.length + 1];
            all[0] = b.receiver();
            System.arraycopy(a, 0, all, 1, a.length);
            return Invoke.run(b.code(), null, all, f.g, pos, false);
        }
    }

    /** Picks element i of a multi-value result. */
    public static final class Pick extends ExprNode {
        final ExprNode x;
        final int i;

        public Pick(Pos pos, ExprNode x, int i) {
            super(pos);
            this.x = x;
            this.i = i;
        }

        @Override
        public Object eval(Frame f) {
            return ((Object[]) x.eval(f))[i];
        }
    }

    /** A method value x.M: the receiver is evaluated (and copied) now. */
    public static final class Bind extends ExprNode {
        final ExprNode recv;
        final FuncCode code;

        public Bind(Pos pos, ExprNode recv, FuncCode code) {
            super(pos);
            this.recv = recv;
            this.code = code;
        }

        @Override
        public Object eval(Frame f) {
            return new FuncValue(code, recv.eval(f));
        }
    }

    /** A method value through an interface. */
    public static final class BindIface extends ExprNode {
        final ExprNode recv;
        final String method;
        final MethodTable table;

        public BindIface(Pos pos, ExprNode recv, String method, MethodTable table) {
            super(pos);
            this.recv = recv;
            this.method = method;
            this.table = table;
        }

        @Override
        public Object eval(Frame f) {
            Object v = recv.eval(f);
            if (v == null) throw Panics.nilDeref(pos);
            gosub.runtime.Iface i = (gosub.runtime.Iface) v;
            MethodTable.Bound b = table.find(i.type(), method).bind(i.value(), pos);
            return new FuncValue(b.code(), b.receiver());
        }
    }

    /** A closure: code plus the cells of the variables it captures. */
    public static final class MakeClosure extends ExprNode {
        final FuncCode code;
        final ExprNode[] cells;

        public MakeClosure(Pos pos, FuncCode code, ExprNode[] cells) {
            super(pos);
            this.code = code;
            this.cells = cells;
        }

        @Override
        public Object eval(Frame f) {
            if (cells.length == 0) return new FuncValue(code, (Object[]) null);
            Object[] c = new Object[cells.length];
            for (int i = 0; i < c.length; i++) c[i] = cells[i].eval(f);
            return new FuncValue(code, c);
        }
    }

    /** Evaluates fn and arguments now; returns a call to run later (go and defer). */
    public interface Prepared {
        Object call(Goroutine g, boolean deferred);
    }

    public static Prepared prepare(ExprNode call, Frame f) {
        switch (call) {
            case Static s -> {
                Object[] a = args(s.args, s.spread, f);
                return (g, d) -> Invoke.run(s.code, null, a, g, s.pos, d);
            }
            case Value v -> {
                FuncValue fv = (FuncValue) v.fn.eval(f);
                Object[] a = args(v.args, v.spread, f);
                return (g, d) -> Invoke.call(fv, a, g, v.pos, d);
            }
            case Iface i -> {
                Object rv = i.recv.eval(f);
                if (rv == null) throw Panics.nilDeref(i.pos);
                gosub.runtime.Iface iv = (gosub.runtime.Iface) rv;
                MethodTable.Bound b = i.table.find(iv.type(), i.method).bind(iv.value(), i.pos);
                Object[] a = args(i.args, i.spread, f);
                Object[] all = new Object[a.length + 1];
                all[0] = b.receiver();
                System.arraycopy(a, 0, all, 1, a.length);
                return (g, d) -> Invoke.run(b.code(), null, all, g, i.pos, d);
            }
            case Builtins.Deferrable b -> {
                return b.prepare(f);
            }
            default -> {
                return (g, d) -> call.eval(f);
            }
        }
    }
}
