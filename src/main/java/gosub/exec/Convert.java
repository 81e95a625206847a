package gosub.exec;

import gosub.runtime.*;
import gosub.syntax.Pos;
import java.io.ByteArrayOutputStream;

/** Conversions between types whose run-time representation differs. */
public final class Convert {
    private Convert() {}

    public static final class IntToInt extends ExprNode {
        final ExprNode x;
        final int kind;

        public IntToInt(Pos pos, ExprNode x, int kind) {
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
            return IntKind.wrap(kind, x.evalLong(f));
        }
    }

    public static final class IntToFloat extends ExprNode {
        final ExprNode x;
        final boolean unsigned, f32;

        public IntToFloat(Pos pos, ExprNode x, boolean unsigned, boolean f32) {
            super(pos);
            this.x = x;
            this.unsigned = unsigned;
            this.f32 = f32;
        }

        @Override
        public Object eval(Frame f) {
            return evalDouble(f);
        }

        @Override
        public double evalDouble(Frame f) {
            return toFloat(x.evalLong(f), unsigned, f32);
        }

        static double toFloat(long v, boolean unsigned, boolean f32) {
            double d = unsigned && v < 0 ? (double) (v >>> 1) * 2.0 + (v & 1) : (double) v;
            return f32 ? (float) d : d;
        }
    }

    /** Float to integer truncates toward zero (out-of-range results are implementation-defined). */
    public static final class FloatToInt extends ExprNode {
        final ExprNode x;
        final int kind;

        public FloatToInt(Pos pos, ExprNode x, int kind) {
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
            return toInt(x.evalDouble(f), kind);
        }

        static long toInt(double d, int kind) {
            if (kind == IntKind.U64 && d >= 9.223372036854775807E18) {
                return new java.math.BigDecimal(d).toBigInteger().longValue();
            }
            return IntKind.wrap(kind, (long) d);
        }
    }

    public static final class FloatToFloat extends ExprNode {
        final ExprNode x;
        final boolean f32;

        public FloatToFloat(Pos pos, ExprNode x, boolean f32) {
            super(pos);
            this.x = x;
            this.f32 = f32;
        }

        @Override
        public Object eval(Frame f) {
            return evalDouble(f);
        }

        @Override
        public double evalDouble(Frame f) {
            double d = x.evalDouble(f);
            return f32 ? (float) d : d;
        }
    }

    public static final class ComplexToComplex extends ExprNode {
        final ExprNode x;
        final boolean c64;

        public ComplexToComplex(Pos pos, ExprNode x, boolean c64) {
            super(pos);
            this.x = x;
            this.c64 = c64;
        }

        @Override
        public Object eval(Frame f) {
            Complex c = (Complex) x.eval(f);
            return c64 ? new Complex((float) c.re(), (float) c.im()) : c;
        }
    }

    /** string(rune) */
    public static final class RuneToString extends ExprNode {
        final ExprNode x;
        final boolean unsigned;

        public RuneToString(Pos pos, ExprNode x, boolean unsigned) {
            super(pos);
            this.x = x;
            this.unsigned = unsigned;
        }

        @Override
        public Object eval(Frame f) {
            long v = x.evalLong(f);
            if (unsigned && v < 0) v = -1;
            return new GoString(Utf8.encode(v));
        }
    }

    public static final class BytesToString extends ExprNode {
        final ExprNode x;

        public BytesToString(Pos pos, ExprNode x) {
            super(pos);
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            Slice s = (Slice) x.eval(f);
            if (s == null) return GoString.EMPTY;
            return new GoString(Elems.bytes(s.array, s.off, s.len));
        }
    }

    public static final class RunesToString extends ExprNode {
        final ExprNode x;

        public RunesToString(Pos pos, ExprNode x) {
            super(pos);
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            Slice s = (Slice) x.eval(f);
            if (s == null) return GoString.EMPTY;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < s.len; i++) out.writeBytes(Utf8.encode((Long) Elems.get(s.array, s.off + i)));
            return new GoString(out.toByteArray());
        }
    }

    public static final class StringToBytes extends ExprNode {
        final ExprNode x;

        public StringToBytes(Pos pos, ExprNode x) {
            super(pos);
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            return Slice.of(((GoString) x.eval(f)).bytes.clone());
        }
    }

    public static final class StringToRunes extends ExprNode {
        final ExprNode x;

        public StringToRunes(Pos pos, ExprNode x) {
            super(pos);
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            byte[] b = ((GoString) x.eval(f)).bytes;
            long[] rs = new long[b.length];
            int n = 0;
            for (int i = 0; i < b.length; ) {
                long r = Utf8.decode(b, i);
                rs[n++] = (int) (r >> 32);
                i += (int) r;
            }
            return Slice.of(java.util.Arrays.copyOf(rs, n));
        }
    }

    /** []T to [N]T (a copy) or *[N]T (sharing the array), with Go's length check. */
    public static final class SliceToArray extends ExprNode {
        final ExprNode x;
        final int n;
        final boolean pointer;
        final int kind;

        public SliceToArray(Pos pos, ExprNode x, int n, boolean pointer, int kind) {
            super(pos);
            this.x = x;
            this.n = n;
            this.pointer = pointer;
            this.kind = kind;
        }

        @Override
        public Object eval(Frame f) {
            Slice s = (Slice) x.eval(f);
            int len = s == null ? 0 : s.len;
            if (len < n) {
                throw Panics.bounds("cannot convert slice with length " + len + " to array or pointer to array with length " + n, pos);
            }
            if (pointer && s == null) return null;
            if (pointer) return new ArrayViewPointer(s.array, s.off, n);
            if (s == null) return new ArrayValue(Elems.alloc(kind, 0));
            return new ArrayValue(Elems.copyOfRange(s.array, s.off, s.off + n)).copy();
        }
    }
}
