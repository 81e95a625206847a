package gosub.exec;

import static java.lang.constant.ConstantDescs.*;

import gosub.runtime.Elems;
import gosub.runtime.Slice;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.Opcode;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * Emits expressions as evalLong, evalDouble, evalBool and eval would compute them: nodes it
 * knows inline, any other node called as an object through the same method.
 */
final class JitExprs {
    private static final ClassDesc CD_ARITH = JitClass.desc(ArithLong.class), CD_SLICE = JitClass.desc(Slice.class);
    private static final MethodTypeDesc LONG_OP = MethodTypeDesc.of(CD_long, CD_long, CD_long, CD_int, JitClass.CD_EXPR);

    private final JitEmitter e;
    private final CodeBuilder cb;
    final JitCalls calls;
    final JitSlices slices;

    JitExprs(JitEmitter e) {
        this.e = e;
        this.cb = e.cb;
        this.calls = new JitCalls(e, this);
        this.slices = new JitSlices(e);
    }

    private void fallback(ExprNode n, String method, ClassDesc result) {
        e.beforeOutside();
        e.constant(n, JitClass.CD_EXPR);
        e.frame();
        cb.invokevirtual(JitClass.CD_EXPR, method, MethodTypeDesc.of(result, JitClass.CD_FRAME));
        e.afterOutside();
    }

    /** A scalar slot's long: the value itself, a double's raw bits, or a bool as 0/1. */
    void prim(ExprNode n, int kind) {
        switch (kind) {
            case Prim.LONG -> lng(n);
            case Prim.DOUBLE -> {
                dbl(n);
                cb.invokestatic(CD_Double, "doubleToRawLongBits", MethodTypeDesc.of(CD_long, CD_double));
            }
            default -> {
                bool(n);
                cb.i2l();
            }
        }
    }

    private void loadPrim(int slot) {
        e.loadPrim(slot);
    }

    /** Go's wraparound to the width of an integer kind. */
    void wrap(int kind) {
        switch (kind) {
            case IntKind.I32 -> cb.l2i().i2l();
            case IntKind.I16 -> cb.l2i().i2s().i2l();
            case IntKind.I8 -> cb.l2i().i2b().i2l();
            case IntKind.U32 -> cb.loadConstant(0xFFFFFFFFL).land();
            case IntKind.U16 -> cb.loadConstant(0xFFFFL).land();
            case IntKind.U8 -> cb.loadConstant(0xFFL).land();
            default -> {}
        }
    }

    private void binary(ArithLong.Op op) {
        lng(op.x);
        lng(op.y);
    }

    private void helper(ArithLong.Op op, String name) {
        binary(op);
        cb.loadConstant(op.kind);
        e.constant(op, JitClass.CD_EXPR);
        cb.invokestatic(CD_ARITH, name, LONG_OP);
    }

    void lng(ExprNode n) {
        switch (n) {
            case Const k -> cb.loadConstant(k.bits);
            case Composite.Zero z when z.zero.make() instanceof Long v -> cb.loadConstant(v);
            case Locals.LoadPrim l -> loadPrim(l.slot);
            case ArithLong.Add a -> {
                binary(a);
                cb.ladd();
                wrap(a.kind);
            }
            case ArithLong.Sub a -> {
                binary(a);
                cb.lsub();
                wrap(a.kind);
            }
            case ArithLong.Mul a -> {
                binary(a);
                cb.lmul();
                wrap(a.kind);
            }
            case ArithLong.And a -> {
                binary(a);
                cb.land();
            }
            case ArithLong.Or a -> {
                binary(a);
                cb.lor();
            }
            case ArithLong.Xor a -> {
                binary(a);
                cb.lxor();
                wrap(a.kind);
            }
            case ArithLong.AndNot a -> {
                binary(a);
                cb.loadConstant(-1L).lxor().land();
            }
            case ArithLong.Div a -> helper(a, "div");
            case ArithLong.Rem a -> helper(a, "rem");
            case ArithLong.Shl a -> helper(a, "shl");
            case ArithLong.Shr a -> helper(a, "shr");
            case ArithLong.Neg a -> {
                lng(a.x);
                cb.lneg();
                wrap(a.kind);
            }
            case ArithLong.Complement a -> {
                lng(a.x);
                cb.loadConstant(-1L).lxor();
                wrap(a.kind);
            }
            case Convert.IntToInt c -> {
                lng(c.x);
                wrap(c.kind);
            }
            case Convert.FloatToInt c -> {
                dbl(c.x);
                cb.loadConstant(c.kind);
                cb.invokestatic(JitClass.desc(Convert.FloatToInt.class), "toInt", MethodTypeDesc.of(CD_long, CD_double, CD_int));
            }
            case Locals.Load l -> {
                obj(l);
                cb.checkcast(CD_Long).invokevirtual(CD_Long, "longValue", MethodTypeDesc.of(CD_long));
            }
            case Access.SliceIndex s when s.kind == Elems.LONG || s.kind == Elems.BYTE -> slices.load(s);
            case Access.ArrayIndex a when a.kind == Elems.LONG || a.kind == Elems.BYTE -> slices.load(a);
            case Access.SliceIndex s -> {
                obj(s);
                cb.checkcast(CD_Long).invokevirtual(CD_Long, "longValue", MethodTypeDesc.of(CD_long));
            }
            case Calls.Static s when calls.direct(s, Prim.LONG) -> calls.resultPrim(s);
            case Builtins.Len l -> {
                obj(l.x);
                e.goroutine();
                cb.invokestatic(JitClass.desc(Builtins.Len.class), "of", MethodTypeDesc.of(CD_long, CD_Object, JitEmitter.CD_G));
            }
            case Access.StringIndex s -> {
                ClassDesc str = JitClass.desc(gosub.runtime.GoString.class);
                obj(s.x);
                cb.checkcast(str);
                lng(s.i);
                e.constant(s, JitClass.CD_EXPR);
                cb.invokestatic(JitClass.desc(Access.StringIndex.class), "at", MethodTypeDesc.of(CD_long, str, CD_long, JitClass.CD_EXPR));
            }
            default -> fallback(n, "evalLong", CD_long);
        }
    }

