package gosub.exec;

import static java.lang.constant.ConstantDescs.*;

import gosub.runtime.Cell;
import gosub.runtime.GoPanic;
import gosub.syntax.Pos;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * A static call to a function of Go code, emitted as Calls.Static.call and Invoke.body do it:
 * the callee's frame filled straight from the arguments, and its body called from this call
 * site, so that the JVM sees (and can inline) the one body each site calls.
 */
final class JitCalls {
    private static final ClassDesc CD_CODE = JitClass.desc(FuncCode.class), CD_INVOKE = JitClass.desc(Invoke.class),
            CD_POS = JitClass.desc(Pos.class), CD_PANIC = JitClass.desc(GoPanic.class), CD_CELL = JitClass.desc(Cell.class),
            CD_SOE = JitClass.desc(StackOverflowError.class);

    private final JitEmitter e;
    private final JitExprs x;
    private final CodeBuilder cb;

    JitCalls(JitEmitter e, JitExprs x) {
        this.e = e;
        this.x = x;
        this.cb = e.cb;
    }

    /** Whether s can be emitted directly, with a first result of the given slot kind (-1: any). */
    boolean direct(Calls.Static s, int resultKind) {
        FuncCode c = s.code;
        if (s.intoLibrary && e.compact || s.spread || c.nativeFn != null || c.body == null || s.args.length != c.params) return false;
        return resultKind < 0 || (c.resultKinds.length > 0 && c.resultKinds[0] == resultKind);
    }

    /** Calls s and pushes its first result's slot bits. */
    void resultPrim(Calls.Static s) {
        int saved = enterLibrary(s);
        resultPrim0(s);
        leaveLibrary(saved);
    }

    /** Calls s and pushes what eval returns (null, the result, or an array of results). */
    void resultObject(Calls.Static s) {
        int saved = enterLibrary(s);
        resultObject0(s);
        leaveLibrary(saved);
    }

    /**
     * Whether a, b = f() can be emitted: a direct call of a function of several results (which
     * come back in its frame) into scalar locals, reference locals not in cells, or blanks.
     */
    boolean tuple(Assign.Tuple t) {
        if (!(t.value instanceof Calls.Static s) || !direct(s, -1)) return false;
        FuncCode c = s.code;
        if (c.resultSlots.length != t.lvs.length) return false;
        for (int i = 0; i < t.lvs.length; i++) {
            LValue lv = t.lvs[i];
            if (lv == null || lv instanceof Locals.Var v && !v.inCell) continue;
            if (!(lv instanceof Locals.PrimVar v) || c.resultKinds[i] != v.kind || c.resultCells[i] || t.conv[i] != null) return false;
        }
        return true;
    }

    /** a, b = f() (see tuple): the results read from the callee's frame, then stored in order. */
    void tupleStmt(Assign.Tuple t) {
        Calls.Static s = (Calls.Static) t.value;
        FuncCode c = s.code;
        int saved = enterLibrary(s);
        int nf = call(s);
        leaveLibrary(saved);
        for (int i = 0; i < t.lvs.length; i++) {
            LValue lv = t.lvs[i];
            if (lv instanceof Locals.PrimVar v) {
                cb.aload(nf).getfield(JitClass.CD_FRAME, "p", JitEmitter.CD_LONGS).loadConstant(c.resultSlots[i]).laload();
                e.storePrim(v.slot);
            } else if (lv instanceof Locals.Var v) {
                e.constant(c, CD_CODE);
                cb.aload(nf).loadConstant(i);
                cb.invokestatic(CD_INVOKE, "result", MethodTypeDesc.of(CD_Object, CD_CODE, JitClass.CD_FRAME, CD_int));
                if (t.conv[i] != null) {
                    ClassDesc conv = JitClass.desc(Assign.Converter.class);
                    int v0 = cb.allocateLocal(TypeKind.REFERENCE);
                    cb.astore(v0);
                    e.constant(t.conv[i], conv);
                    cb.aload(v0).invokeinterface(conv, "convert", MethodTypeDesc.of(CD_Object, CD_Object));
                }
                e.storeRef(v.slot);
            }
        }
    }

