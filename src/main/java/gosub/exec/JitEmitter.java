package gosub.exec;

import static java.lang.constant.ConstantDescs.*;

import gosub.runtime.ExitException;
import gosub.runtime.ExitPoll;
import gosub.runtime.Goroutine;
import gosub.runtime.Run;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Emits the statements of one function body (or loop) as the body of exec(Frame). Each
 * statement it knows is emitted to do exactly what the node's exec does; any other statement
 * is called as an object. A statement that completes other than normally stores its code in
 * a local and jumps to the handler of the innermost loop, which settles break and continue
 * as Control.For does and passes anything else outwards; the outermost handler returns it.
 *
 * The scalar slots the emitted code uses live in JVM locals, so that the JIT keeps them in
 * registers. Frame.p is brought up to date wherever something else may read it: before any
 * node called as an object (and reloaded after it), on every way out of exec, and when an
 * exception leaves emitted code. Which slots those are is known from a first emission pass.
 */
final class JitEmitter {
    record Constant(String field, ClassDesc type) {}

    /** Where a non-normal completion code goes; brk and cont are set for loops. */
    private record Handler(Label label, Label brk, Label cont) {}

    static final ClassDesc CD_RUN = JitClass.desc(Run.class), CD_G = JitClass.desc(Goroutine.class),
            CD_CONTROL = JitClass.desc(Control.class), CD_EXIT = JitClass.desc(ExitException.class);
    static final ClassDesc CD_LVALUE = JitClass.desc(LValue.class);
    static final ClassDesc CD_LONGS = CD_long.arrayType(), CD_OBJECTS = CD_Object.arrayType();

    final CodeBuilder cb;
    private final ClassDesc self;
    private final List<Constant> consts = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();
    private final IdentityHashMap<Object, Integer> index = new IdentityHashMap<>();
    final JitExprs x;
    /**
     * Locals: 1 is the frame; then its prim and ref slot arrays, the completion code, the run.
     * In a function's fast method (see JitClass) 0 is the goroutine, 1 the frame or null, and
     * the arguments follow.
     */
    static final int F = 1, G = 0, DEPTH = 2;

    /**
     * Fast calls nested deeper than this end as a stack overflow. They take about 30 bytes of
     * JVM stack each, so a recursion could otherwise fill the 1 GB stack with 30 million of
     * them, and unwinding those (each noting its frame for the trace) would take 15 s.
     * Go's 1 GB holds 10-20 million small frames; runs of tree code between fast calls start
     * the count again, and are bounded by the JVM's stack.
     */
    static final int MAX_DEPTH = 4_000_000;
    int prims, refs, code, run;
    private Handler handler;
    /** The slots kept in locals (null in the first pass, which collects them into `used`). */
    private final Set<Integer> slots;
    /** The function whose fast method this is (null when emitting exec). */
    private final FuncCode fn;
    /** Whether the fast method needs a frame (told by the first pass; collected into frameUsed). */
    private final boolean needsFrame;
    private boolean frameUsed;
    /** A fast method's argument locals, per parameter. */
    private int[] argLocal;
    private final Set<Integer> used = new TreeSet<>();
    private final Map<Integer, Integer> local = new HashMap<>();
    /** Ranges of emitted code where the locals are ahead of Frame.p (an exception must spill). */
    private final List<Label[]> regions = new ArrayList<>();
    private Label regionStart;

    /** Compile failures are errors (GOSUB_JIT=all): passed on to the callees this code links. */
    private final boolean strict;
    /** Calls into the library are left to their nodes (see JitClass.build). */
    boolean compact;

    JitEmitter(CodeBuilder cb, ClassDesc self, Set<Integer> slots, FuncCode fn, boolean needsFrame, boolean strict) {
        this.strict = strict;
        this.cb = cb;
        this.self = self;
        this.slots = slots;
        this.fn = fn;
        this.needsFrame = needsFrame;
        this.x = new JitExprs(this);
    }

    Set<Integer> usedSlots() {
        return used;
    }

    boolean strict() {
        return strict;
    }

    boolean frameUsed() {
        return frameUsed;
    }

    ClassDesc self() {
        return self;
    }

    /** The function of a fast method, or null. */
    FuncCode fast() {
        return fn;
    }

    /** Pushes the frame (a fast method makes one on entry when some code needs it). */
    void frame() {
        frameUsed = true;
        cb.aload(F);
    }

