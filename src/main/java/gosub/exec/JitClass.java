package gosub.exec;

import static java.lang.constant.ConstantDescs.*;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.constant.ClassDesc;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Collections;
import java.util.List;

/**
 * Builds a hidden class that is a StmtNode whose exec runs a function body (or a loop, entered
 * at its condition) as straight-line JVM code. The nodes it still calls are held in static
 * final fields, so the JIT sees them as constants and inlines their code at each use.
 */
final class JitClass {
    private JitClass() {}

    static final ClassDesc CD_STMT = desc(StmtNode.class), CD_EXPR = desc(ExprNode.class), CD_FRAME = desc(Frame.class);

    static ClassDesc desc(Class<?> c) {
        return ClassDesc.ofDescriptor(c.descriptorString());
    }

    /** Beyond this many bytes of bytecode HotSpot does not compile a method: keep the tree. */
    private static final int HUGE = 7000;

    private static final ClassFile FILES = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
            ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofClassLoading(JitClass.class.getClassLoader()))));

    /** The larger of exec's and the fast method's bytecode sizes. */
    private static int codeSize(byte[] bytes) {
        int max = 0;
        for (var m : ClassFile.of().parse(bytes).methods()) {
            String n = m.methodName().stringValue();
            if (!n.equals("exec") && !n.equals("fast")) continue;
            max = Math.max(max, m.code().map(c -> c instanceof java.lang.classfile.attribute.CodeAttribute a ? a.codeLength() : 0).orElse(0));
        }
        return max;
    }

    private record Built(byte[] bytes, JitEmitter emitter) {}

    /** Both passes; compact leaves calls into the library to their nodes (less code). */
    private static Built build(ClassDesc self, StmtNode root, boolean loopEntry, FuncCode fn, boolean strict, boolean compact) {
        // The first pass finds the scalar slots the emitted code keeps in locals.
        JitEmitter first = build(self, root, loopEntry, fn, null, strict, compact).emitter();
        return build(self, root, loopEntry, fn, new Plan(first.usedSlots(), first.frameUsed()), strict, compact);
    }

    /** What the first pass learnt: the scalar slots used, and whether a fast method needs its frame. */
    private record Plan(java.util.Set<Integer> slots, boolean frame) {}

    /**
     * The class for root. With fn (a function whose calls can take the fast convention) the
     * body is emitted as the static method fast, and exec only calls it with the frame's
     * parameters and stores its result, for calls that come through Invoke.
     */
    private static Built build(ClassDesc self, StmtNode root, boolean loopEntry, FuncCode fn, Plan plan, boolean strict, boolean compact) {
        JitEmitter[] em = new JitEmitter[1];
        // The first pass's locals are assigned as met, so its stack maps would not verify.
        byte[] bytes = (plan == null ? FIRST_PASS : FILES).build(self, cb -> {
            cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withSuperclass(CD_STMT);
            cb.withMethodBody(INIT_NAME, MTD_void, ClassFile.ACC_PUBLIC,
                    c -> c.aload(0).invokespecial(CD_STMT, INIT_NAME, MTD_void).return_());
            java.util.Set<Integer> slots = plan == null ? null : plan.slots();
            boolean frame = plan != null && plan.frame();
            if (fn == null) {
                cb.withMethodBody("exec", MethodTypeDesc.of(CD_int, CD_FRAME), ClassFile.ACC_PUBLIC, c -> {
                    em[0] = new JitEmitter(c, self, slots, null, false, strict);
                    em[0].compact = compact;
                    em[0].method(root, loopEntry);
                });
            } else {
                cb.withMethodBody("exec", MethodTypeDesc.of(CD_int, CD_FRAME), ClassFile.ACC_PUBLIC, c -> trampoline(c, self, fn));
                cb.withMethodBody("fast", fastType(fn), ClassFile.ACC_STATIC, c -> {
                    em[0] = new JitEmitter(c, self, slots, fn, frame, strict);
                    em[0].compact = compact;
                    em[0].method(root, false);
                });
            }
            List<JitEmitter.Constant> consts = em[0].constants();
            for (JitEmitter.Constant k : consts) {
                cb.withField(k.field(), k.type(), ClassFile.ACC_STATIC | ClassFile.ACC_FINAL | ClassFile.ACC_PRIVATE);
            }
            cb.withMethodBody(CLASS_INIT_NAME, MTD_void, ClassFile.ACC_STATIC, c -> {
                c.ldc(DynamicConstantDesc.ofNamed(BSM_CLASS_DATA, DEFAULT_NAME, CD_List));
                int list = c.allocateLocal(java.lang.classfile.TypeKind.REFERENCE);
                c.astore(list);
                for (int i = 0; i < consts.size(); i++) {
                    c.aload(list).loadConstant(i)
                            .invokeinterface(CD_List, "get", MethodTypeDesc.of(CD_Object, CD_int))
                            .checkcast(consts.get(i).type())
                            .putstatic(self, consts.get(i).field(), consts.get(i).type());
                }
                c.return_();
            });
        });
        return new Built(bytes, em[0]);
    }

    /**
     * The fast method's type: goroutine, frame or null, the depth of fast calls this one makes
     * (see JitEmitter.DEPTH), each argument as long bits or an object.
     */
    static MethodTypeDesc fastType(FuncCode c) {
        ClassDesc[] ps = new ClassDesc[c.params + 3];
        ps[0] = JitEmitter.CD_G;
        ps[1] = CD_FRAME;
        ps[2] = CD_int;
        for (int i = 0; i < c.params; i++) ps[i + 3] = c.paramKinds[i] == Prim.REF ? CD_Object : CD_long;
        ClassDesc r = c.resultKinds.length == 0 ? CD_void : c.resultKinds[0] == Prim.REF ? CD_Object : CD_long;
        return MethodTypeDesc.of(r, ps);
    }

    /** exec(f) of a function with a fast method: fast(f.g, f, parameters), result into its slot. */
    private static void trampoline(java.lang.classfile.CodeBuilder cb, ClassDesc self, FuncCode c) {
        int f = 1;
        cb.aload(f).getfield(CD_FRAME, "g", JitEmitter.CD_G).aload(f).iconst_0();
        for (int i = 0; i < c.params; i++) {
            if (c.paramKinds[i] != Prim.REF) cb.aload(f).getfield(CD_FRAME, "p", JitEmitter.CD_LONGS).loadConstant(c.paramSlots[i]).laload();
            else cb.aload(f).getfield(CD_FRAME, "s", JitEmitter.CD_OBJECTS).loadConstant(c.paramSlots[i]).aaload();
        }
        cb.invokestatic(self, "fast", fastType(c));
        if (c.resultKinds.length > 0) {
            int slot = c.resultSlots[0];
            if (c.resultKinds[0] != Prim.REF) {
                int v = cb.allocateLocal(java.lang.classfile.TypeKind.LONG);
                cb.lstore(v).aload(f).getfield(CD_FRAME, "p", JitEmitter.CD_LONGS).loadConstant(slot).lload(v).lastore();
            } else {
                int v = cb.allocateLocal(java.lang.classfile.TypeKind.REFERENCE);
                cb.astore(v).aload(f).getfield(CD_FRAME, "s", JitEmitter.CD_OBJECTS).loadConstant(slot).aload(v).aastore();
            }
        }
        cb.loadConstant(StmtNode.RETURN).ireturn();
    }

    private static final ClassFile FIRST_PASS = ClassFile.of(ClassFile.StackMapsOption.DROP_STACK_MAPS);

    /** The compiled form of a function's body (setting c.fast when calls can take it), or null. */
    static StmtNode function(FuncCode c, boolean strict) {
        FuncCode fn = c.fastable() ? c : null;
        StmtNode body = compile(c.body, false, c.name, strict, fn);
        return body;
    }

    /**
     * The compiled form of root, or null when it cannot be compiled. strict (forced mode, used
     * by tests) turns a failure into an error, so that a bad emitter cannot hide.
     */
    static StmtNode compile(StmtNode root, boolean loopEntry, String name, boolean strict) {
        return compile(root, loopEntry, name, strict, null);
    }

    private static StmtNode compile(StmtNode root, boolean loopEntry, String name, boolean strict, FuncCode fn) {
        try {
            ClassDesc self = ClassDesc.of("gosub.exec.Jit_" + name.replaceAll("[^A-Za-z0-9_]", "_"));
            Built b;
            try {
                b = build(self, root, loopEntry, fn, strict, false);
                if (!strict && codeSize(b.bytes()) > HUGE) b = build(self, root, loopEntry, fn, strict, true);
            } catch (IllegalArgumentException tooLong) {
                // Code over 64 KB: calls into the library, emitted inline, take most of it.
                b = build(self, root, loopEntry, fn, strict, true);
            }
            byte[] bytes = b.bytes();
            if (!strict && codeSize(bytes) > HUGE) return null;
            List<Object> data = Collections.unmodifiableList(b.emitter().constantValues());
            MethodHandles.Lookup lk = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, data, true);
            StmtNode node = (StmtNode) lk.findConstructor(lk.lookupClass(), MethodType.methodType(void.class)).invoke();
            if (fn != null) fn.fast = lk.findStatic(lk.lookupClass(), "fast", fastType(fn).resolveConstantDesc(lk));
            return node;
        } catch (StackOverflowError e) {
            throw e;
        } catch (Throwable e) {
            if (strict) throw new IllegalStateException("gosub: cannot compile " + name + " to bytecode", e);
            return null;
        }
    }
}
