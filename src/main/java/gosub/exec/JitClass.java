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

    private static int codeSize(byte[] bytes) {
        for (var m : ClassFile.of().parse(bytes).methods()) {
            if (m.methodName().equalsString("exec")) return m.code().map(c -> c instanceof java.lang.classfile.attribute.CodeAttribute a ? a.codeLength() : 0).orElse(0);
        }
        return 0;
    }

    private record Built(byte[] bytes, JitEmitter emitter) {}

    private static Built build(ClassDesc self, StmtNode root, boolean loopEntry, java.util.Set<Integer> slots) {
        JitEmitter[] em = new JitEmitter[1];
        // The first pass's locals are assigned as met, so its stack maps would not verify.
        byte[] bytes = (slots == null ? FIRST_PASS : FILES).build(self, cb -> {
            cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withSuperclass(CD_STMT);
            cb.withMethodBody(INIT_NAME, MTD_void, ClassFile.ACC_PUBLIC,
                    c -> c.aload(0).invokespecial(CD_STMT, INIT_NAME, MTD_void).return_());
            cb.withMethodBody("exec", MethodTypeDesc.of(CD_int, CD_FRAME), ClassFile.ACC_PUBLIC, c -> {
                em[0] = new JitEmitter(c, self, slots);
                em[0].method(root, loopEntry);
            });
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

    private static final ClassFile FIRST_PASS = ClassFile.of(ClassFile.StackMapsOption.DROP_STACK_MAPS);

    /**
     * The compiled form of root, or null when it cannot be compiled. strict (forced mode, used
     * by tests) turns a failure into an error, so that a bad emitter cannot hide.
     */
    static StmtNode compile(StmtNode root, boolean loopEntry, String name, boolean strict) {
        try {
            ClassDesc self = ClassDesc.of("gosub.exec.Jit_" + name.replaceAll("[^A-Za-z0-9_]", "_"));
            // The first pass finds the scalar slots the emitted code keeps in locals.
            JitEmitter first = build(self, root, loopEntry, null).emitter();
            Built b = build(self, root, loopEntry, first.usedSlots());
            byte[] bytes = b.bytes();
            if (!strict && codeSize(bytes) > HUGE) return null;
            List<Object> data = Collections.unmodifiableList(b.emitter().constantValues());
            MethodHandles.Lookup lk = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, data, true);
            return (StmtNode) lk.findConstructor(lk.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (StackOverflowError e) {
            throw e;
        } catch (Throwable e) {
            if (strict) throw new IllegalStateException("gosub: cannot compile " + name + " to bytecode", e);
            return null;
        }
    }
}