    /** Pushes the depth of a fast call made from here. */
    void callDepth() {
        if (fn != null) cb.iload(DEPTH).iconst_1().iadd();
        else cb.iconst_1();
    }

    /** Pushes the goroutine running this code. */
    void goroutine() {
        if (fn != null) cb.aload(G);
        else cb.aload(F).getfield(JitClass.CD_FRAME, "g", CD_G);
    }

    /** Pushes a reference slot: a fast method without a frame has only its parameters. */
    void loadRef(int slot) {
        if (fn != null && !needsFrame) {
            for (int i = 0; i < fn.params; i++) {
                if (fn.paramSlots[i] == slot && fn.paramKinds[i] == Prim.REF) {
                    cb.aload(argLocal[i]);
                    return;
                }
            }
            frameUsed = true; // any other slot needs the frame's storage
        }
        cb.aload(refs).loadConstant(slot).aaload();
    }

    /** Pops a reference into a slot of the frame (not a cell). */
    void storeRef(int slot) {
        if (fn != null && !needsFrame) frameUsed = true; // the frame's storage, as loadRef
        int v = cb.allocateLocal(TypeKind.REFERENCE);
        cb.astore(v).aload(refs).loadConstant(slot).aload(v).aastore();
    }

    private int local(int slot) {
        used.add(slot);
        Integer l = local.get(slot);
        if (l == null) {
            if (slots != null) throw new IllegalStateException("slot " + slot + " missed by the first pass");
            l = cb.allocateLocal(TypeKind.LONG);
            local.put(slot, l);
        }
        return l;
    }

    /** Pushes a scalar slot's bits. */
    void loadPrim(int slot) {
        cb.lload(local(slot));
    }

    /** Pops a long into a scalar slot. */
    void storePrim(int slot) {
        cb.lstore(local(slot));
    }

    /** Frame.p gets the locals' values (a fast method's frame is read by nothing after it). */
    private void spill() {
        if (fn != null && !needsFrame) return;
        for (var en : local.entrySet()) cb.aload(prims).loadConstant(en.getKey()).lload(en.getValue()).lastore();
    }

    private void reload() {
        if (fn != null && !needsFrame) return;
        for (var en : local.entrySet()) cb.aload(prims).loadConstant(en.getKey()).laload().lstore(en.getValue());
    }

    /** Around a call of code that may read or write Frame.p (a node run as an object). */
    void beforeOutside() {
        spill();
        closeRegion();
    }

    void afterOutside() {
        openRegion();
        reload();
    }

    private void openRegion() {
        regionStart = cb.newBoundLabel();
        cb.nop(); // never an empty range: the class format forbids those
    }

    private void closeRegion() {
        regions.add(new Label[] {regionStart, cb.newBoundLabel()});
    }

    List<Constant> constants() {
        return consts;
    }

    List<Object> constantValues() {
        return values;
    }

    /** The index of v in the class data (the list of constants). */
    int constantIndex(Object v, ClassDesc type) {
        Integer i = index.get(v);
        if (i == null) {
            i = values.size();
            values.add(v);
            consts.add(new Constant("k" + i, type));
            index.put(v, i);
        }
        return i;
    }

    /** Pushes an object the code needs (a node, a name, a position) as a constant. */
    void constant(Object v, ClassDesc type) {
        Constant k = consts.get(constantIndex(v, type));
        cb.getstatic(self, k.field(), k.type());
        if (!k.type().equals(type)) cb.checkcast(type);
    }

    void method(StmtNode root, boolean loopEntry) {
        if (fn != null) {
            fastMethod(root);
            return;
        }
        prims = cb.allocateLocal(TypeKind.REFERENCE);
        refs = cb.allocateLocal(TypeKind.REFERENCE);
        code = cb.allocateLocal(TypeKind.INT);
        run = cb.allocateLocal(TypeKind.REFERENCE);
        cb.aload(F).getfield(JitClass.CD_FRAME, "p", CD_LONGS).astore(prims);
        cb.aload(F).getfield(JitClass.CD_FRAME, "s", CD_OBJECTS).astore(refs);
        cb.aload(F).getfield(JitClass.CD_FRAME, "g", CD_G).getfield(CD_G, "run", CD_RUN).astore(run);
        cb.iconst_0().istore(code);
        if (slots != null) {
            for (int slot : slots) local.put(slot, cb.allocateLocal(TypeKind.LONG));
            reload();
        }
        openRegion();
        Label out = cb.newLabel();
        handler = new Handler(out, null, null);
        if (loopEntry) forLoop((Control.For) root, true);
        else stmt(root);
        spill();
        cb.iconst_0().ireturn();
        cb.labelBinding(out);
        spill();
        cb.iload(code).ireturn();
        closeRegion();
        // An exception leaving emitted code: Frame.p is what deferred calls and results see.
        Label thrown = cb.newBoundLabel();
        spill();
        cb.athrow();
        for (Label[] r : regions) cb.exceptionCatchAll(r[0], r[1], thrown);
    }