    /**
     * A call from the program into the library notes its line in the goroutine's libCallSite
     * while it runs, as Calls.Static.eval does (natives called by library code report it), and
     * restores the one before however the call ends. Returns the local holding the old one; the
     * region up to leaveLibrary restores it for an exception too. For a call within the program
     * or the library, nothing (-1).
     */
    private int enterLibrary(Calls.Static s) {
        if (!s.intoLibrary) return -1;
        int saved = cb.allocateLocal(TypeKind.REFERENCE);
        e.goroutine();
        cb.getfield(JitEmitter.CD_G, "libCallSite", CD_POS).astore(saved);
        e.goroutine();
        e.constant(s.pos, CD_POS);
        cb.putfield(JitEmitter.CD_G, "libCallSite", CD_POS);
        Label start = cb.newLabel();
        cb.labelBinding(start);
        regions.push(start);
        return saved;
    }

    private final java.util.ArrayDeque<Label> regions = new java.util.ArrayDeque<>();

    private void leaveLibrary(int saved) {
        if (saved < 0) return;
        Label start = regions.pop(), end = cb.newLabel(), handler = cb.newLabel(), done = cb.newLabel();
        cb.labelBinding(end);
        cb.goto_(done);
        cb.labelBinding(handler);
        int t = cb.allocateLocal(TypeKind.REFERENCE);
        cb.astore(t);
        e.goroutine();
        cb.aload(saved).putfield(JitEmitter.CD_G, "libCallSite", CD_POS);
        cb.aload(t).athrow();
        cb.exceptionCatchAll(start, end, handler);
        cb.labelBinding(done);
        e.goroutine();
        cb.aload(saved).putfield(JitEmitter.CD_G, "libCallSite", CD_POS);
    }

    private void resultPrim0(Calls.Static s) {
        if (s.code.fastable()) {
            fastCall(s);
            return;
        }
        int nf = call(s);
        cb.aload(nf).getfield(JitClass.CD_FRAME, "p", JitEmitter.CD_LONGS).loadConstant(s.code.resultSlots[0]).laload();
    }

    private void resultObject0(Calls.Static s) {
        FuncCode c = s.code;
        if (c.fastable()) {
            fastCall(s);
            if (c.resultKinds.length == 0) cb.aconst_null();
            else if (c.resultKinds[0] != Prim.REF) {
                int v = cb.allocateLocal(TypeKind.LONG);
                cb.lstore(v).loadConstant(c.resultKinds[0]).lload(v);
                cb.invokestatic(JitClass.desc(Prim.class), "box", MethodTypeDesc.of(CD_Object, CD_int, CD_long));
            }
            return;
        }
        int nf = call(s);
        e.constant(s.code, CD_CODE);
        cb.aload(nf).invokestatic(CD_INVOKE, "results", MethodTypeDesc.of(CD_Object, CD_CODE, JitClass.CD_FRAME));
    }

    /** Emits the call; returns the local holding the callee's frame. */
    private int call(Calls.Static s) {
        FuncCode c = s.code;
        int nf = cb.allocateLocal(TypeKind.REFERENCE);
        e.constant(c, CD_CODE);
        e.goroutine();
        cb.invokestatic(CD_INVOKE, "frameFor", MethodTypeDesc.of(JitClass.CD_FRAME, CD_CODE, JitEmitter.CD_G));
        cb.astore(nf);
        for (int i = 0; i < s.args.length; i++) {
            int kind = c.paramKinds[i];
            if (kind != Prim.REF) {
                cb.aload(nf).getfield(JitClass.CD_FRAME, "p", JitEmitter.CD_LONGS).loadConstant(c.paramSlots[i]);
                x.prim(s.args[i], kind);
                cb.lastore();
                continue;
            }
            cb.aload(nf).getfield(JitClass.CD_FRAME, "s", JitEmitter.CD_OBJECTS).loadConstant(c.paramSlots[i]);
            x.obj(s.args[i]);
            if (c.paramCells[i]) {
                int v = cb.allocateLocal(TypeKind.REFERENCE);
                cb.astore(v).new_(CD_CELL).dup().aload(v).invokespecial(CD_CELL, INIT_NAME, MethodTypeDesc.of(CD_void, CD_Object));
            }
            cb.aastore();
        }
        if (c.hasDefer) {
            e.constant(c, CD_CODE);
            cb.aload(nf);
            e.constant(s.pos, CD_POS);
            cb.invokestatic(CD_INVOKE, "body", MethodTypeDesc.of(CD_void, CD_CODE, JitClass.CD_FRAME, CD_POS));
            return nf;
        }
        body(s, nf);
        return nf;
    }

