package gosub.lib.fmt;

import gosub.runtime.GoString;
import gosub.runtime.Goroutine;
import gosub.runtime.MethodCaller;

/**
 * Go's fmt formatting, byte for byte: the entry points behind Print, Println, Printf, the
 * S-, F- and Append- variants and Errorf. Operands are interface values: a
 * {@link gosub.runtime.Iface} or null for a nil interface. Error, String and GoString
 * methods of operands (and of nested values, as Go's fmt does) are called through the
 * run's {@link MethodCaller}; panics inside them are reported in the output like Go.
 */
public final class Printer {
    private Printer() {}

    /**
     * The result of Errorf's formatting. count is the number of %w verbs: 0 (Go makes an
     * errors.New), 1 (a *fmt.wrapError whose Unwrap returns args[operands[0]] if that is an
     * error, else nil) or more (a *fmt.wrapErrors whose Unwrap returns the errors at
     * operands: sorted if the format used explicit indexes, adjacent repeats dropped,
     * non-errors left out).
     */
    public record Wrapped(byte[] text, int count, int[] operands) {}

    static final String FORMAT_HOOK = "fmt.formatHook";

    /** Records fmt's Go function that calls a Formatter's Format method (set by fmt's init). */
    public static void setFormatHook(Goroutine g, Object fn) {
        if (g != null && g.run != null && fn != null) g.run.libState.put(FORMAT_HOOK, fn);
    }

    private static MethodCaller methodsOf(Goroutine g) {
        return g == null || g.run == null ? null : g.run.methods;
    }

    /** Sprint: spaces between operands when neither is a string. */
    public static byte[] sprint(Object[] args, Goroutine g) {
        return sprint(args, methodsOf(g), g);
    }

    /** Sprintln: spaces between all operands, and a newline. */
    public static byte[] sprintln(Object[] args, Goroutine g) {
        return sprintln(args, methodsOf(g), g);
    }

    /** Sprintf. A %w verb is reported as bad (%!w(...)), as outside Errorf in Go. */
    public static byte[] sprintf(GoString format, Object[] args, Goroutine g) {
        return sprintf(format, args, methodsOf(g), g);
    }

    /** Errorf's formatting: %w prints like %v and its operand indexes are returned. */
    public static Wrapped errorf(GoString format, Object[] args, Goroutine g) {
        return errorf(format, args, methodsOf(g), g);
    }

    // The same with an explicit MethodCaller (g may then be null), for tests and for callers
    // that are not on a goroutine.

    public static byte[] sprint(Object[] args, MethodCaller methods, Goroutine g) {
        Pp p = new Pp(methods, g);
        boolean prevString = false;
        for (int i = 0; i < args.length; i++) {
            boolean isString = ValuePrinter.isString(args[i]);
            if (i > 0 && !isString && !prevString) p.buf.writeByte(' ');
            p.printArg(args[i], 'v');
            prevString = isString;
        }
        return p.buf.toByteArray();
    }

    public static byte[] sprintln(Object[] args, MethodCaller methods, Goroutine g) {
        Pp p = new Pp(methods, g);
        for (int i = 0; i < args.length; i++) {
            if (i > 0) p.buf.writeByte(' ');
            p.printArg(args[i], 'v');
        }
        p.buf.writeByte('\n');
        return p.buf.toByteArray();
    }

    public static byte[] sprintf(GoString format, Object[] args, MethodCaller methods, Goroutine g) {
        Pp p = new Pp(methods, g);
        Printf.doPrintf(p, format.bytes, args);
        return p.buf.toByteArray();
    }

    public static Wrapped errorf(GoString format, Object[] args, MethodCaller methods, Goroutine g) {
        Pp p = new Pp(methods, g);
        p.wrapErrs = true;
        Printf.doPrintf(p, format.bytes, args);
        int[] w = p.wrappedErrs.stream().mapToInt(Integer::intValue).toArray();
        if (w.length <= 1) return new Wrapped(p.buf.toByteArray(), w.length, w);
        if (p.reordered) java.util.Arrays.sort(w);
        java.util.List<Integer> errs = new java.util.ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            if (i > 0 && w[i - 1] == w[i]) continue;
            if (args[w[i]] instanceof gosub.runtime.Iface e && methods != null && methods.hasMethod(e.type(), "Error")) {
                errs.add(w[i]);
            }
        }
        return new Wrapped(p.buf.toByteArray(), w.length, errs.stream().mapToInt(Integer::intValue).toArray());
    }
}