    /**
     * The body of a fast method: arguments in JVM parameters, the result returned. A frame is
     * made (or the caller's used) only when code run as objects needs one.
     */
    private void fastMethod(StmtNode root) {
        code = cb.allocateLocal(TypeKind.INT);
        run = cb.allocateLocal(TypeKind.REFERENCE);
        prims = cb.allocateLocal(TypeKind.REFERENCE);
        refs = cb.allocateLocal(TypeKind.REFERENCE);
        cb.aload(G).getfield(CD_G, "run", CD_RUN).astore(run);
        cb.iconst_0().istore(code);
        Label shallow = cb.newLabel();
        cb.iload(DEPTH).loadConstant(MAX_DEPTH).if_icmple(shallow);
        cb.invokestatic(JitClass.desc(Invoke.class), "tooDeep", MethodTypeDesc.of(JitClass.desc(StackOverflowError.class))).athrow();
        cb.labelBinding(shallow);
        argLocal = new int[fn.params];
        for (int i = 0, at = 3; i < fn.params; i++) {
            argLocal[i] = at;
            at += fn.paramKinds[i] == Prim.REF ? 1 : 2;
        }
        if (needsFrame) {
            Label have = cb.newLabel();
            cb.aload(F).ifnonnull(have);
            constant(fn, JitClass.desc(FuncCode.class));
            cb.aload(G).invokestatic(JitClass.desc(Invoke.class), "frame", MethodTypeDesc.of(JitClass.CD_FRAME, JitClass.desc(FuncCode.class), CD_G));
            cb.astore(F);
            cb.labelBinding(have);
            cb.aload(F).getfield(JitClass.CD_FRAME, "p", CD_LONGS).astore(prims);
            cb.aload(F).getfield(JitClass.CD_FRAME, "s", CD_OBJECTS).astore(refs);
            for (int i = 0; i < fn.params; i++) {
                if (fn.paramKinds[i] == Prim.REF) cb.aload(refs).loadConstant(fn.paramSlots[i]).aload(argLocal[i]).aastore();
            }
        } else {
            cb.aconst_null().astore(prims).aconst_null().astore(refs);
        }
        // Scalar parameters live in their argument locals; every other scalar slot starts at zero.
        for (int i = 0; i < fn.params; i++) {
            if (fn.paramKinds[i] != Prim.REF) {
                local.put(fn.paramSlots[i], argLocal[i]);
                used.add(fn.paramSlots[i]);
            }
        }
        if (slots != null) {
            for (int slot : slots) {
                if (local.containsKey(slot)) continue;
                int l = cb.allocateLocal(TypeKind.LONG);
                local.put(slot, l);
                cb.lconst_0().lstore(l);
            }
        }
        // A function that can block keeps the goroutine list's currentFn (restored on return).
        if (fn.inProgram && needsFrame) {
            savedFn = cb.allocateLocal(TypeKind.REFERENCE);
            cb.aload(G).getfield(CD_G, "currentFn", CD_String).astore(savedFn);
            cb.aload(G);
            constant(fn.name, CD_String);
            cb.putfield(CD_G, "currentFn", CD_String);
        }
        Label out = cb.newLabel();
        handler = new Handler(out, null, null);
        stmt(root);
        cb.labelBinding(out);
        fastResult();
        if (slots != null && frameUsed && !needsFrame) throw new IllegalStateException("frame use missed by the first pass");
    }

    /** The local holding the caller's currentFn, when this fast method keeps it (else -1). */
    private int savedFn = -1;

    /** Before a fast method returns: the goroutine's currentFn as the caller had it. */
    private void restoreFn() {
        if (savedFn >= 0) cb.aload(G).aload(savedFn).putfield(CD_G, "currentFn", CD_String);
    }

