package gosub.exec;

import gosub.runtime.ArrayValue;
import gosub.runtime.Elems;
import gosub.runtime.Slice;
import gosub.syntax.Pos;

/**
 * s[i] = v and s[i] op= v on slices (and arrays, or pointers to arrays) of basic type: the
 * element is written to the primitive store without a location handle or boxing. As for any
 * index assignment, s and i are evaluated and checked before the value.
 */
public final class SliceStores {
    private SliceStores() {}

    public static final class Store extends StmtNode {
        final ExprNode x, i, value;
        final int kind;
        /** x is an array or a pointer to one, not a slice. */
        final boolean array;
        final Pos pos;

        public Store(Pos pos, ExprNode x, ExprNode i, ExprNode value, int kind, boolean array) {
            this.pos = pos;
            this.x = x;
            this.i = i;
            this.value = value;
            this.kind = kind;
            this.array = array;
        }

        @Override
        public int exec(Frame f) {
            Slice w = array ? window(x.eval(f), pos) : (Slice) x.eval(f);
            int j = check(w, i.evalLong(f), pos);
            Object st = w.array;
            switch (kind) {
                case Elems.LONG -> ((long[]) st)[j] = value.evalLong(f);
                case Elems.BYTE -> ((byte[]) st)[j] = (byte) value.evalLong(f);
                case Elems.DOUBLE -> ((double[]) st)[j] = value.evalDouble(f);
                default -> ((boolean[]) st)[j] = value.evalBool(f);
            }
            return NORMAL;
        }
    }

    /** s[i] op= v: the old element is put in a scalar slot, which op reads. */
    public static final class OpStore extends StmtNode {
        final ExprNode x, i, op;
        final int kind, scratch;
        final boolean array;
        final Pos pos;

        public OpStore(Pos pos, ExprNode x, ExprNode i, ExprNode op, int kind, int scratch, boolean array) {
            this.pos = pos;
            this.x = x;
            this.i = i;
            this.op = op;
            this.kind = kind;
            this.scratch = scratch;
            this.array = array;
        }

        @Override
        public int exec(Frame f) {
            Slice w = array ? window(x.eval(f), pos) : (Slice) x.eval(f);
            int j = check(w, i.evalLong(f), pos);
            Object st = w.array;
            switch (kind) {
                case Elems.LONG -> {
                    long[] a = (long[]) st;
                    f.p[scratch] = a[j];
                    a[j] = op.evalLong(f);
                }
                case Elems.BYTE -> {
                    byte[] a = (byte[]) st;
                    f.p[scratch] = a[j] & 0xFF;
                    a[j] = (byte) op.evalLong(f);
                }
                default -> {
                    double[] a = (double[]) st;
                    f.p[scratch] = Double.doubleToRawLongBits(a[j]);
                    a[j] = op.evalDouble(f);
                }
            }
            return NORMAL;
        }
    }

    /** The whole store of an array value or pointer to one (a nil pointer panics), as a window. */
    static Slice window(Object v, Pos pos) {
        if (v instanceof ArrayValue a) return Slice.of(a.elems);
        if (v == null) throw gosub.runtime.Panics.nilDeref(pos);
        return Access.arrayOf(v, pos);
    }

    /** The store index of s[k], or Go's index panic (a nil slice has length 0). */
    public static int check(Slice s, long k, Pos pos) {
        if (s == null) throw gosub.runtime.Panics.index(k, 0, pos);
        if (k < 0 || k >= s.len) throw gosub.runtime.Panics.index(k, s.len, pos);
        return s.off + (int) k;
    }
}
