package gosub.exec;

import gosub.runtime.Goroutine;
import gosub.runtime.Run;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * When to turn a function body or a loop into JVM bytecode (see JitClass). The tree stays the
 * reference: generated code does exactly what its nodes do, and anything the generator cannot
 * handle keeps running as the tree.
 */
public final class Jit {
    private Jit() {}

    /** Run.jit values: never compile, compile what runs hot, compile everything on first use. */
    public static final int OFF = 0, HOT = 1, ALL = 2;

    /** Calls of a function, and trips round a loop, before they are compiled. */
    static final int HOT_CALLS = 2000, HOT_TRIPS = 5000;

    /** GOSUB_JIT=all|off|hot picks the mode of runs started from the command line. */
    public static int modeFromEnv() {
        String v = System.getenv("GOSUB_JIT");
        if (v == null) return HOT;
        return switch (v) {
            case "all" -> ALL;
            case "off" -> OFF;
            default -> HOT;
        };
    }

    /** Called on each call of a program function until it has been compiled (or tried). */
    static void called(FuncCode c, Run run) {
        if (run.jit == OFF || ++c.calls < (run.jit == ALL ? 1 : HOT_CALLS)) return;
        compile(c, run.jit == ALL);
    }

    private static void compile(FuncCode c, boolean strict) {
        synchronized (c) {
            if (c.jitTried) return;
            StmtNode body = JitClass.function(c, strict);
            if (body != null) c.body = body;
            c.jitTried = true;
        }
    }

    /**
     * Links a call site of compiled code to its callee's fast method (see JitClass), compiling
     * the callee now if it was not yet; a callee that cannot be compiled runs its tree behind
     * the same convention. Called by the JVM the first time the site runs.
     */
    static CallSite link(MethodHandles.Lookup lk, String name, MethodType type, FuncCode c, int strict) throws ReflectiveOperationException {
        compile(c, strict != 0);
        MethodHandle h = c.fast;
        if (h == null) {
            String slow = c.resultKinds.length == 0 ? "slowVoid" : c.resultKinds[0] == Prim.REF ? "slowRef" : "slowBits";
            MethodType t = MethodType.methodType(type.returnType(), FuncCode.class, Goroutine.class, Frame.class, int.class, Object[].class);
            h = MethodHandles.lookup().findStatic(Invoke.class, slow, t).bindTo(c).asCollector(Object[].class, c.params);
        }
        return new ConstantCallSite(h.asType(type));
    }

    /** A loop of the tree that ran hot: its compiled form, entered at the condition, or null. */
    static StmtNode loop(Control.For loop, Run run) {
        synchronized (loop) {
            if (loop.jitTried) return loop.jitted;
            loop.jitted = JitClass.compile(loop, true, "loop", run.jit == ALL);
            loop.jitTried = true;
            return loop.jitted;
        }
    }
}