    /** Returns the function's result slot as it stands (a bare return, or a Return run as an object). */
    private void fastResult() {
        restoreFn();
        if (fn.resultSlots.length == 0) {
            cb.return_();
            return;
        }
        int slot = fn.resultSlots[0];
        if (fn.resultKinds[0] != Prim.REF) {
            loadPrim(slot);
            cb.lreturn();
            return;
        }
        if (needsFrame) {
            cb.aload(refs).loadConstant(slot).aaload();
        } else {
            // Without a frame nothing could have stored it: the result is its zero value.
            constant(fn, JitClass.desc(FuncCode.class));
            cb.invokestatic(JitClass.desc(Invoke.class), "zeroResult", MethodTypeDesc.of(CD_Object, JitClass.desc(FuncCode.class)));
        }
        cb.areturn();
    }

    /** Leaves the current statement with completion code c. */
    private void complete(int c) {
        cb.loadConstant(c).istore(code).goto_(handler.label);
    }

    void stmt(StmtNode s) {
        switch (s) {
            case Control.Block b -> {
                for (StmtNode t : b.stmts) stmt(t);
            }
            case Control.If i -> ifStmt(i);
            case Control.For l -> forLoop(l, false);
            case Control.Switch w -> switchStmt(w);
            case Range.Int r -> rangeInt(r);
            case Control.Empty e -> {}
            case Control.Eval e -> {
                x.obj(e.x);
                cb.pop();
            }
            case Control.Branch b -> branch(b);
            case Control.Return r when returnable(r) -> returnStmt(r);
            case Locals.SetPrim p -> {
                x.prim(p.value, p.kind);
                storePrim(p.slot);
            }
            case Assign.IncLocal inc -> {
                loadPrim(inc.slot);
                cb.loadConstant(inc.delta).ladd();
                x.wrap(inc.kind);
                storePrim(inc.slot);
            }
            case Assign.Multi m when primsOnly(m.lvs) -> multi(m);
            case Assign.Tuple t when x.calls.tuple(t) -> x.calls.tupleStmt(t);
            case SliceStores.Store st -> x.slices.store(st);
            case SliceStores.OpStore st -> x.slices.opStore(st);
            case Assign.Single a when a.lv instanceof Access.IndexLV lv -> {
                x.obj(lv.x);
                x.lng(lv.i);
                constant(lv, JitClass.desc(Access.IndexLV.class));
                ClassDesc ep = JitClass.desc(gosub.runtime.ElemPointer.class);
                cb.invokestatic(JitClass.desc(Access.IndexLV.class), "elem", MethodTypeDesc.of(ep, CD_Object, CD_long, JitClass.desc(Access.IndexLV.class)));
                x.obj(a.value);
                cb.invokevirtual(ep, "store", MethodTypeDesc.of(CD_void, CD_Object));
            }
            default -> {
                beforeOutside();
                constant(s, JitClass.CD_STMT);
                frame();
                cb.invokevirtual(JitClass.CD_STMT, "exec", MethodTypeDesc.of(CD_int, JitClass.CD_FRAME));
                cb.istore(code);
                afterOutside();
                cb.iload(code).ifne(handler.label);
            }
        }
    }

    private void ifStmt(Control.If i) {
        if (i.init != null) stmt(i.init);
        Label otherwise = cb.newLabel(), end = cb.newLabel();
        x.branch(i.cond, false, otherwise);
        stmt(i.then);
        cb.goto_(end);
        cb.labelBinding(otherwise);
        if (i.otherwise != null) stmt(i.otherwise);
        cb.labelBinding(end);
    }

    /** A statement whose completion code its parent ignores (a loop's init and post). */
    private void ignoringCode(StmtNode s) {
        Handler saved = handler;
        Label after = cb.newLabel();
        handler = new Handler(after, null, null);
        stmt(s);
        handler = saved;
        cb.labelBinding(after);
    }

    /** Control.For; entered at the condition when the tree hands a running loop over. */
    private void forLoop(Control.For l, boolean atCondition) {
        if (!atCondition && l.init != null) ignoringCode(l.init);
        Label cond = cb.newLabel(), brk = cb.newLabel(), cont = cb.newLabel(), h = cb.newLabel();
        cb.labelBinding(cond);
        if (l.cond != null) x.branch(l.cond, false, brk);
        exitCheck();
        Handler outer = loopBody(l.body, h, brk, cont);
        cb.labelBinding(cont);
        if (l.renew != null) ignoringCode(l.renew);
        if (l.post != null) ignoringCode(l.post);
        cb.goto_(cond);
        loopHandler(h, l.label, brk, cont, outer);
        cb.labelBinding(brk);
    }

