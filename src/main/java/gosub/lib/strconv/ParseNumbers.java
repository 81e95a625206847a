package gosub.lib.strconv;

import java.nio.charset.StandardCharsets;

/**
 * Go's strconv.ParseInt, ParseUint, Atoi, ParseBool and ParseFloat, with Go's results on
 * error (0, or the clamped value for a range error) and Go's error texts via {@link NumError}.
 * Inputs are Go strings as {@code byte[]}; String overloads take the UTF-8 bytes. int is
 * 64 bits wide (bitSize 0 means 64), as on Go's 64-bit platforms.
 */
public final class ParseNumbers {
    /** Go's strconv.IntSize. */
    public static final int INT_SIZE = 64;

    /** A signed or unsigned integer result; for ParseUint the value is the uint64's bits. */
    public record IntResult(long value, NumError err) {
        public boolean ok() {
            return err == null;
        }
    }

    /** A ParseFloat result; float32 results are widened to double. */
    public record FloatResult(double value, NumError err) {
        public boolean ok() {
            return err == null;
        }
    }

    /** A ParseBool result. */
    public record BoolResult(boolean value, NumError err) {
        public boolean ok() {
            return err == null;
        }
    }

    private ParseNumbers() {}

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** strconv.ParseBool: accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False. */
    public static BoolResult parseBool(byte[] s) {
        switch (new String(s, StandardCharsets.ISO_8859_1)) {
            case "1", "t", "T", "true", "TRUE", "True":
                return new BoolResult(true, null);
            case "0", "f", "F", "false", "FALSE", "False":
                return new BoolResult(false, null);
            default:
                return new BoolResult(false, NumError.syntax("ParseBool", s));
        }
    }

    public static BoolResult parseBool(String s) {
        return parseBool(bytes(s));
    }

    /** strconv.ParseFloat(s, bitSize): bitSize 32 rounds to float32, anything else to float64. */
    public static FloatResult parseFloat(byte[] s, int bitSize) {
        return FloatParser.parse(s, bitSize);
    }

    public static FloatResult parseFloat(String s, int bitSize) {
        return parseFloat(bytes(s), bitSize);
    }

    /** strconv.Atoi: ParseInt(s, 10, 0) reported as "Atoi". */
    public static IntResult atoi(byte[] s) {
        IntResult r = parseInt(s, 10, 0);
        if (r.err() != null) {
            return new IntResult(r.value(), r.err().with("Atoi", s));
        }
        return r;
    }

    public static IntResult atoi(String s) {
        return atoi(bytes(s));
    }

    /**
     * strconv.ParseInt: optional sign, then digits in base 2..36; base 0 takes the base from
     * the prefix (0b, 0o, 0x, or 0 for octal, else decimal) and permits underscores as in Go
     * literals. On a range error the value is clamped to the bitSize's limits.
     */
    public static IntResult parseInt(byte[] s, int base, int bitSize) {
        final String fn = "ParseInt";
        if (s.length == 0) {
            return new IntResult(0, NumError.syntax(fn, s));
        }
        int start = 0;
        boolean neg = false;
        if (s[0] == '+') {
            start = 1;
        } else if (s[0] == '-') {
            neg = true;
            start = 1;
        }
        IntResult u = parseUint(s, start, base, bitSize);
        if (u.err() != null && u.err().kind() != NumError.Kind.RANGE) {
            return new IntResult(0, u.err().with(fn, s));
        }
        if (bitSize == 0) {
            bitSize = INT_SIZE;
        }
        long un = u.value();
        long cutoff = 1L << (bitSize - 1); // as unsigned: 2^(bitSize-1)
        if (!neg && Long.compareUnsigned(un, cutoff) >= 0) {
            return new IntResult(cutoff - 1, NumError.range(fn, s));
        }
        if (neg && Long.compareUnsigned(un, cutoff) > 0) {
            return new IntResult(-cutoff, NumError.range(fn, s));
        }
        return new IntResult(neg ? -un : un, null);
    }

