package gosub.exec;

import gosub.runtime.*;
import gosub.syntax.Pos;

/** The builtin functions. */
public final class Builtins {
    private Builtins() {}

    /** Builtins usable in go and defer statements evaluate their arguments at that point. */
    public interface Deferrable {
        Calls.Prepared prepare(Frame f);
    }

    public static final class Len extends ExprNode {
        final ExprNode x;

        public Len(Pos pos, ExprNode x) {
            super(pos);
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            return evalLong(f);
        }

        @Override
        public long evalLong(Frame f) {
            return of(x.eval(f), f);
        }

        static long of(Object v, Frame f) {
            return of(v, f.g);
        }

        static long of(Object v, gosub.runtime.Goroutine g) {
            return switch (v) {
                case null -> 0;
                case GoString s -> s.length();
                case Slice s -> s.len;
                case ArrayValue a -> a.length();
                case MapValue m -> m.size();
                case Chan c -> c.len(g.run.scheduler);
                case ArrayViewPointer p -> p.len();
                case Pointer p -> ((ArrayValue) p.load()).length();
                default -> throw new IllegalStateException("len of " + v.getClass());
            };
        }
    }

    public static final class Cap extends ExprNode {
        final ExprNode x;

        public Cap(Pos pos, ExprNode x) {
            super(pos);
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            return evalLong(f);
        }

        @Override
        public long evalLong(Frame f) {
            Object v = x.eval(f);
            return switch (v) {
                case null -> 0;
                case Slice s -> s.cap;
                case ArrayValue a -> a.length();
                case Chan c -> c.cap;
                case ArrayViewPointer p -> p.len();
                case Pointer p -> ((ArrayValue) p.load()).length();
                default -> throw new IllegalStateException("cap of " + v.getClass());
            };
        }
    }

    /**
     * s extended by n elements, which the caller then sets: in place when the capacity allows,
     * else in a new store whose size the elements' Go size and pointers decide (SliceGrowth).
     */
    static Slice grow(Slice s, int n, long elemSize, boolean pointers, int kind, ZeroValue zero) {
        int len = s == null ? 0 : s.len;
        int cap = s == null ? 0 : s.cap;
        if (s != null && len + n <= cap) return new Slice(s.array, s.off, len + n, cap);
        int newCap = SliceGrowth.newCap(cap, len + n, elemSize, pointers);
        // elements past len+n stay visible through s[:cap(s)], so they are zeros too
        Object a = Stores.alloc(kind, newCap, zero, len + n);
        if (s != null) Elems.copy(s.array, s.off, a, 0, len);
        return new Slice(a, 0, len + n, newCap);
    }

    public static final class Append extends ExprNode {
        final ExprNode s;
        final ExprNode[] xs;
        /** append(s, t...): xs[0] is a slice (or a string for []byte). */
        final boolean spread;
        final ZeroValue fill;
        final long elemSize;
        final boolean pointers;
        /** The store kind of the elements (Elems): one basic element is appended without boxing. */
        final int kind;

        public Append(Pos pos, ExprNode s, ExprNode[] xs, boolean spread, ZeroValue fill, long elemSize, boolean pointers, int kind) {
            super(pos);
            this.s = s;
            this.xs = xs;
            this.spread = spread;
            this.fill = fill;
            this.elemSize = elemSize;
            this.pointers = pointers;
            this.kind = kind;
        }

        @Override
        public Object eval(Frame f) {
            Slice base = (Slice) s.eval(f);
            if (spread) {
                Object t = xs[0].eval(f);
                if (t instanceof GoString str) {
                    int n = str.length();
                    if (n == 0) return base;
                    Slice r = grow(base, n, elemSize, pointers, kind, fill);
                    int at = r.off + r.len - n;
                    if (r.array instanceof byte[] b) System.arraycopy(str.bytes, 0, b, at, n);
                    else for (int i = 0; i < n; i++) Elems.set(r.array, at + i, (long) (str.bytes[i] & 0xFF));
                    return r;
                }
                Slice ts = (Slice) t;
                if (ts == null || ts.len == 0) return base;
                Slice r = grow(base, ts.len, elemSize, pointers, kind, fill);
                Elems.copy(ts.array, ts.off, r.array, r.off + r.len - ts.len, ts.len);
                return r;
            }
            if (xs.length == 1 && kind != Elems.OBJ) return appendOne(base, f);
            Object[] vals = new Object[xs.length];
            for (int i = 0; i < vals.length; i++) vals[i] = xs[i].eval(f);
            if (vals.length == 0) return base;
            Slice r = grow(base, vals.length, elemSize, pointers, kind, fill);
            int at = r.off + r.len - vals.length;
            for (int i = 0; i < vals.length; i++) Elems.set(r.array, at + i, vals[i]);
            return r;
        }