    void dbl(ExprNode n) {
        switch (n) {
            case Const k -> cb.loadConstant(Double.longBitsToDouble(k.bits));
            case Composite.Zero z when z.zero.make() instanceof Double v -> cb.loadConstant(v);
            case Locals.LoadPrim l -> {
                loadPrim(l.slot);
                cb.invokestatic(CD_Double, "longBitsToDouble", MethodTypeDesc.of(CD_double, CD_long));
            }
            case ArithFloat.Bin b -> {
                dbl(b.x);
                dbl(b.y);
                switch (b.op) {
                    case '+' -> cb.dadd();
                    case '-' -> cb.dsub();
                    case '*' -> cb.dmul();
                    default -> cb.ddiv();
                }
                if (b.f32) cb.d2f().f2d();
            }
            case Access.SliceIndex s when s.kind == Elems.DOUBLE -> slices.load(s);
            case Access.ArrayIndex a when a.kind == Elems.DOUBLE -> slices.load(a);
            case ArithFloat.Neg g -> {
                dbl(g.x);
                cb.dneg();
            }
            case Convert.IntToFloat c -> {
                lng(c.x);
                cb.loadConstant(c.unsigned ? 1 : 0).loadConstant(c.f32 ? 1 : 0);
                cb.invokestatic(JitClass.desc(Convert.IntToFloat.class), "toFloat", MethodTypeDesc.of(CD_double, CD_long, CD_boolean, CD_boolean));
            }
            case Convert.FloatToFloat c -> {
                dbl(c.x);
                if (c.f32) cb.d2f().f2d();
            }
            case Calls.Static s when calls.direct(s, Prim.DOUBLE) -> {
                calls.resultPrim(s);
                cb.invokestatic(CD_Double, "longBitsToDouble", MethodTypeDesc.of(CD_double, CD_long));
            }
            default -> fallback(n, "evalDouble", CD_double);
        }
    }

    /** Pushes a bool as 0 or 1. */
    void bool(ExprNode n) {
        Label no = cb.newLabel(), end = cb.newLabel();
        branch(n, false, no);
        cb.iconst_1().goto_(end);
        cb.labelBinding(no);
        cb.iconst_0();
        cb.labelBinding(end);
    }