    /** A loop's body, whose break and continue completions go to h; returns the enclosing handler. */
    private Handler loopBody(StmtNode body, Label h, Label brk, Label cont) {
        Handler outer = handler;
        handler = new Handler(h, brk, cont);
        stmt(body);
        handler = outer;
        return outer;
    }

    /** The body completed with the code in `code`: break or continue this loop, or pass it on. */
    private void loopHandler(Label h, String label, Label brk, Label cont, Handler outer) {
        Label notBreak = cb.newLabel();
        cb.labelBinding(h);
        cb.iload(code).loadConstant(StmtNode.BREAK).if_icmpne(notBreak);
        mine(label);
        cb.ifne(brk).goto_(outer.label);
        cb.labelBinding(notBreak);
        cb.iload(code).loadConstant(StmtNode.CONTINUE).if_icmpne(outer.label);
        mine(label);
        cb.ifne(cont).goto_(outer.label);
    }

    /** A loop trip's poll for the end of the program or a request to yield (cheap: see ExitPoll). */
    private void exitCheck() {
        Label going = cb.newLabel();
        cb.getstatic(JitClass.desc(ExitPoll.class), "STOPPING", CD_MethodHandle)
                .invokevirtual(CD_MethodHandle, "invokeExact", MethodTypeDesc.of(CD_boolean)).ifeq(going);
        cb.aload(run).invokevirtual(CD_RUN, "loopPoll", MethodTypeDesc.of(CD_boolean)).ifeq(going);
        cb.new_(CD_EXIT).dup().invokespecial(CD_EXIT, INIT_NAME, MTD_void).athrow();
        cb.labelBinding(going);
    }

    /** Range.Int: for k := range n, as Loop.iterate and Control.loopCode run it. */
    private void rangeInt(Range.Int r) {
        int n = cb.allocateLocal(TypeKind.LONG), i = cb.allocateLocal(TypeKind.LONG);
        x.lng(r.x);
        cb.lstore(n).lconst_0().lstore(i);
        Label top = cb.newLabel(), brk = cb.newLabel(), cont = cb.newLabel(), h = cb.newLabel();
        cb.labelBinding(top);
        cb.lload(i).lload(n).lcmp().ifge(brk);
        exitCheck();
        if (r.fresh != null) ignoringCode(r.fresh);
        if (r.key instanceof Locals.PrimVar k) {
            cb.lload(i);
            storePrim(k.slot);
        } else if (r.key != null) {
            beforeOutside();
            constant(r.key, CD_LVALUE);
            frame();
            cb.lload(i).invokestatic(CD_Long, "valueOf", MethodTypeDesc.of(CD_Long, CD_long));
            cb.invokevirtual(CD_LVALUE, "assign", MethodTypeDesc.of(CD_void, JitClass.CD_FRAME, CD_Object));
            afterOutside();
        }
        Handler outer = loopBody(r.body, h, brk, cont);
        cb.labelBinding(cont);
        cb.lload(i).lconst_1().ladd().lstore(i).goto_(top);
        loopHandler(h, r.label, brk, cont, outer);
        cb.labelBinding(brk);
    }

    /** Control.Switch: the first case whose condition holds, with fallthrough and break. */
    private void switchStmt(Control.Switch w) {
        if (w.init != null) stmt(w.init);
        int n = w.bodies.length;
        Label[] bodies = new Label[n + 1];
        for (int i = 0; i <= n; i++) bodies[i] = cb.newLabel();
        Label end = bodies[n];
        for (int i = 0; i < w.conds.length; i++) {
            if (w.conds[i] == null) continue;
            for (ExprNode c : w.conds[i]) x.branch(c, true, bodies[i]);
        }
        cb.goto_(w.defaultIndex >= 0 ? bodies[w.defaultIndex] : end);
        Handler outer = handler;
        for (int i = 0; i < n; i++) {
            cb.labelBinding(bodies[i]);
            Label h = cb.newLabel();
            // A break that is not for an enclosing loop ends the switch; continue is the loop's.
            handler = new Handler(h, end, null);
            stmt(w.bodies[i]);
            handler = outer;
            cb.goto_(end);
            // The body ended with the code in `code`: fall through, break this switch, or pass it on.
            Label notFall = cb.newLabel();
            cb.labelBinding(h);
            cb.iload(code).loadConstant(StmtNode.FALLTHROUGH).if_icmpne(notFall).goto_(bodies[i + 1]);
            cb.labelBinding(notFall);
            cb.iload(code).loadConstant(StmtNode.BREAK).if_icmpne(outer.label);
            mine(w.label);
            cb.ifne(end).goto_(outer.label);
        }
        cb.labelBinding(end);
    }

