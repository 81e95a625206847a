package gosub.lib;

import gosub.exec.NativeFn;
import gosub.lib.fmt.Printer;
import gosub.runtime.GoString;
import gosub.runtime.Slice;
import java.util.Map;

/** fmt's formatting functions. */
final class FmtNatives {
    private FmtNatives() {}

    /** Scanning: parses tok into *arg for the basic kinds Go's Scan supports. */
    static Object store(Object arg, GoString tok, long verb, gosub.runtime.Goroutine g) {
        gosub.runtime.Iface i = (gosub.runtime.Iface) arg;
        if (i == null) return error(g, "can't scan type: <nil>");
        if (!(i.type().underlying() instanceof gosub.types.Type.Pointer pt)) {
            return error(g, "type not a pointer: " + gosub.types.TypeNames.of(i.type(), true));
        }
        // Go stores through the pointer after reading the token: a nil one faults there
        if (i.value() == null) throw gosub.runtime.Panics.nilDeref(null);
        gosub.runtime.Pointer p = (gosub.runtime.Pointer) i.value();
        if (isByteSlice(pt.elem)) {
            p.store(Slice.of(tok.bytes.clone()));
            return null;
        }
        gosub.types.Type.Basic b = gosub.types.TypeOps.basic(pt.elem);
        String s = tok.toString();
        if (b == null) return error(g, "can't scan type: " + gosub.types.TypeNames.of(i.type(), true));
        if (b.isString()) {
            p.store(tok);
            return null;
        }
        if (b.isBoolean()) {
            gosub.lib.strconv.ParseNumbers.BoolResult r = gosub.lib.strconv.ParseNumbers.parseBool(s);
            if (!r.ok()) return error(g, "syntax error scanning boolean");
            p.store(r.value());
            return null;
        }
        if (b.isInteger()) {
            if (verb == 'c') {
                p.store((long) s.codePointAt(0));
                return null;
            }
            int base = switch ((int) verb) {
                case 'v' -> 0;
                case 'b' -> 2;
                case 'o' -> 8;
                case 'x', 'X', 'U' -> 16;
                default -> 10;
            };
            gosub.lib.strconv.ParseNumbers.IntResult r = b.isUnsigned()
                    ? gosub.lib.strconv.ParseNumbers.parseUint(s, base, 64)
                    : gosub.lib.strconv.ParseNumbers.parseInt(s, base, 64);
            if (!r.ok()) return error(g, r.err().message());
            long v = r.value();
            int bits = b.bits();
            if (bits < 64) {
                long x = (v << (64 - bits)) >> (64 - bits);
                if (b.isUnsigned()) x = (v << (64 - bits)) >>> (64 - bits);
                if (x != v) return error(g, (b.isUnsigned() ? "unsigned integer overflow on token " : "integer overflow on token ") + s);
            }
            p.store(v);
            return null;
        }
        if (b.isComplex()) {
            // tok is "re,im" (complexToken); each part has half the bits, as in Go
            int comma = s.indexOf(',');
            int half = b.bits() / 2;
            var re = gosub.lib.strconv.ParseNumbers.parseFloat(s.substring(0, comma), half);
            if (!re.ok()) return error(g, re.err().message());
            var im = gosub.lib.strconv.ParseNumbers.parseFloat(s.substring(comma + 1), half);
            if (!im.ok()) return error(g, im.err().message());
            p.store(new gosub.runtime.Complex(re.value(), im.value()));
            return null;
        }
        if (b.isFloat()) {
            gosub.lib.strconv.ParseNumbers.FloatResult r = gosub.lib.strconv.ParseNumbers.parseFloat(s, b.bits());
            if (!r.ok()) return error(g, r.err().message());
            p.store(r.value());
            return null;
        }
        return error(g, "can't scan type: " + gosub.types.TypeNames.of(i.type(), true));
    }

    private static boolean isByteSlice(gosub.types.Type t) {
        return t.underlying() instanceof gosub.types.Type.Slice sl && gosub.types.TypeOps.basic(sl.elem) instanceof gosub.types.Type.Basic eb
                && eb.bits() == 8 && eb.isUnsigned() && eb.isInteger();
    }

    /** What a Scan operand points to: {kind rune, bits}; see fmt.go's scanKind. */
    static Object[] scanKind(Object arg) {
        if (arg instanceof gosub.runtime.Iface i && i.type().underlying() instanceof gosub.types.Type.Pointer pt) {
            if (isByteSlice(pt.elem)) return new Object[] {(long) 'B', 8L};
            gosub.types.Type.Basic b = gosub.types.TypeOps.basic(pt.elem);
            if (b != null) {
                long k = b.isBoolean() ? 'b' : b.isString() ? 's' : b.isFloat() ? 'f' : b.isComplex() ? 'c'
                        : b.isInteger() ? (b.isUnsigned() ? 'u' : 'i') : 0;
                return new Object[] {k, (long) (k == 0 ? 0 : b.bits())};
            }
        }
        return new Object[] {0L, 0L};
    }

    /** A scanning error value: an *errors.errorString like errors.New makes. */
    private static Object error(gosub.runtime.Goroutine g, String msg) {
        throw new ScanError(msg);
    }

    /** Carries a scan error message to the Go side (converted in store's wrapper). */
    static final class ScanError extends RuntimeException {
        ScanError(String msg) {
            super(msg, null, false, false);
        }
    }

    static void register(Map<String, NativeFn> m) {
        m.put("fmt.Sprintf", (a, g, p) -> new GoString(Printer.sprintf((GoString) a[0], Args.elems(a[1]), g)));
        m.put("fmt.Sprint", (a, g, p) -> new GoString(Printer.sprint(Args.elems(a[0]), g)));
        m.put("fmt.Sprintln", (a, g, p) -> new GoString(Printer.sprintln(Args.elems(a[0]), g)));
        m.put("fmt.setFormatHook", (a, g, p) -> {
            Printer.setFormatHook(g, a[0]);
            return null;
        });
        m.put("fmt.scanKind", (a, g, p) -> scanKind(a[0]));
        m.put("fmt.scanStore", (a, g, p) -> {
            try {
                store(a[0], (GoString) a[1], (Long) a[2], g);
                return GoString.EMPTY;
            } catch (ScanError e) {
                return GoString.of(e.getMessage());
            }
        });
        m.put("fmt.errorf", (a, g, p) -> {
            Printer.Wrapped w = Printer.errorf((GoString) a[0], Args.elems(a[1]), g);
            long[] idx = new long[w.operands().length];
            for (int i = 0; i < idx.length; i++) idx[i] = w.operands()[i];
            return new Object[] {new GoString(w.text()), (long) w.count(), idx.length == 0 ? null : Slice.of(idx)};
        });
    }
}
