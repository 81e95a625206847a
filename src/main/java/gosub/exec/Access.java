package gosub.exec;

import gosub.runtime.*;
import gosub.syntax.Pos;

/** Field selection, indexing, slicing and dereference, with Go's runtime errors. */
public final class Access {
    private Access() {}

    static StructValue struct(Object v, Pos pos) {
        if (v == null) throw Panics.nilDeref(pos);
        return v instanceof Pointer p ? (StructValue) p.load() : (StructValue) v;
    }

    /** x.f where x evaluates to a struct (or a pointer to one: auto-dereference). */
    public static final class Field extends ExprNode {
        final ExprNode x;
        final int index;

        public Field(Pos pos, ExprNode x, int index) {
            super(pos);
            this.x = x;
            this.index = index;
        }

        @Override
        public Object eval(Frame f) {
            return get(x.eval(f), index, this);
        }

        static Object get(Object v, int index, ExprNode at) {
            return struct(v, at.pos).fields[index];
        }
    }

    public static final class FieldLV extends LValue {
        final ExprNode x;
        final int index;
        final Pos pos;

        public FieldLV(Pos pos, ExprNode x, int index) {
            this.pos = pos;
            this.x = x;
            this.index = index;
        }

        @Override
        public Object prepare(Frame f) {
            return struct(x.eval(f), pos);
        }

        @Override
        public Object load(Frame f, Object h) {
            return ((StructValue) h).fields[index];
        }

        @Override
        public void store(Frame f, Object h, Object v) {
            ((StructValue) h).fields[index] = v;
        }
    }

    /** &x.f */
    public static final class FieldAddr extends ExprNode {
        final ExprNode x;
        final int index;

        public FieldAddr(Pos pos, ExprNode x, int index) {
            super(pos);
            this.x = x;
            this.index = index;
        }

        @Override
        public Object eval(Frame f) {
            return new FieldPointer(struct(x.eval(f), pos), index);
        }
    }

    public static final class Deref extends ExprNode {
        final ExprNode p;

        public Deref(Pos pos, ExprNode p) {
            super(pos);
            this.p = p;
        }

        @Override
        public Object eval(Frame f) {
            Object v = p.eval(f);
            if (v == null) throw Panics.nilDeref(pos);
            return ((Pointer) v).load();
        }
    }

    public static final class DerefLV extends LValue {
        final ExprNode p;
        final Pos pos;

        public DerefLV(Pos pos, ExprNode p) {
            this.pos = pos;
            this.p = p;
        }

        @Override
        public Object prepare(Frame f) {
            Object v = p.eval(f);
            if (v == null) throw Panics.nilDeref(pos);
            return v;
        }

        @Override
        public Object load(Frame f, Object h) {
            return ((Pointer) h).load();
        }

        @Override
        public void store(Frame f, Object h, Object v) {
            ((Pointer) h).store(v);
        }
    }

    // ---------------------------------------------------------------- indexing

    static int index(long i, long len, Pos pos) {
        if (i < 0 || i >= len) throw Panics.index(i, len, pos);
        return (int) i;
    }

    /** The backing array and offset of an array, pointer to array, or slice, as a slice of it. */
    static Slice arrayOf(Object v, Pos pos) {
        if (v instanceof ArrayValue a) return Slice.of(a.elems);
        if (v instanceof Slice s) return s;
        if (v instanceof ArrayViewPointer p) return new Slice(p.array(), p.off(), p.len(), p.len());
        if (v instanceof Pointer p) return Slice.of(((ArrayValue) p.load()).elems);
        throw Panics.nilDeref(pos);
    }

    public static final class SliceIndex extends ExprNode {
        final ExprNode x, i;
        /** The store kind (Elems) the element type gives: loads of basic elements never box. */
        final int kind;

        public SliceIndex(Pos pos, ExprNode x, ExprNode i, int kind) {
            super(pos);
            this.x = x;
            this.i = i;
            this.kind = kind;
        }

        @Override
        public Object eval(Frame f) {
            return at((Slice) x.eval(f), i.evalLong(f), this);
        }

        @Override
        public long evalLong(Frame f) {
            Slice s = (Slice) x.eval(f);
            int j = check(s, i.evalLong(f), this);
            return kind == Elems.BYTE ? ((byte[]) s.array)[j] & 0xFF : ((long[]) s.array)[j];
        }

        @Override
        public double evalDouble(Frame f) {
            Slice s = (Slice) x.eval(f);
            int j = check(s, i.evalLong(f), this);
            return ((double[]) s.array)[j];
        }

        @Override
        public boolean evalBool(Frame f) {
            Slice s = (Slice) x.eval(f);
            int j = check(s, i.evalLong(f), this);
            return ((boolean[]) s.array)[j];
        }

        /** The store index of s[k], or Go's index panic (a nil slice has length 0). */
        static int check(Slice s, long k, ExprNode node) {
            return SliceStores.check(s, k, node.pos);
        }

        static Object at(Slice s, long k, ExprNode node) {
            int j = check(s, k, node); // before s.array: a nil s panics here
            return Elems.get(s.array, j);
        }
    }

