package gosub.exec;

import gosub.runtime.Elems;
import gosub.runtime.Slice;
import gosub.syntax.Pos;

/**
 * s[i] = v and s[i] op= v on slices of basic type: the element is written to the primitive
 * store without a location handle or boxing. As for any index assignment, s and i are
 * evaluated and checked before the value.
 */
public final class SliceStores {
    private SliceStores() {}

    public static final class Store extends StmtNode {
        final ExprNode x, i, value;
        final int kind;
        final Pos pos;

        public Store(Pos pos, ExprNode x, ExprNode i, ExprNode value, int kind) {
            this.pos = pos;
            this.x = x;
            this.i = i;
            this.value = value;
            this.kind = kind;
        }

        @Override
        public int exec(Frame f) {
            Slice s = (Slice) x.eval(f);
            int j = check(s, i.evalLong(f), pos);
            switch (kind) {
                case Elems.LONG -> ((long[]) s.array)[j] = value.evalLong(f);
                case Elems.BYTE -> ((byte[]) s.array)[j] = (byte) value.evalLong(f);
                case Elems.DOUBLE -> ((double[]) s.array)[j] = value.evalDouble(f);
                default -> ((boolean[]) s.array)[j] = value.evalBool(f);
            }
            return NORMAL;
        }
    }

    /** s[i] op= v: the old element is put in a scalar slot, which op reads. */
    public static final class OpStore extends StmtNode {
        final ExprNode x, i, op;
        final int kind, scratch;
        final Pos pos;

        public OpStore(Pos pos, ExprNode x, ExprNode i, ExprNode op, int kind, int scratch) {
            this.pos = pos;
            this.x = x;
            this.i = i;
            this.op = op;
            this.kind = kind;
            this.scratch = scratch;
        }

        @Override
        public int exec(Frame f) {
            Slice s = (Slice) x.eval(f);
            int j = check(s, i.evalLong(f), pos);
            switch (kind) {
                case Elems.LONG -> {
                    long[] a = (long[]) s.array;
                    f.p[scratch] = a[j];
                    a[j] = op.evalLong(f);
                }
                case Elems.BYTE -> {
                    byte[] a = (byte[]) s.array;
                    f.p[scratch] = a[j] & 0xFF;
                    a[j] = (byte) op.evalLong(f);
                }
                default -> {
                    double[] a = (double[]) s.array;
                    f.p[scratch] = Double.doubleToRawLongBits(a[j]);
                    a[j] = op.evalDouble(f);
                }
            }
            return NORMAL;
        }
    }

    /** The store index of s[k], or Go's index panic (a nil slice has length 0). */
    public static int check(Slice s, long k, Pos pos) {
        if (s == null) throw gosub.runtime.Panics.index(k, 0, pos);
        if (k < 0 || k >= s.len) throw gosub.runtime.Panics.index(k, s.len, pos);
        return s.off + (int) k;
    }
}
