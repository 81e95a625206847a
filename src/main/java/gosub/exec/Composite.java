package gosub.exec;

import gosub.runtime.*;
import gosub.syntax.Pos;

/** Composite literals and new(T) / &T{}. */
public final class Composite {
    private Composite() {}

    /** A struct literal: fields not given take their zero value. */
    public static final class StructLit extends ExprNode {
        final ZeroValue[] zeros;
        final int[] indices;
        final ExprNode[] values;

        /** Every field given, in order: the values are the fields. */
        private final boolean complete;
        /** The fields not given, which take their zero value. */
        private final int[] missing;

        public StructLit(Pos pos, ZeroValue[] zeros, int[] indices, ExprNode[] values) {
            super(pos);
            this.zeros = zeros;
            this.indices = indices;
            this.values = values;
            boolean[] given = new boolean[zeros.length];
            boolean inOrder = indices.length == zeros.length;
            for (int i = 0; i < indices.length; i++) {
                given[indices[i]] = true;
                inOrder &= indices[i] == i;
            }
            this.complete = inOrder;
            int n = 0;
            for (boolean g : given) if (!g) n++;
            this.missing = new int[n];
            for (int i = 0, k = 0; i < given.length; i++) if (!given[i]) missing[k++] = i;
        }

        @Override
        public Object eval(Frame f) {
            Object[] given = new Object[values.length];
            for (int i = 0; i < given.length; i++) given[i] = values[i].eval(f);
            return make(given);
        }

        /** The struct from the values given, in the order of `values` (a fresh array it may keep). */
        Object make(Object[] given) {
            if (complete) return new StructValue(given);
            Object[] fs = new Object[zeros.length];
            for (int i = 0; i < indices.length; i++) fs[indices[i]] = given[i];
            for (int m : missing) fs[m] = zeros[m].make();
            return new StructValue(fs);
        }
    }

    /** Array and slice literals: elements at given indices, the rest zero. */
    public static final class ListLit extends ExprNode {
        final int length;
        final int[] indices;
        final ExprNode[] values;
        final ZeroValue zero;
        final boolean slice;
        final int kind;

        public ListLit(Pos pos, int length, int[] indices, ExprNode[] values, ZeroValue zero, boolean slice, int kind) {
            super(pos);
            this.kind = kind;
            this.length = length;
            this.indices = indices;
            this.values = values;
            this.zero = zero;
            this.slice = slice;
        }

        @Override
        public Object eval(Frame f) {
            Object a;
            if (kind == Elems.OBJ) {
                Object[] o = new Object[length];
                for (int i = 0; i < indices.length; i++) o[indices[i]] = values[i].eval(f);
                if (indices.length < length) for (int i = 0; i < length; i++) if (o[i] == null) o[i] = zero.make();
                a = o;
            } else {
                a = Elems.alloc(kind, length);
                for (int i = 0; i < indices.length; i++) Elems.set(a, indices[i], values[i].eval(f));
            }
            return slice ? Slice.of(a) : new ArrayValue(a);
        }
    }

    public static final class MapLit extends ExprNode {
        final ExprNode[] keys, values;

        public MapLit(Pos pos, ExprNode[] keys, ExprNode[] values) {
            super(pos);
            this.keys = keys;
            this.values = values;
        }

        @Override
        public Object eval(Frame f) {
            MapValue m = new MapValue(keys.length);
            for (int i = 0; i < keys.length; i++) m.put(keys[i].eval(f), values[i].eval(f));
            return m;
        }
    }

    /** &T{...} and new(T): a fresh variable holding the value. */
    public static final class NewCell extends ExprNode {
        final ExprNode init;

        public NewCell(Pos pos, ExprNode init) {
            super(pos);
            this.init = init;
        }

        @Override
        public Object eval(Frame f) {
            return new Cell(init.eval(f));
        }
    }

    public static final class Zero extends ExprNode {
        final ZeroValue zero;

        public Zero(Pos pos, ZeroValue zero) {
            super(pos);
            this.zero = zero;
        }

        @Override
        public Object eval(Frame f) {
            return zero.make();
        }
    }
}