    public static final class ArrayIndex extends ExprNode {
        final ExprNode x, i;
        /** The store kind (Elems) of the elements: loads of basic elements never box. */
        final int kind;

        public ArrayIndex(Pos pos, ExprNode x, ExprNode i, int kind) {
            super(pos);
            this.x = x;
            this.i = i;
            this.kind = kind;
        }

        @Override
        public Object eval(Frame f) {
            return generic(x.eval(f), f);
        }

        private Object generic(Object v, Frame f) {
            if (v == null) throw Panics.nilDeref(pos);
            Slice a = arrayOf(v, pos);
            return Elems.get(a.array, a.off + index(i.evalLong(f), a.len, pos));
        }

        @Override
        public long evalLong(Frame f) {
            Object v = x.eval(f);
            Object st = store(v, pos);
            if (st == null) return (Long) generic(v, f);
            long k = i.evalLong(f);
            if (st instanceof byte[] b) return b[index(k, b.length, pos)] & 0xFF;
            long[] l = (long[]) st;
            return l[index(k, l.length, pos)];
        }

        @Override
        public double evalDouble(Frame f) {
            Object v = x.eval(f);
            Object st = store(v, pos);
            if (st == null) return (Double) generic(v, f);
            double[] d = (double[]) st;
            return d[index(i.evalLong(f), d.length, pos)];
        }

        @Override
        public boolean evalBool(Frame f) {
            Object v = x.eval(f);
            Object st = store(v, pos);
            if (st == null) return (Boolean) generic(v, f);
            boolean[] b = (boolean[]) st;
            return b[index(i.evalLong(f), b.length, pos)];
        }

        /**
         * The whole store of an array value or of a pointer to a variable holding one; null for
         * a view of a slice (*[N]T)(s), which the generic path handles. A nil pointer panics.
         */
        static Object store(Object v, Pos pos) {
            if (v instanceof ArrayValue a) return a.elems;
            if (v instanceof Cell c) return ((ArrayValue) c.load()).elems;
            if (v == null) throw Panics.nilDeref(pos);
            return null;
        }
    }

    public static final class StringIndex extends ExprNode {
        final ExprNode x, i;

        public StringIndex(Pos pos, ExprNode x, ExprNode i) {
            super(pos);
            this.x = x;
            this.i = i;
        }

        @Override
        public Object eval(Frame f) {
            return evalLong(f);
        }

        @Override
        public long evalLong(Frame f) {
            return at((GoString) x.eval(f), i.evalLong(f), this);
        }

        static long at(GoString s, long k, ExprNode node) {
            byte[] b = s.bytes;
            return b[index(k, b.length, node.pos)] & 0xFF;
        }
    }

    /** a[i] as a location: slices and arrays alike ({array, index} handle). */
    public static final class IndexLV extends LValue {
        final ExprNode x, i;
        final Pos pos;
        /** x is a pointer to an array (nil means a nil dereference, not an empty slice). */
        final boolean pointer;
        /** x is a slice, whose elements have this store kind (else -1). */
        final int sliceKind;

        public IndexLV(Pos pos, ExprNode x, ExprNode i, boolean pointer, int sliceKind) {
            this.pos = pos;
            this.x = x;
            this.i = i;
            this.pointer = pointer;
            this.sliceKind = sliceKind;
        }

        @Override
        public Object prepare(Frame f) {
            return elem(x.eval(f), i.evalLong(f), this);
        }

        static ElemPointer elem(Object v, long k, IndexLV lv) {
            Pos pos = lv.pos;
            boolean pointer = lv.pointer;
            if (v instanceof Slice s) return new ElemPointer(s.array, s.off + index(k, s.len, pos));
            if (v == null) {
                throw pointer ? Panics.nilDeref(pos) : Panics.index(k, 0, pos);
            }
            Slice a = arrayOf(v, pos);
            return new ElemPointer(a.array, a.off + index(k, a.len, pos));
        }

        @Override
        public Object load(Frame f, Object h) {
            return ((ElemPointer) h).load();
        }

        @Override
        public void store(Frame f, Object h, Object v) {
            ((ElemPointer) h).store(v);
        }
    }

    /** &a[i] */
    public static final class IndexAddr extends ExprNode {
        final IndexLV lv;

        public IndexAddr(Pos pos, IndexLV lv) {
            super(pos);
            this.lv = lv;
        }

        @Override
        public Object eval(Frame f) {
            return lv.prepare(f);
        }
    }

    public static final class MapIndex extends ExprNode {
        final ExprNode m, k;
        final ZeroValue zero;
        final boolean commaOk;

        public MapIndex(Pos pos, ExprNode m, ExprNode k, ZeroValue zero, boolean commaOk) {
            super(pos);
            this.m = m;
            this.k = k;
            this.zero = zero;
            this.commaOk = commaOk;
        }