        /** append(s, x) for a basic element: the value is computed before s grows, as Go does. */
        private Slice appendOne(Slice base, Frame f) {
            ExprNode x = xs[0];
            return switch (kind) {
                case Elems.DOUBLE -> appendDouble(base, x.evalDouble(f), this);
                case Elems.BOOL -> appendBool(base, x.evalBool(f), this);
                default -> appendLong(base, x.evalLong(f), this);
            };
        }

        static Slice appendLong(Slice base, long v, Append a) {
            Slice r = grow(base, 1, a.elemSize, a.pointers, a.kind, a.fill);
            if (a.kind == Elems.BYTE) ((byte[]) r.array)[r.off + r.len - 1] = (byte) v;
            else ((long[]) r.array)[r.off + r.len - 1] = v;
            return r;
        }

        static Slice appendDouble(Slice base, double v, Append a) {
            Slice r = grow(base, 1, a.elemSize, a.pointers, a.kind, a.fill);
            ((double[]) r.array)[r.off + r.len - 1] = v;
            return r;
        }

        static Slice appendBool(Slice base, boolean v, Append a) {
            Slice r = grow(base, 1, a.elemSize, a.pointers, a.kind, a.fill);
            ((boolean[]) r.array)[r.off + r.len - 1] = v;
            return r;
        }
    }

    public static final class Copy extends ExprNode {
        final ExprNode dst, src;

        public Copy(Pos pos, ExprNode dst, ExprNode src) {
            super(pos);
            this.dst = dst;
            this.src = src;
        }

        @Override
        public Object eval(Frame f) {
            return evalLong(f);
        }

        @Override
        public long evalLong(Frame f) {
            Slice d = (Slice) dst.eval(f);
            Object sv = src.eval(f);
            if (d == null) return 0;
            if (sv instanceof GoString s) {
                int n = Math.min(d.len, s.length());
                if (d.array instanceof byte[] b) System.arraycopy(s.bytes, 0, b, d.off, n);
                else for (int i = 0; i < n; i++) Elems.set(d.array, d.off + i, (long) (s.bytes[i] & 0xFF));
                return n;
            }
            Slice s = (Slice) sv;
            if (s == null) return 0;
            int n = Math.min(d.len, s.len);
            Elems.copy(s.array, s.off, d.array, d.off, n);
            return n;
        }
    }

    public static final class Delete extends ExprNode implements Deferrable {
        final ExprNode m, k;

        public Delete(Pos pos, ExprNode m, ExprNode k) {
            super(pos);
            this.m = m;
            this.k = k;
        }

        @Override
        public Object eval(Frame f) {
            MapValue mv = (MapValue) m.eval(f);
            Object key = k.eval(f);
            if (mv != null) mv.entries.remove(Values.mapKey(key));
            return null;
        }

        @Override
        public Calls.Prepared prepare(Frame f) {
            MapValue mv = (MapValue) m.eval(f);
            Object key = k.eval(f);
            return (g, d) -> {
                if (mv != null) mv.entries.remove(Values.mapKey(key));
                return null;
            };
        }
    }

    public static final class MakeSlice extends ExprNode {
        final ExprNode len, cap;
        final ZeroValue zero;
        final int kind;

        public MakeSlice(Pos pos, ExprNode len, ExprNode cap, ZeroValue zero, int kind) {
            super(pos);
            this.len = len;
            this.cap = cap;
            this.zero = zero;
            this.kind = kind;
        }

        @Override
        public Object eval(Frame f) {
            long n = len.evalLong(f);
            long c = cap == null ? n : cap.evalLong(f);
            if (n < 0 || n > Integer.MAX_VALUE - 8) throw Panics.error("makeslice: len out of range", pos);
            if (c < n || c > Integer.MAX_VALUE - 8) throw Panics.error("makeslice: cap out of range", pos);
            return new Slice(Stores.alloc(kind, (int) c, zero), 0, (int) n, (int) c);
        }
    }

    public static final class MakeMap extends ExprNode {
        final ExprNode hint;

        public MakeMap(Pos pos, ExprNode hint) {
            super(pos);
            this.hint = hint;
        }

        @Override
        public Object eval(Frame f) {
            long h = hint == null ? 0 : hint.evalLong(f);
            if (h < 0) throw Panics.error("makemap: size out of range", pos);
            return new MapValue((int) Math.min(h, 1 << 20));
        }
    }

    public static final class MakeChan extends ExprNode {
        final ExprNode size;
        final ZeroValue zero;

        public MakeChan(Pos pos, ExprNode size, ZeroValue zero) {
            super(pos);
            this.size = size;
            this.zero = zero;
        }

        @Override
        public Object eval(Frame f) {
            long n = size == null ? 0 : size.evalLong(f);
            if (n < 0 || n > Integer.MAX_VALUE) throw Panics.error("makechan: size out of range", pos);
            return new Chan((int) n, zero.make());
        }
    }

    public static final class PanicCall extends ExprNode implements Deferrable {
        final ExprNode x;

        public PanicCall(Pos pos, ExprNode x) {
            super(pos);
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            throw panic(x.eval(f));
        }

