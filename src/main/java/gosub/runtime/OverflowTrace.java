package gosub.runtime;

import gosub.syntax.Pos;

/**
 * The Go frames of a goroutine whose stack overflowed, noted one by one while the
 * StackOverflowError unwinds (innermost first). Like Go's traceback it keeps the innermost
 * and the outermost frames and says how many were elided between them; a recursion a million
 * calls deep costs two small arrays, not a list of a million strings.
 */
public final class OverflowTrace {
    private static final int KEEP = 50;
    private final String[] innerNames = new String[KEEP];
    private final String[] innerArgs = new String[KEEP];
    private final String[] outerArgs = new String[KEEP];
    private final int[] innerLines = new int[KEEP];
    private final String[] outerNames = new String[KEEP];
    private final int[] outerLines = new int[KEEP];
    private long count;
    /** Where the frame noted last was called from: the line its caller was executing. */
    private Pos pendingCallSite;

    /**
     * Notes the frame of function fn (declared at declLine), called from callSite. The
     * innermost frame shows its declaration line, as Go's overflow hits the function's entry.
     * Arguments are not shown: a function with parameters prints as Go prints an inlined one.
     */
    public void note(String fn, boolean hasParams, int declLine, Pos callSite) {
        // No string building here: this runs at the end of the stack, where a first
        // invokedynamic bootstrap (string concatenation) could fail for good.
        String args = hasParams ? "(...)" : "()";
        int line = count == 0 ? declLine : (pendingCallSite == null ? 0 : pendingCallSite.line());
        if (count < KEEP) {
            innerNames[(int) count] = fn;
            innerArgs[(int) count] = args;
            innerLines[(int) count] = line;
        } else {
            int i = (int) ((count - KEEP) % KEEP);
            outerNames[i] = fn;
            outerArgs[i] = args;
            outerLines[i] = line;
        }
        count++;
        pendingCallSite = callSite;
    }

    /** The frames as Go prints them, each `name(args)` then a tab and `file:line`. */
    public String format(String file) {
        StringBuilder sb = new StringBuilder();
        int inner = (int) Math.min(count, KEEP);
        for (int i = 0; i < inner; i++) frame(sb, innerNames[i], innerArgs[i], file, innerLines[i]);
        long outer = count - inner;
        if (outer > KEEP) sb.append("...").append(outer - KEEP).append(" frames elided...\n");
        int shown = (int) Math.min(outer, KEEP);
        long first = outer - shown;
        for (long k = first; k < outer; k++) {
            int i = (int) (k % KEEP);
            frame(sb, outerNames[i], outerArgs[i], file, outerLines[i]);
        }
        return sb.toString();
    }

    private static void frame(StringBuilder sb, String name, String args, String file, int line) {
        sb.append(name).append(args).append("\n\t").append(file).append(':').append(line).append('\n');
    }
}