    /** Jumps to target when the bool n equals when; falls through otherwise. */
    void branch(ExprNode n, boolean when, Label target) {
        switch (n) {
            case Const k -> {
                if ((k.bits != 0) == when) cb.goto_(target);
            }
            // A scalar's zero is an immutable box: the value it unboxes to is a constant.
            case Composite.Zero z when z.zero.make() instanceof Boolean v -> {
                if (v == when) cb.goto_(target);
            }
            case Locals.LoadPrim l -> {
                loadPrim(l.slot);
                cb.lconst_0().lcmp().branch(when ? Opcode.IFNE : Opcode.IFEQ, target);
            }
            case Compare.Long c -> {
                lng(c.x);
                lng(c.y);
                if (c.unsigned) cb.invokestatic(CD_Long, "compareUnsigned", MethodTypeDesc.of(CD_int, CD_long, CD_long));
                else cb.lcmp();
                cb.branch(jump(c.op, when), target);
            }
            case Compare.Double c -> {
                dbl(c.x);
                dbl(c.y);
                // NaN must make <, <=, >, >= and == false: compare so that NaN lands on the failing side.
                if (c.op == Compare.LT || c.op == Compare.LE) cb.dcmpg();
                else cb.dcmpl();
                cb.branch(jump(c.op, when), target);
            }
            case Compare.AndAnd a -> {
                if (!when) {
                    branch(a.x, false, target);
                    branch(a.y, false, target);
                } else {
                    Label skip = cb.newLabel();
                    branch(a.x, false, skip);
                    branch(a.y, true, target);
                    cb.labelBinding(skip);
                }
            }
            case Compare.OrOr o -> {
                if (when) {
                    branch(o.x, true, target);
                    branch(o.y, true, target);
                } else {
                    Label skip = cb.newLabel();
                    branch(o.x, true, skip);
                    branch(o.y, false, target);
                    cb.labelBinding(skip);
                }
            }
            case Compare.Not t -> branch(t.x, !when, target);
            case Compare.Eq q -> {
                ClassDesc eq = JitClass.desc(Compare.Eq.class);
                obj(q.x);
                obj(q.y);
                e.constant(q, eq);
                cb.invokestatic(eq, "test", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object, eq));
                cb.branch(when ? Opcode.IFNE : Opcode.IFEQ, target);
            }
            case Access.SliceIndex s when s.kind == Elems.BOOL -> {
                slices.load(s);
                cb.branch(when ? Opcode.IFNE : Opcode.IFEQ, target);
            }
            case Access.ArrayIndex a when a.kind == Elems.BOOL -> {
                slices.load(a);
                cb.branch(when ? Opcode.IFNE : Opcode.IFEQ, target);
            }
            case Access.SliceIndex s -> {
                obj(s);
                cb.checkcast(CD_Boolean).invokevirtual(CD_Boolean, "booleanValue", MethodTypeDesc.of(CD_boolean));
                cb.branch(when ? Opcode.IFNE : Opcode.IFEQ, target);
            }
            case Calls.Static s when calls.direct(s, Prim.BOOL) -> {
                calls.resultPrim(s);
                cb.lconst_0().lcmp().branch(when ? Opcode.IFNE : Opcode.IFEQ, target);
            }
            default -> {
                fallback(n, "evalBool", CD_boolean);
                cb.branch(when ? Opcode.IFNE : Opcode.IFEQ, target);
            }
        }
    }

    /** The jump on a three-way comparison result that is taken when (c op 0) == when. */
    private static Opcode jump(int op, boolean when) {
        if (when) {
            return switch (op) {
                case Compare.EQ -> Opcode.IFEQ;
                case Compare.NE -> Opcode.IFNE;
                case Compare.LT -> Opcode.IFLT;
                case Compare.LE -> Opcode.IFLE;
                case Compare.GT -> Opcode.IFGT;
                default -> Opcode.IFGE;
            };
        }
        return switch (op) {
            case Compare.EQ -> Opcode.IFNE;
            case Compare.NE -> Opcode.IFEQ;
            case Compare.LT -> Opcode.IFGE;
            case Compare.LE -> Opcode.IFGT;
            case Compare.GT -> Opcode.IFLE;
            default -> Opcode.IFLT;
        };
    }

    void obj(ExprNode n) {
        switch (n) {
            case Const k -> e.constant(k.value, CD_Object);
            case Locals.Load l -> e.loadRef(l.slot);
            case Access.SliceIndex s -> {
                obj(s.x);
                cb.checkcast(CD_SLICE);
                lng(s.i);
                e.constant(s, JitClass.CD_EXPR);
                cb.invokestatic(JitClass.desc(Access.SliceIndex.class), "at", MethodTypeDesc.of(CD_Object, CD_SLICE, CD_long, JitClass.CD_EXPR));
            }
            case Calls.Static s when calls.direct(s, -1) -> calls.resultObject(s);
            case Builtins.Append a when !a.spread && a.xs.length == 1 && JitSlices.basic(a.kind) -> slices.appendOne(a);
            case Access.Field a -> {
                obj(a.x);
                cb.loadConstant(a.index);
                e.constant(a, JitClass.CD_EXPR);
                cb.invokestatic(JitClass.desc(Access.Field.class), "get", MethodTypeDesc.of(CD_Object, CD_Object, CD_int, JitClass.CD_EXPR));
            }
            case Composite.StructLit l -> {
                ClassDesc lit = JitClass.desc(Composite.StructLit.class);
                int given = cb.allocateLocal(java.lang.classfile.TypeKind.REFERENCE);
                cb.loadConstant(l.values.length).anewarray(CD_Object).astore(given);
                for (int i = 0; i < l.values.length; i++) {
                    cb.aload(given).loadConstant(i);
                    obj(l.values[i]);
                    cb.aastore();
                }
                e.constant(l, lit);
                cb.aload(given).invokevirtual(lit, "make", MethodTypeDesc.of(CD_Object, CD_Object.arrayType()));
            }
            case Composite.NewCell c -> {
                ClassDesc cell = JitClass.desc(gosub.runtime.Cell.class);
                int v = cb.allocateLocal(java.lang.classfile.TypeKind.REFERENCE);
                obj(c.init);
                cb.astore(v).new_(cell).dup().aload(v).invokespecial(cell, INIT_NAME, MethodTypeDesc.of(CD_void, CD_Object));
            }
            default -> fallback(n, "eval", CD_Object);
        }
    }
}