        GoPanic panic(Object v) {
            if (v == null) {
                // Go 1.21+: panic(nil) becomes a *runtime.PanicNilError.
                return new GoPanic(new Iface(gosub.types.RuntimeErrors.PANIC_NIL_PTR, new Cell(GoString.of("panic called with nil argument"))), pos, false);
            }
            return new GoPanic(v, pos, false);
        }

        @Override
        public Calls.Prepared prepare(Frame f) {
            Object v = x.eval(f);
            return (g, d) -> {
                throw panic(v);
            };
        }
    }

    public static final class Recover extends ExprNode {
        public Recover(Pos pos) {
            super(pos);
        }

        @Override
        public Object eval(Frame f) {
            return Invoke.recover(f);
        }
    }

    public static final class Close extends ExprNode implements Deferrable {
        final ExprNode ch;

        public Close(Pos pos, ExprNode ch) {
            super(pos);
            this.ch = ch;
        }

        @Override
        public Object eval(Frame f) {
            Chan.close((Chan) ch.eval(f), f.g, pos);
            return null;
        }

        @Override
        public Calls.Prepared prepare(Frame f) {
            Chan c = (Chan) ch.eval(f);
            return (g, d) -> {
                Chan.close(c, g, pos);
                return null;
            };
        }
    }

    /** print and println: to standard error, in the runtime's own formats. */
    public static final class Print extends ExprNode implements Deferrable {
        final ExprNode[] args;
        final boolean ln;
        final gosub.types.Type[] types;

        public Print(Pos pos, ExprNode[] args, gosub.types.Type[] types, boolean ln) {
            super(pos);
            this.args = args;
            this.types = types;
            this.ln = ln;
        }

        @Override
        public Object eval(Frame f) {
            Object[] vs = new Object[args.length];
            for (int i = 0; i < vs.length; i++) vs[i] = args[i].eval(f);
            f.g.run.stderr(RuntimePrint.format(vs, types, ln));
            return null;
        }

        @Override
        public Calls.Prepared prepare(Frame f) {
            Object[] vs = new Object[args.length];
            for (int i = 0; i < vs.length; i++) vs[i] = args[i].eval(f);
            return (g, d) -> {
                g.run.stderr(RuntimePrint.format(vs, types, ln));
                return null;
            };
        }
    }

    public static final class Clear extends ExprNode {
        final ExprNode x;
        final ZeroValue zero;

        public Clear(Pos pos, ExprNode x, ZeroValue zero) {
            super(pos);
            this.x = x;
            this.zero = zero;
        }

        @Override
        public Object eval(Frame f) {
            Object v = x.eval(f);
            if (v instanceof MapValue m) m.entries.clear();
            else if (v instanceof Slice s) Stores.clear(s.array, s.off, s.len, zero);
            return null;
        }
    }

    public static final class MinMax extends ExprNode {
        final ExprNode[] xs;
        final boolean max;
        final int kind; // 0 signed, 1 unsigned, 2 float, 3 string

        public MinMax(Pos pos, ExprNode[] xs, boolean max, int kind) {
            super(pos);
            this.xs = xs;
            this.max = max;
            this.kind = kind;
        }

        @Override
        public Object eval(Frame f) {
            Object best = xs[0].eval(f);
            for (int i = 1; i < xs.length; i++) {
                Object v = xs[i].eval(f);
                int c = switch (kind) {
                    case 0 -> Long.compare((Long) v, (Long) best);
                    case 1 -> Long.compareUnsigned((Long) v, (Long) best);
                    case 2 -> {
                        double a = (Double) v, b = (Double) best;
                        if (Double.isNaN(a) || Double.isNaN(b)) {
                            best = Double.NaN;
                            yield 0;
                        }
                        yield a == b ? (max ? (Double.compare(a, b)) : Double.compare(a, b)) : Double.compare(a, b);
                    }
                    default -> ((GoString) v).compareTo((GoString) best);
                };
                if (max ? c > 0 : c < 0) best = v;
            }
            return best;
        }
    }

    public static final class MakeComplex extends ExprNode {
        final ExprNode re, im;
        final boolean c64;

        public MakeComplex(Pos pos, ExprNode re, ExprNode im, boolean c64) {
            super(pos);
            this.re = re;
            this.im = im;
            this.c64 = c64;
        }

        @Override
        public Object eval(Frame f) {
            return new Complex(re.evalDouble(f), im.evalDouble(f));
        }
    }

    public static final class RealImag extends ExprNode {
        final ExprNode x;
        final boolean real;

        public RealImag(Pos pos, ExprNode x, boolean real) {
            super(pos);
            this.x = x;
            this.real = real;
        }

        @Override
        public Object eval(Frame f) {
            return evalDouble(f);
        }

        @Override
        public double evalDouble(Frame f) {
            Complex c = (Complex) x.eval(f);
            return real ? c.re() : c.im();
        }
    }
}
