package gosub.build;

import static java.lang.constant.ConstantDescs.CD_int;

import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.Label;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the pattern switches javac compiles (an invokedynamic to SwitchBootstraps.typeSwitch
 * with class labels) into a call to a static method of the same class that tests the labels
 * with instanceof. The JDK builds a class for each such switch the first time it runs (about
 * 0.5-1 ms each, and its AOT cache does not keep them): 30 of them ran before hello world
 * printed. The method returns what the bootstrap's call site would: -1 for null, else the
 * first label at or after the restart index that the value is an instance of, else the number
 * of labels. A switch with any other kind of label is left as javac wrote it.
 */
public final class TypeSwitchLowering {
    private TypeSwitchLowering() {}

    private static final ClassDesc SWITCH_BOOTSTRAPS = ClassDesc.of("java.lang.runtime.SwitchBootstraps");
    private static final String PREFIX = "typeSwitch$";

    /** The class with its type switches lowered, or null when it has none to lower. */
    public static byte[] lower(byte[] classFile, ClassLoader hierarchy) {
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofClassLoading(hierarchy))));
        ClassModel model = cf.parse(classFile);
        if (!hasLowerable(model)) return null;
        ClassDesc self = model.thisClass().asSymbol();
        boolean isInterface = (model.flags().flagsMask() & ClassFile.ACC_INTERFACE) != 0;
        List<Helper> helpers = new ArrayList<>();
        CodeTransform calls = (code, e) -> {
            List<ClassDesc> labels = e instanceof InvokeDynamicInstruction indy ? classLabels(indy) : null;
            if (labels == null) {
                code.with(e);
                return;
            }
            InvokeDynamicInstruction indy = (InvokeDynamicInstruction) e;
            Helper h = new Helper(PREFIX + helpers.size(), indy.typeSymbol(), labels);
            helpers.add(h);
            code.invokestatic(self, h.name, h.type, isInterface);
        };
        ClassTransform transform = ClassTransform.transformingMethodBodies(calls)
                .andThen(ClassTransform.endHandler(cb -> {
                    for (Helper h : helpers) addHelper(cb, h);
                }));
        return cf.transformClass(model, transform);
    }

    private record Helper(String name, MethodTypeDesc type, List<ClassDesc> labels) {}

    private static boolean hasLowerable(ClassModel model) {
        for (var m : model.methods()) {
            var code = m.code();
            if (code.isEmpty()) continue;
            for (CodeElement e : code.get()) {
                if (e instanceof InvokeDynamicInstruction indy && classLabels(indy) != null) return true;
            }
        }
        return false;
    }

    /** The class labels of a typeSwitch call site, or null when it is something else. */
    static List<ClassDesc> classLabels(InvokeDynamicInstruction indy) {
        var bsm = indy.bootstrapMethod();
        if (!bsm.owner().equals(SWITCH_BOOTSTRAPS) || !bsm.methodName().equals("typeSwitch")) return null;
        MethodTypeDesc t = indy.typeSymbol();
        if (t.parameterCount() != 2 || !t.parameterType(1).equals(CD_int) || !t.returnType().equals(CD_int)) return null;
        if (t.parameterType(0).isPrimitive()) return null;
        List<ClassDesc> labels = new ArrayList<>();
        for (ConstantDesc arg : indy.bootstrapArgs()) {
            if (!(arg instanceof ClassDesc c)) return null;
            labels.add(c);
        }
        return labels;
    }

    private static void addHelper(ClassBuilder cb, Helper h) {
        int flags = ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC | ClassFile.ACC_SYNTHETIC;
        cb.withMethodBody(h.name, h.type, flags, code -> emitTests(code, h.labels));
    }

    /** Local 0 is the value, local 1 the index of the first label to try. */
    private static void emitTests(CodeBuilder code, List<ClassDesc> labels) {
        Label notNull = code.newLabel();
        code.aload(0).ifnonnull(notNull).iconst_m1().ireturn().labelBinding(notNull);
        for (int i = 0; i < labels.size(); i++) {
            Label next = code.newLabel();
            code.iload(1).loadConstant(i).if_icmpgt(next);
            code.aload(0).instanceOf(labels.get(i)).ifeq(next);
            code.loadConstant(i).ireturn();
            code.labelBinding(next);
        }
        code.loadConstant(labels.size()).ireturn();
    }
}
