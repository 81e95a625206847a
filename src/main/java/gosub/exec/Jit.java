package gosub.exec;

import gosub.runtime.Run;

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
        synchronized (c) {
            if (c.jitTried) return;
            StmtNode body = JitClass.compile(c.body, false, c.name, run.jit == ALL);
            if (body != null) c.body = body;
            c.jitTried = true;
        }
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