    /**
     * A call in the fast convention: the arguments (evaluated first, so that their panics are
     * not the callee's) passed as JVM arguments to the callee's fast method, the result left
     * on the stack. Recursion is a plain invokestatic; any other callee is linked on first use.
     * The site adds the callee's frame to a panic's trace or an overflow's, as Invoke.body does;
     * the callee keeps currentFn if it can block (see JitEmitter.fastMethod).
     */
    private void fastCall(Calls.Static s) {
        FuncCode c = s.code;
        int[] a = new int[s.args.length];
        for (int i = 0; i < a.length; i++) {
            if (c.paramKinds[i] != Prim.REF) {
                x.prim(s.args[i], c.paramKinds[i]);
                cb.lstore(a[i] = cb.allocateLocal(TypeKind.LONG));
            } else {
                x.obj(s.args[i]);
                cb.astore(a[i] = cb.allocateLocal(TypeKind.REFERENCE));
            }
        }
        int g = cb.allocateLocal(TypeKind.REFERENCE);
        e.goroutine();
        cb.astore(g);
        Label start = cb.newLabel();
        cb.labelBinding(start);
        cb.aload(g).aconst_null();
        e.callDepth();
        for (int i = 0; i < a.length; i++) {
            if (c.paramKinds[i] != Prim.REF) cb.lload(a[i]);
            else cb.aload(a[i]);
        }
        MethodTypeDesc type = JitClass.fastType(c);
        if (c == e.fast()) {
            cb.invokestatic(e.self(), "fast", type);
        } else {
            var bsm = MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, JitClass.desc(Jit.class), "link",
                    MethodTypeDesc.of(CD_CallSite, CD_MethodHandles_Lookup, CD_String, CD_MethodType, CD_CODE, CD_int));
            var code = DynamicConstantDesc.ofNamed(BSM_CLASS_DATA_AT, DEFAULT_NAME, CD_CODE, e.constantIndex(c, CD_CODE));
            cb.invokedynamic(DynamicCallSiteDesc.of(bsm, "call", type, code, e.strict() ? 1 : 0));
        }
        traced(s, start, g, JitEmitter.CD_G);
    }

    /** Invoke.body and body0 for a function without deferred calls. */
    private void body(Calls.Static s, int nf) {
        FuncCode c = s.code;
        int g = cb.allocateLocal(TypeKind.REFERENCE), saved = cb.allocateLocal(TypeKind.REFERENCE);
        e.goroutine();
        cb.astore(g);
        cb.aload(g).getfield(JitEmitter.CD_G, "currentFn", CD_String).astore(saved);
        if (c.inProgram) {
            cb.aload(g);
            e.constant(c.name, CD_String);
            cb.putfield(JitEmitter.CD_G, "currentFn", CD_String);
        }
        Label start = cb.newLabel();
        cb.labelBinding(start);
        e.constant(c, CD_CODE);
        cb.getfield(CD_CODE, "body", JitClass.CD_STMT).aload(nf)
                .invokevirtual(JitClass.CD_STMT, "exec", MethodTypeDesc.of(CD_int, JitClass.CD_FRAME)).pop();
        traced(s, start, nf, JitClass.CD_FRAME);
        cb.aload(g).aload(saved).putfield(JitEmitter.CD_G, "currentFn", CD_String);
    }

    /**
     * Ends the call region that began at start: a panic or stack overflow leaving it gets the
     * callee added to its trace, as Invoke.body does; ctx (of type ctxType: the goroutine, or the
     * callee's frame) is what Invoke.unwound and overflowed read the goroutine from.
     */
    private void traced(Calls.Static s, Label start, int ctx, ClassDesc ctxType) {
        Label end = cb.newLabel(), done = cb.newLabel(), panic = cb.newLabel(), overflow = cb.newLabel();
        cb.labelBinding(end);
        cb.goto_(done);
        cb.labelBinding(panic);
        rethrow(s, ctx, ctxType, "unwound", CD_PANIC);
        cb.labelBinding(overflow);
        rethrow(s, ctx, ctxType, "overflowed", CD_SOE);
        cb.exceptionCatch(start, end, panic, CD_PANIC);
        cb.exceptionCatch(start, end, overflow, CD_SOE);
        cb.labelBinding(done);
    }

    private void rethrow(Calls.Static s, int ctx, ClassDesc ctxType, String helper, ClassDesc thrown) {
        e.constant(s.code, CD_CODE);
        cb.aload(ctx);
        e.constant(s.pos, CD_POS);
        cb.invokestatic(CD_INVOKE, helper, MethodTypeDesc.of(thrown, thrown, CD_CODE, ctxType, CD_POS)).athrow();
    }
}