        @Override
        public Object eval(Frame f) {
            MapValue mv = (MapValue) m.eval(f);
            Object key = k.eval(f);
            MapLV.checkHashable(key, pos);
            Object v = mv == null ? null : mv.get(key);
            boolean ok = v != null || (mv != null && mv.contains(key));
            if (!ok) v = zero.make();
            return commaOk ? new Object[] {v, ok} : v;
        }
    }

    public static final class MapLV extends LValue {
        final ExprNode m, k;
        final ZeroValue zero;
        final Pos pos;

        public MapLV(Pos pos, ExprNode m, ExprNode k, ZeroValue zero) {
            this.pos = pos;
            this.m = m;
            this.k = k;
            this.zero = zero;
        }

        static void checkHashable(Object key, Pos pos) {
            if (key instanceof Iface i && !gosub.types.TypeOps.comparable(i.type())) {
                throw Panics.error("hash of unhashable type " + gosub.types.TypeNames.of(i.type(), true), pos);
            }
        }

        @Override
        public Object prepare(Frame f) {
            MapValue mv = (MapValue) m.eval(f);
            Object key = k.eval(f);
            checkHashable(key, pos);
            return new Object[] {mv, key};
        }

        @Override
        public Object load(Frame f, Object h) {
            Object[] p = (Object[]) h;
            MapValue mv = (MapValue) p[0];
            Object v = mv == null ? null : mv.get(p[1]);
            return v != null || (mv != null && mv.contains(p[1])) ? v : zero.make();
        }

        @Override
        public void store(Frame f, Object h, Object v) {
            Object[] p = (Object[]) h;
            if (p[0] == null) throw Panics.nilMap(pos);
            ((MapValue) p[0]).put(p[1], v);
        }
    }

    // ---------------------------------------------------------------- slicing

    public static final class SliceExpr extends ExprNode {
        final ExprNode x, lo, hi, max;
        final int kind; // 0 slice, 1 string, 2 array (value or pointer)

        public SliceExpr(Pos pos, ExprNode x, ExprNode lo, ExprNode hi, ExprNode max, int kind) {
            super(pos);
            this.x = x;
            this.lo = lo;
            this.hi = hi;
            this.max = max;
            this.kind = kind;
        }

        @Override
        public Object eval(Frame f) {
            Object v = x.eval(f);
            if (kind == 1) {
                GoString s = (GoString) v;
                long l = lo == null ? 0 : lo.evalLong(f);
                long h = hi == null ? s.length() : hi.evalLong(f);
                checkBounds(l, h, s.length(), "length", pos);
                return s.substring((int) l, (int) h);
            }
            Object arr;
            int off, cap, len;
            if (kind == 0) {
                Slice s = (Slice) v;
                if (s == null) {
                    arr = null; // only nil[0:0] gets past the bounds check, and it stays nil
                    off = 0;
                    cap = 0;
                    len = 0;
                } else {
                    arr = s.array;
                    off = s.off;
                    cap = s.cap;
                    len = s.len;
                }
            } else {
                if (v == null) throw Panics.nilDeref(pos);
                Slice a = arrayOf(v, pos);
                arr = a.array;
                off = a.off;
                cap = a.len;
                len = a.len;
            }
            long l = lo == null ? 0 : lo.evalLong(f);
            long h = hi == null ? len : hi.evalLong(f);
            long m = max == null ? cap : max.evalLong(f);
            String limit = kind == 0 ? "capacity" : "length";
            if (max != null) {
                if (m < 0 || m > cap) throw outOfRange(m < 0 ? "[::" + m + "]" : "[::" + m + "] with " + limit + " " + cap, pos);
                if (h < 0 || h > m) throw outOfRange(h < 0 ? "[:" + h + ":]" : "[:" + h + ":" + m + "]", pos);
                if (l < 0 || l > h) throw outOfRange(l < 0 ? "[" + l + "::]" : "[" + l + ":" + h + ":]", pos);
            } else {
                checkBounds(l, h, cap, limit, pos);
            }
            if (kind == 0 && v == null && h == 0) return null;
            return new Slice(arr, off + (int) l, (int) (h - l), (int) (m - l));
        }
    }

    /**
     * The bounds check of x[l:h] against x's length or capacity, with Go's texts
     * (runtime/error.go): a negative bound is reported alone.
     */
    static void checkBounds(long l, long h, long limit, String limitName, Pos pos) {
        if (h < 0 || h > limit) throw outOfRange(h < 0 ? "[:" + h + "]" : "[:" + h + "] with " + limitName + " " + limit, pos);
        if (l < 0 || l > h) throw outOfRange(l < 0 ? "[" + l + ":]" : "[" + l + ":" + h + "]", pos);
    }

    static GoPanic outOfRange(String bounds, Pos pos) {
        return Panics.bounds("slice bounds out of range " + bounds, pos);
    }

    /** Struct and array values are copied when used as values. */
    public static final class Copy extends ExprNode {
        final ExprNode x;

        public Copy(Pos pos, ExprNode x) {
            super(pos);
            this.x = x;
        }

        @Override
        public Object eval(Frame f) {
            return Values.copyValue(x.eval(f));
        }
    }
}