    private void mine(String label) {
        // Reached only with a code from a statement run as an object or a labelled branch,
        // both of which make a fast method have its frame.
        cb.aload(F);
        if (label == null) cb.aconst_null();
        else constant(label, CD_String);
        cb.invokestatic(CD_CONTROL, "mine", MethodTypeDesc.of(CD_boolean, JitClass.CD_FRAME, CD_String));
    }

    private void branch(Control.Branch b) {
        // An unlabelled break or continue is the innermost loop's: mine() would say so.
        if (b.label == null && handler.brk() != null && b.code == StmtNode.BREAK) {
            cb.goto_(handler.brk());
            return;
        }
        if (b.label == null && handler.cont() != null && b.code == StmtNode.CONTINUE) {
            cb.goto_(handler.cont());
            return;
        }
        frame();
        if (b.label == null) cb.aconst_null();
        else constant(b.label, CD_String);
        cb.putfield(JitClass.CD_FRAME, "label", CD_String);
        complete(b.code);
    }

    /** A return of values (several only from exec: a fast method has at most one result). */
    private boolean returnable(Control.Return r) {
        if (r.values.length == 0) return true;
        if (r.spread || r.values.length > 1 && fn != null) return false;
        for (int i = 0; i < r.values.length; i++) if (r.kinds[i] == Prim.REF && r.cells[i]) return false;
        return true;
    }

    /** Stores the result and returns RETURN from exec: every enclosing statement passes it on. */
    private void returnStmt(Control.Return r) {
        if (fn != null) {
            if (r.values.length == 0) {
                fastResult();
            } else if (r.kinds[0] != Prim.REF) {
                x.prim(r.values[0], r.kinds[0]);
                restoreFn();
                cb.lreturn();
            } else {
                x.obj(r.values[0]);
                restoreFn();
                cb.areturn();
            }
            return;
        }
        if (r.values.length == 1) {
            if (r.kinds[0] != Prim.REF) {
                x.prim(r.values[0], r.kinds[0]);
                storePrim(r.slots[0]);
            } else {
                cb.aload(refs).loadConstant(r.slots[0]);
                x.obj(r.values[0]);
                cb.aastore();
            }
        } else if (r.values.length > 1) {
            // Every value first, then the stores, as Control.Return does.
            int[] tmp = new int[r.values.length];
            for (int i = 0; i < tmp.length; i++) {
                if (r.kinds[i] != Prim.REF) {
                    x.prim(r.values[i], r.kinds[i]);
                    cb.lstore(tmp[i] = cb.allocateLocal(TypeKind.LONG));
                } else {
                    x.obj(r.values[i]);
                    cb.astore(tmp[i] = cb.allocateLocal(TypeKind.REFERENCE));
                }
            }
            for (int i = 0; i < tmp.length; i++) {
                if (r.kinds[i] != Prim.REF) {
                    cb.lload(tmp[i]);
                    storePrim(r.slots[i]);
                } else {
                    cb.aload(refs).loadConstant(r.slots[i]).aload(tmp[i]).aastore();
                }
            }
        }
        spill();
        cb.loadConstant(StmtNode.RETURN).ireturn();
    }

    private static boolean primsOnly(LValue[] lvs) {
        for (LValue lv : lvs) if (lv != null && !(lv instanceof Locals.PrimVar)) return false;
        return true;
    }

    /** a, b = x, y on scalar locals: every value first, then the stores. */
    private void multi(Assign.Multi m) {
        int n = m.lvs.length;
        int[] tmp = new int[n];
        for (int i = 0; i < n; i++) {
            if (m.lvs[i] == null) {
                x.obj(m.values[i]);
                cb.pop();
                tmp[i] = -1;
                continue;
            }
            x.prim(m.values[i], ((Locals.PrimVar) m.lvs[i]).kind);
            tmp[i] = cb.allocateLocal(TypeKind.LONG);
            cb.lstore(tmp[i]);
        }
        for (int i = 0; i < n; i++) {
            if (tmp[i] < 0) continue;
            cb.lload(tmp[i]);
            storePrim(((Locals.PrimVar) m.lvs[i]).slot);
        }
    }
}
