package gosub.exec;

import static java.lang.constant.ConstantDescs.*;

import gosub.runtime.Elems;
import gosub.runtime.Slice;
import gosub.syntax.Pos;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * Emits loads, stores and appends of slice elements of basic type as primitive array
 * instructions (laload, bastore, ...). The index is checked first by SliceStores.check, which
 * throws Go's index panic; only then is the store read, so a nil slice panics like Go's.
 */
final class JitSlices {
    static final ClassDesc CD_SLICE = JitClass.desc(Slice.class), CD_POS = JitClass.desc(Pos.class);
    private static final MethodTypeDesc CHECK = MethodTypeDesc.of(CD_int, CD_SLICE, CD_long, CD_POS);

    private final JitEmitter e;
    private final CodeBuilder cb;

    JitSlices(JitEmitter e) {
        this.e = e;
        this.cb = e.cb;
    }

    static boolean basic(int kind) {
        return kind == Elems.LONG || kind == Elems.BYTE || kind == Elems.DOUBLE || kind == Elems.BOOL;
    }

    private static ClassDesc store(int kind) {
        return switch (kind) {
            case Elems.LONG -> CD_long.arrayType();
            case Elems.BYTE -> CD_byte.arrayType();
            case Elems.DOUBLE -> CD_double.arrayType();
            default -> CD_boolean.arrayType();
        };
    }

    /**
     * Evaluates x and i, checks the index, and leaves [store, index] on the stack, the store
     * cast to its primitive array type. An array (or pointer to one) x is first seen as a
     * window on its store (SliceStores.window: a nil pointer panics before i is evaluated).
     */
    private void element(ExprNode x, ExprNode i, Pos pos, int kind, boolean array) {
        int s = cb.allocateLocal(TypeKind.REFERENCE), j = cb.allocateLocal(TypeKind.INT);
        e.x.obj(x);
        if (array) {
            e.constant(pos, CD_POS);
            cb.invokestatic(JitClass.desc(SliceStores.class), "window", MethodTypeDesc.of(CD_SLICE, CD_Object, CD_POS));
        } else {
            cb.checkcast(CD_SLICE);
        }
        cb.astore(s);
        cb.aload(s);
        e.x.lng(i);
        e.constant(pos, CD_POS);
        cb.invokestatic(JitClass.desc(SliceStores.class), "check", CHECK).istore(j);
        cb.aload(s).getfield(CD_SLICE, "array", CD_Object).checkcast(store(kind)).iload(j);
    }

    /** Pushes a[i] of an array of basic type, as load() does for slices. */
    void load(Access.ArrayIndex n) {
        element(n.x, n.i, n.pos, n.kind, true);
        loadElement(n.kind);
    }

    /** Pushes s[i] as a long (integer kinds), a double, or an int 0/1 (bool). */
    void load(Access.SliceIndex n) {
        element(n.x, n.i, n.pos, n.kind, false);
        loadElement(n.kind);
    }

    /** [store, index] -> the element, widened as load() pushes it. */
    private void loadElement(int kind) {
        switch (kind) {
            case Elems.LONG -> cb.laload();
            case Elems.BYTE -> cb.baload().sipush(0xFF).iand().i2l();
            case Elems.DOUBLE -> cb.daload();
            default -> cb.baload();
        }
    }

    void store(SliceStores.Store st) {
        element(st.x, st.i, st.pos, st.kind, st.array);
        switch (st.kind) {
            case Elems.LONG -> {
                e.x.lng(st.value);
                cb.lastore();
            }
            case Elems.BYTE -> {
                e.x.lng(st.value);
                cb.l2i().i2b().bastore();
            }
            case Elems.DOUBLE -> {
                e.x.dbl(st.value);
                cb.dastore();
            }
            default -> {
                e.x.bool(st.value);
                cb.bastore();
            }
        }
    }

    /** s[i] op= v: the old element into the scratch slot, then the combined value stored. */
    void opStore(SliceStores.OpStore st) {
        int a = cb.allocateLocal(TypeKind.REFERENCE), j = cb.allocateLocal(TypeKind.INT);
        element(st.x, st.i, st.pos, st.kind, st.array);
        cb.istore(j).astore(a);
        cb.aload(a).iload(j);
        loadElement(st.kind);
        if (st.kind == Elems.DOUBLE) cb.invokestatic(CD_Double, "doubleToRawLongBits", MethodTypeDesc.of(CD_long, CD_double));
        e.storePrim(st.scratch);
        cb.aload(a).iload(j);
        if (st.kind == Elems.DOUBLE) {
            e.x.dbl(st.op);
            cb.dastore();
        } else if (st.kind == Elems.BYTE) {
            e.x.lng(st.op);
            cb.l2i().i2b().bastore();
        } else {
            e.x.lng(st.op);
            cb.lastore();
        }
    }

    /** append(s, x) of one basic element, through the helper the node itself uses. */
    void appendOne(Builtins.Append a) {
        e.x.obj(a.s);
        cb.checkcast(CD_SLICE);
        ClassDesc node = JitClass.desc(Builtins.Append.class);
        String name;
        ClassDesc arg;
        switch (a.kind) {
            case Elems.DOUBLE -> {
                e.x.dbl(a.xs[0]);
                name = "appendDouble";
                arg = CD_double;
            }
            case Elems.BOOL -> {
                e.x.bool(a.xs[0]);
                name = "appendBool";
                arg = CD_boolean;
            }
            default -> {
                e.x.lng(a.xs[0]);
                name = "appendLong";
                arg = CD_long;
            }
        }
        e.constant(a, node);
        cb.invokestatic(node, name, MethodTypeDesc.of(CD_SLICE, CD_SLICE, arg, node));
    }
}
