package gosub.exec;

import gosub.runtime.*;
import gosub.syntax.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** for-range loops over ints, strings, arrays, slices, maps, channels and functions. */
public final class Range {
    private Range() {}

    /** Shared shape: key and value targets (null when absent), body, label. */
    public abstract static class Loop extends StmtNode {
        final ExprNode x;
        final LValue key, value;
        final StmtNode body;
        final String label;
        /** Declares fresh iteration variables each iteration (Go 1.22), before storing. */
        final StmtNode fresh;
        final Pos pos;

        Loop(Pos pos, ExprNode x, LValue key, LValue value, StmtNode body, String label, StmtNode fresh) {
            this.pos = pos;
            this.x = x;
            this.key = key;
            this.value = value;
            this.body = body;
            this.label = label;
            this.fresh = fresh;
        }

        /** Runs one iteration; returns -1 to continue, -2 to stop, else a code to propagate. */
        final int iterate(Frame f, Object k, Object v) {
            if (fresh != null) fresh.exec(f);
            if (key != null) key.assign(f, k);
            if (value != null) value.assign(f, v);
            return Control.loopCode(f, body.exec(f), label);
        }
    }

    public static final class Int extends Loop {
        public Int(Pos pos, ExprNode x, LValue key, StmtNode body, String label, StmtNode fresh) {
            super(pos, x, key, null, body, label, fresh);
        }

        @Override
        public int exec(Frame f) {
            long n = x.evalLong(f);
            Run run = f.g.run;
            for (long i = 0; i < n; i++) {
                if (ExitPoll.stopped(run)) throw new ExitException();
                int c = iterate(f, i, null);
                if (c == -2) break;
                if (c >= 0) return c;
            }
            return NORMAL;
        }
    }

    public static final class Str extends Loop {
        public Str(Pos pos, ExprNode x, LValue key, LValue value, StmtNode body, String label, StmtNode fresh) {
            super(pos, x, key, value, body, label, fresh);
        }

        @Override
        public int exec(Frame f) {
            byte[] b = ((GoString) x.eval(f)).bytes;
            int i = 0;
            while (i < b.length) {
                long r = Utf8.decode(b, i);
                int cp = (int) (r >> 32), size = (int) r;
                int c = iterate(f, (long) i, (long) cp);
                if (c == -2) break;
                if (c >= 0) return c;
                i += size;
            }
            return NORMAL;
        }
    }

    /** Arrays (evaluated once: a copy) and pointers to arrays; slices become for loops (RangeCompiler). */
    public static final class List_ extends Loop {
        final boolean copyArray;

        public List_(Pos pos, ExprNode x, LValue key, LValue value, StmtNode body, String label, StmtNode fresh, boolean copyArray) {
            super(pos, x, key, value, body, label, fresh);
            this.copyArray = copyArray;
        }

        @Override
        public int exec(Frame f) {
            Object v = x.eval(f);
            Object a;
            int off, len;
            if (v instanceof Slice s) {
                a = s.array;
                off = s.off;
                len = s.len;
            } else if (v == null) {
                return NORMAL;
            } else {
                Slice w = Access.arrayOf(v, pos);
                a = w.array;
                off = w.off;
                len = w.len;
                if (copyArray && value != null) {
                    a = Elems.copyOfRange(a, off, off + len);
                    off = 0;
                }
            }
            Run run = f.g.run;
            if (!(a instanceof Object[]) && (key == null || key instanceof Locals.PrimVar) && (value == null || value instanceof Locals.PrimVar)) {
                return scalars(f, run, a, off, len, key == null ? -1 : ((Locals.PrimVar) key).slot,
                        value == null ? -1 : ((Locals.PrimVar) value).slot);
            }
            for (int i = 0; i < len; i++) {
                if (ExitPoll.stopped(run)) throw new ExitException();
                int c = iterate(f, (long) i, value == null ? null : Values.copyValue(Elems.get(a, off + i)));
                if (c == -2) break;
                if (c >= 0) return c;
            }
            return NORMAL;
        }

        /** The loop over a primitive store into scalar locals k and v (-1: none): nothing is boxed. */
        private int scalars(Frame f, Run run, Object a, int off, int len, int k, int v) {
            for (int i = 0; i < len; i++) {
                if (ExitPoll.stopped(run)) throw new ExitException();
                if (fresh != null) fresh.exec(f);
                if (k >= 0) f.p[k] = i;
                if (v >= 0) {
                    f.p[v] = switch (a) {
                        case long[] l -> l[off + i];
                        case byte[] b -> b[off + i] & 0xFF;
                        case double[] d -> Double.doubleToRawLongBits(d[off + i]);
                        default -> ((boolean[]) a)[off + i] ? 1 : 0;
                    };
                }
                int c = Control.loopCode(f, body.exec(f), label);
                if (c == -2) break;
                if (c >= 0) return c;
            }
            return NORMAL;
        }
    }

    /** Maps: a random starting point, as Go randomises iteration order; deleted entries are skipped. */
    public static final class Map_ extends Loop {
        public Map_(Pos pos, ExprNode x, LValue key, LValue value, StmtNode body, String label, StmtNode fresh) {
            super(pos, x, key, value, body, label, fresh);
        }

        @Override
        public int exec(Frame f) {
            MapValue m = (MapValue) x.eval(f);
            if (m == null || m.size() == 0) return NORMAL;
            List<Object> keys = new ArrayList<>(m.entries.keySet());
            int n = keys.size();
            int start = ThreadLocalRandom.current().nextInt(n);
            for (int j = 0; j < n; j++) {
                Object k = keys.get((start + j) % n);
                if (!m.entries.containsKey(k)) continue;
                int c = iterate(f, k, value == null ? null : Values.copyValue(m.entries.get(k)));
                if (c == -2) break;
                if (c >= 0) return c;
            }
            return NORMAL;
        }
    }

    /** Go 1.23 range over a function: the body becomes the yield function seq calls. */
    public static final class Func_ extends Loop {
        final String name;

        public Func_(Pos pos, ExprNode x, LValue key, LValue value, StmtNode body, String label, StmtNode fresh, String name) {
            super(pos, x, key, value, body, label, fresh);
            this.name = name;
        }

        @Override
        public int exec(Frame f) {
            Object seq = x.eval(f);
            int[] pending = {-1};
            boolean[] done = {false};
            FuncCode yield = new FuncCode(name);
            yield.nativeFn = (args, g, p) -> {
                if (done[0]) {
                    throw new GoPanic(new Iface(gosub.types.Universe.STRING,
                            GoString.of("range function continued iteration after function for loop body returned false")), p, false);
                }
                int c = iterate(f, args.length > 0 ? args[0] : null, args.length > 1 ? args[1] : null);
                if (c == -1) return true;
                done[0] = true;
                if (c != -2) pending[0] = c;
                return false;
            };
            Invoke.call((FuncValue) seq, new Object[] {new FuncValue(yield, (Object[]) null)}, f.g, pos, false);
            done[0] = true;
            return pending[0] >= 0 ? pending[0] : NORMAL;
        }
    }

    public static final class Chan_ extends Loop {
        public Chan_(Pos pos, ExprNode x, LValue key, StmtNode body, String label, StmtNode fresh) {
            super(pos, x, key, null, body, label, fresh);
        }

        @Override
        public int exec(Frame f) {
            Chan ch = (Chan) x.eval(f);
            Object[] r = new Object[2];
            while (Chan.recv(ch, r, f.g, pos)) {
                int c = iterate(f, r[0], null);
                if (c == -2) break;
                if (c >= 0) return c;
            }
            return NORMAL;
        }
    }

}
