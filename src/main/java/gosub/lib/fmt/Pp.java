package gosub.lib.fmt;

import gosub.runtime.Elems;
import gosub.runtime.Complex;
import gosub.runtime.GoPanic;
import gosub.runtime.GoString;
import gosub.runtime.Goroutine;
import gosub.runtime.Iface;
import gosub.runtime.MethodCaller;
import gosub.runtime.Slice;
import gosub.types.Type;
import gosub.types.TypeNames;
import gosub.types.Universe;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one Print / Printf call (Go's pp): the output buffer, the formatter and the
 * printing of one operand (printArg): methods first (Error, String, GoString), then the
 * value itself. Composite values are printed by {@link ValuePrinter}.
 *
 * <p>An operand ("arg") is an interface value: an {@link Iface} or null for nil.
 */
final class Pp {
    final ByteBuf buf = new ByteBuf();
    final Fmt fmt = new Fmt(buf);
    final MethodCaller methods;
    final Goroutine g;
    private Addresses addrs;

    /** Set by catchPanic while printing a panic value, to stop endless recursion. */
    boolean panicking;
    /** Set while printing a bad verb's operand, so its methods are not called. */
    boolean erroring;
    /** Errorf: %w is allowed. */
    boolean wrapErrs;
    /** Indexes of the operands of %w verbs. */
    final List<Integer> wrappedErrs = new ArrayList<>();
    boolean reordered;
    boolean goodArgNum;

    Pp(MethodCaller methods, Goroutine g) {
        this.methods = methods;
        this.g = g;
    }

    /** The run's table of fake addresses (looked up on first use). */
    Addresses addrs() {
        if (addrs == null) addrs = Addresses.of(g);
        return addrs;
    }

    static String typeString(Type t) {
        return TypeNames.of(t, true);
    }

    // ---- operands ----

    void printArg(Object arg, int verb) {
        if (arg == null) {
            if (verb == 'T' || verb == 'v') {
                fmt.padString("<nil>");
            } else {
                badVerb(null, null, verb);
            }
            return;
        }
        Iface a = (Iface) arg;
        Type t = a.type();
        Object v = a.value();
        if (verb == 'T') {
            fmt.fmtS(typeString(t));
            return;
        }
        if (verb == 'p') {
            fmtPointer(arg, new RVal(t, v, false), 'p');
            return;
        }
        // Go's fast paths: the predeclared (unnamed) basic types and []byte have no methods.
        if (t instanceof Type.Basic && printBasic(arg, null, Kind.of(t), v, verb)) return;
        if (t instanceof Type.Slice s && s.elem instanceof Type.Basic eb && eb.kind == Type.Kind.UINT8) {
            fmtBytes(bytesOf(v), v == null, verb, "[]byte", new RVal(t, v, false));
            return;
        }
        if (!handleMethods(arg, null, verb)) ValuePrinter.printValue(this, new RVal(t, v, false), verb, 0);
    }

    /** Formats a bool, number or string of the given kind; false if kind is not basic. */
    boolean printBasic(Object arg, RVal value, Kind kind, Object v, int verb) {
        switch (kind) {
            case BOOL -> fmtBool(arg, value, (Boolean) v, verb);
            case INT -> fmtInteger(arg, value, (Long) v, true, verb);
            case UINT -> fmtInteger(arg, value, (Long) v, false, verb);
            case FLOAT32 -> fmtFloat(arg, value, (Double) v, 32, verb);
            case FLOAT64 -> fmtFloat(arg, value, (Double) v, 64, verb);
            case COMPLEX64 -> fmtComplex(arg, value, (Complex) v, 64, verb);
            case COMPLEX128 -> fmtComplex(arg, value, (Complex) v, 128, verb);
            case STRING -> fmtString(arg, value, ((GoString) v).bytes, verb);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The bytes of a []byte value (or null). */
    static byte[] bytesOf(Object v) {
        if (v == null) return new byte[0];
        Slice s = (Slice) v;
        return Elems.bytes(s.array, s.off, s.len);
    }

    // ---- methods: Error, String, GoString ----

    private boolean has(Type t, String name) {
        return methods != null && methods.hasMethod(t, name);
    }

    private boolean isError(Object arg) {
        return arg instanceof Iface i && has(i.type(), "Error");
    }

    /** Calls a string-valued method, returning its result's bytes. */
    private byte[] callString(Iface arg, String name) {
        Object r = methods.call(arg.type(), arg.value(), name, new Object[0], g, null);
        if (r instanceof Object[] rs && rs.length > 0) r = rs[0];
        return r instanceof GoString s ? s.bytes : new byte[0];
    }

    /** Prints arg with its Error, String or GoString method if the verb allows; true if done. */
    boolean handleMethods(Object arg, RVal value, int verb) {
        if (erroring) return false;
        if (verb == 'w') {
            if (!isError(arg) || !wrapErrs) {
                badVerb(arg, value, verb);
                return true;
            }
            verb = 'v';
        }
        if (!(arg instanceof Iface a)) return false;
        if (isFormatter(a.type())) {
            callFormat(a, verb);
            return true;
        }
        if (fmt.sharpV) {
            if (has(a.type(), "GoString")) {
                try {
                    fmt.fmtS(callString(a, "GoString"));
                } catch (GoPanic e) {
                    catchPanic(arg, verb, "GoString", e);
                }
                return true;
            }
            return false;
        }
        switch (verb) {
            case 'v', 's', 'x', 'X', 'q' -> {
                String method = has(a.type(), "Error") ? "Error" : has(a.type(), "String") ? "String" : null;
                if (method == null) return false;
                try {
                    fmtString(arg, value, callString(a, method), verb);
                } catch (GoPanic e) {
                    catchPanic(arg, verb, method, e);
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Whether values of type t implement fmt.Formatter: Format(fmt.State, rune). */
    private boolean isFormatter(Type t) {
        if (!has(t, "Format")) return false;
        gosub.types.Lookup.Selection sel = gosub.types.Lookup.find(t, "Format");
        if (!(sel.obj().type instanceof Type.Signature sig)) return false;
        if (sig.params.size() != 2 || !sig.results.isEmpty() || sig.variadic) return false;
        return sig.params.get(0).type instanceof Type.Named n && n.pkg.equals("fmt") && n.name.equals("State")
                && sig.params.get(1).type instanceof Type.Basic b && b.kind == Type.Kind.INT32;
    }

    /** Calls arg's Format method through fmt's Go hook, with the current flags, width and precision. */
    private void callFormat(Iface arg, int verb) {
        Object hook = g == null || g.run == null ? null : g.run.libState.get(Printer.FORMAT_HOOK);
        if (hook == null) return;
        StringBuilder flags = new StringBuilder();
        if (fmt.minus) flags.append('-');
        if (fmt.plus || fmt.plusV) flags.append('+');
        if (fmt.sharp || fmt.sharpV) flags.append('#');
        if (fmt.space) flags.append(' ');
        if (fmt.zero && !fmt.minus) flags.append('0');
        Object[] args = {arg, (long) verb, GoString.of(flags.toString()),
            (long) (fmt.widPresent ? fmt.wid : -1), (long) (fmt.precPresent ? fmt.prec : -1)};
        Object[] r = (Object[]) methods.callFunc(hook, args, g, null);
        buf.write(((GoString) r[0]).bytes);
        if ((Boolean) r[2]) catchPanic(arg, verb, "Format", new GoPanic(r[1], null, false));
    }

    /** A method called by fmt panicked: print %!v(PANIC=String method: ...) or <nil>. */
    private void catchPanic(Object arg, int verb, String method, GoPanic e) {
        if (arg instanceof Iface a && Kind.of(a.type()) == Kind.POINTER && a.value() == null) {
            buf.writeString("<nil>");
            return;
        }
        if (panicking) throw e;
        int oldFlags = fmt.saveFlags();
        fmt.clearFlags();
        buf.writeString("%!");
        buf.writeRune(verb);
        buf.writeString("(PANIC=");
        buf.writeString(method);
        buf.writeString(" method: ");
        panicking = true;
        try {
            printArg(e.value, 'v');
        } finally {
            panicking = false;
        }
        buf.writeByte(')');
        fmt.restoreFlags(oldFlags);
    }

    // ---- errors ----

    /** %!verb(type=value) for an operand the verb does not apply to. */
    void badVerb(Object arg, RVal value, int verb) {
        erroring = true;
        buf.writeString("%!");
        buf.writeRune(verb);
        buf.writeByte('(');
        if (arg instanceof Iface a) {
            buf.writeString(typeString(a.type()));
            buf.writeByte('=');
            printArg(arg, 'v');
        } else if (value != null) {
            buf.writeString(typeString(value.type()));
            buf.writeByte('=');
            ValuePrinter.printValue(this, value, 'v', 0);
        } else {
            buf.writeString("<nil>");
        }
        buf.writeByte(')');
        erroring = false;
    }

    // ---- basic kinds ----

    void fmtBool(Object arg, RVal value, boolean v, int verb) {
        if (verb == 't' || verb == 'v') {
            fmt.fmtBoolean(v);
        } else {
            badVerb(arg, value, verb);
        }
    }

    /** Hexadecimal, with or without 0x, whatever the # flag says. */
    void fmt0x64(long v, boolean leading0x) {
        boolean sharp = fmt.sharp;
        fmt.sharp = leading0x;
        fmt.fmtInteger(v, 16, false, 'v', Fmt.LDIGITS);
        fmt.sharp = sharp;
    }

    void fmtInteger(Object arg, RVal value, long v, boolean signed, int verb) {
        switch (verb) {
            case 'v' -> {
                if (fmt.sharpV && !signed) {
                    fmt0x64(v, true);
                } else {
                    fmt.fmtInteger(v, 10, signed, verb, Fmt.LDIGITS);
                }
            }
            case 'd' -> fmt.fmtInteger(v, 10, signed, verb, Fmt.LDIGITS);
            case 'b' -> fmt.fmtInteger(v, 2, signed, verb, Fmt.LDIGITS);
            case 'o', 'O' -> fmt.fmtInteger(v, 8, signed, verb, Fmt.LDIGITS);
            case 'x' -> fmt.fmtInteger(v, 16, signed, verb, Fmt.LDIGITS);
            case 'X' -> fmt.fmtInteger(v, 16, signed, verb, Fmt.UDIGITS);
            case 'c' -> fmt.fmtC(v);
            case 'q' -> fmt.fmtQc(v);
            case 'U' -> fmt.fmtUnicode(v);
            default -> badVerb(arg, value, verb);
        }
    }

    void fmtFloat(Object arg, RVal value, double v, int size, int verb) {
        switch (verb) {
            case 'v' -> fmt.fmtFloat(v, size, 'g', -1);
            case 'b', 'g', 'G', 'x', 'X' -> fmt.fmtFloat(v, size, verb, -1);
            case 'f', 'e', 'E' -> fmt.fmtFloat(v, size, verb, 6);
            case 'F' -> fmt.fmtFloat(v, size, 'f', 6);
            default -> badVerb(arg, value, verb);
        }
    }

    void fmtComplex(Object arg, RVal value, Complex v, int size, int verb) {
        switch (verb) {
            case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E' -> {
                boolean oldPlus = fmt.plus;
                buf.writeByte('(');
                fmtFloat(arg, value, v.re(), size / 2, verb);
                fmt.plus = true;
                fmtFloat(arg, value, v.im(), size / 2, verb);
                buf.writeString("i)");
                fmt.plus = oldPlus;
            }
            default -> badVerb(arg, value, verb);
        }
    }

    void fmtString(Object arg, RVal value, byte[] v, int verb) {
        switch (verb) {
            case 'v' -> {
                if (fmt.sharpV) {
                    fmt.fmtQ(v);
                } else {
                    fmt.fmtS(v);
                }
            }
            case 's' -> fmt.fmtS(v);
            case 'x' -> fmt.fmtSbx(v, Fmt.LDIGITS);
            case 'X' -> fmt.fmtSbx(v, Fmt.UDIGITS);
            case 'q' -> fmt.fmtQ(v);
            default -> badVerb(arg, value, verb);
        }
    }

    /** A byte slice or array; value is the whole operand, printed element-wise for other verbs. */
    void fmtBytes(byte[] v, boolean isNil, int verb, String typeString, RVal value) {
        switch (verb) {
            case 'v', 'd' -> {
                if (fmt.sharpV) {
                    buf.writeString(typeString);
                    if (isNil) {
                        buf.writeString("(nil)");
                        return;
                    }
                    buf.writeByte('{');
                    for (int i = 0; i < v.length; i++) {
                        if (i > 0) buf.writeString(", ");
                        fmt0x64(v[i] & 0xFF, true);
                    }
                    buf.writeByte('}');
                } else {
                    buf.writeByte('[');
                    for (int i = 0; i < v.length; i++) {
                        if (i > 0) buf.writeByte(' ');
                        fmt.fmtInteger(v[i] & 0xFF, 10, false, verb, Fmt.LDIGITS);
                    }
                    buf.writeByte(']');
                }
            }
            case 's' -> fmt.fmtS(v);
            case 'x' -> fmt.fmtSbx(v, Fmt.LDIGITS);
            case 'X' -> fmt.fmtSbx(v, Fmt.UDIGITS);
            case 'q' -> fmt.fmtQ(v);
            default -> ValuePrinter.printValue(this, value, verb, 0);
        }
    }

    /** Chans, funcs, maps, pointers and slices as addresses. */
    void fmtPointer(Object arg, RVal value, int verb) {
        switch (value.kind()) {
            case CHAN, FUNC, MAP, POINTER, SLICE, UNSAFE_POINTER -> { }
            default -> {
                badVerb(arg, value, verb);
                return;
            }
        }
        long u = addrs().pointer(value);
        switch (verb) {
            case 'v' -> {
                if (fmt.sharpV) {
                    buf.writeByte('(');
                    buf.writeString(typeString(value.type()));
                    buf.writeString(")(");
                    if (u == 0) {
                        buf.writeString("nil");
                    } else {
                        fmt0x64(u, true);
                    }
                    buf.writeByte(')');
                } else if (u == 0) {
                    fmt.padString("<nil>");
                } else {
                    fmt0x64(u, !fmt.sharp);
                }
            }
            case 'p' -> fmt0x64(u, !fmt.sharp);
            case 'b', 'o', 'd', 'x', 'X' -> fmtInteger(arg, value, u, false, verb);
            default -> badVerb(arg, value, verb);
        }
    }
}
