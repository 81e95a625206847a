package gosub.exec;

/** The compiled form of one function: its body and the layout of its frame. */
public final class FuncCode {
    /** Go's name for traces: main.f, main.(*T).M, main.main.func1. */
    public final String name;
    /** Line of the declaration (Go shows it for a frame that overflowed on entry). */
    public int line;
    public int slots;
    /** Primitive slots (scalar locals). */
    public int prims;
    /** Per parameter and result: its slot kind (Prim.REF, LONG, DOUBLE, BOOL). */
    public int[] paramKinds = new int[0];
    public int[] paramSlots = new int[0];
    public int[] resultKinds = new int[0];
    /** Parameters (receiver first) occupy slots 0..params-1. */
    public int params;
    /** Which parameter slots hold cells (captured or address-taken parameters). */
    public boolean[] paramCells;
    /** Slots of the results, and whether each holds a cell. */
    public int[] resultSlots = new int[0];
    public boolean[] resultCells = new boolean[0];
    public ZeroValue[] resultZeros = new ZeroValue[0];
    public StmtNode body;
    public boolean hasDefer;
    /** For library functions implemented in Java. */
    public NativeFn nativeFn;

    /** Calls counted towards compiling the body to bytecode, and whether that was tried. */
    int calls;
    boolean jitTried;
    /**
     * The compiled body's fast method (see JitClass): (Goroutine, Frame or null, arguments as
     * long bits or objects) returning the result's long bits, object, or nothing.
     */
    java.lang.invoke.MethodHandle fast;

    /** Whether calls can take the fast convention: no deferred calls, cells, or results beyond one. */
    boolean fastable() {
        if (nativeFn != null || body == null || hasDefer || resultSlots.length > 1 || params != paramKinds.length) return false;
        for (boolean b : paramCells) if (b) return false;
        for (boolean b : resultCells) if (b) return false;
        return true;
    }

    /** A function of the program (package main), not of the library. */
    public final boolean inProgram;

    public FuncCode(String name) {
        this.name = name;
        this.inProgram = name.startsWith("main.");
    }
}