    public static IntResult parseInt(String s, int base, int bitSize) {
        return parseInt(bytes(s), base, bitSize);
    }

    /** strconv.ParseUint; the uint64 result is returned in a long (use unsigned operations). */
    public static IntResult parseUint(byte[] s, int base, int bitSize) {
        return parseUint(s, 0, base, bitSize);
    }

    public static IntResult parseUint(String s, int base, int bitSize) {
        return parseUint(bytes(s), base, bitSize);
    }

    /** ParseUint over s[from:], reporting errors with the input s[from:]. */
    private static IntResult parseUint(byte[] whole, int from, int base, int bitSize) {
        final String fn = "ParseUint";
        byte[] s0 = from == 0 ? whole : java.util.Arrays.copyOfRange(whole, from, whole.length);
        int n = s0.length;
        if (n == 0) {
            return new IntResult(0, NumError.syntax(fn, s0));
        }
        boolean base0 = base == 0;
        int i = 0;
        if (base == 0) {
            base = 10;
            if (s0[0] == '0') {
                int p = n >= 3 ? lower(s0[1]) : -1;
                if (p == 'b') {
                    base = 2;
                    i = 2;
                } else if (p == 'o') {
                    base = 8;
                    i = 2;
                } else if (p == 'x') {
                    base = 16;
                    i = 2;
                } else {
                    base = 8;
                    i = 1;
                }
            }
        } else if (base < 2 || base > 36) {
            return new IntResult(0, new NumError(fn, s0, NumError.Kind.BASE, base));
        }
        if (bitSize == 0) {
            bitSize = INT_SIZE;
        } else if (bitSize < 0 || bitSize > 64) {
            return new IntResult(0, new NumError(fn, s0, NumError.Kind.BIT_SIZE, bitSize));
        }
        long cutoff = Long.divideUnsigned(-1L, base) + 1;
        long maxVal = bitSize == 64 ? -1L : (1L << bitSize) - 1;
        boolean underscores = false;
        long acc = 0;
        for (; i < n; i++) {
            int c = s0[i] & 0xFF;
            int d;
            if (c == '_' && base0) {
                underscores = true;
                continue;
            } else if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (lower(c) >= 'a' && lower(c) <= 'z') {
                d = lower(c) - 'a' + 10;
            } else {
                return new IntResult(0, NumError.syntax(fn, s0));
            }
            if (d >= base) {
                return new IntResult(0, NumError.syntax(fn, s0));
            }
            if (Long.compareUnsigned(acc, cutoff) >= 0) {
                return new IntResult(maxVal, NumError.range(fn, s0));
            }
            acc *= base;
            long next = acc + d;
            if (Long.compareUnsigned(next, acc) < 0 || Long.compareUnsigned(next, maxVal) > 0) {
                return new IntResult(maxVal, NumError.range(fn, s0));
            }
            acc = next;
        }
        if (underscores && !underscoreOK(s0, s0.length)) {
            return new IntResult(0, NumError.syntax(fn, s0));
        }
        return new IntResult(acc, null);
    }

    /** ASCII lower-casing by setting bit 0x20, as Go's strconv does (only meaningful for letters). */
    static int lower(int c) {
        return (c & 0xFF) | 0x20;
    }

    /**
     * Whether underscores in s[0:len] are placed as Go number literals allow: only between
     * digits, or between a base prefix and a digit.
     */
    static boolean underscoreOK(byte[] s, int len) {
        char saw = '^'; // '^' start, '0' digit or prefix, '_' underscore, '!' other
        int i = 0;
        if (len >= 1 && (s[0] == '-' || s[0] == '+')) {
            i = 1;
        }
        boolean hex = false;
        if (len - i >= 2 && s[i] == '0') {
            int p = lower(s[i + 1]);
            if (p == 'b' || p == 'o' || p == 'x') {
                i += 2;
                saw = '0';
                hex = p == 'x';
            }
        }
        for (; i < len; i++) {
            int c = s[i] & 0xFF;
            if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }
}
