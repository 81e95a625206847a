package gosub.lib.time;

import java.nio.charset.StandardCharsets;

/**
 * Go's {@code time.Duration} text forms: {@code Duration.String} and {@code time.ParseDuration}.
 *
 * <p>A duration is a signed count of nanoseconds held in a {@code long}, exactly like Go's int64.
 */
public final class DurationText {
    private DurationText() {}

    /** 1<<63 seen as an unsigned 64-bit value. */
    private static final long TWO_63 = Long.MIN_VALUE;

    /** Outcome of {@link #parse}: {@code error} is null on success, else Go's error text. */
    public record ParseResult(long nanos, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Go's {@code Duration.String}, e.g. "1h2m3.5s", "1.5µs", "0s". */
    public static String format(long d) {
        if (d == 0) {
            return "0s";
        }
        boolean neg = d < 0;
        long u = neg ? -d : d; // for Long.MIN_VALUE this stays 1<<63, read as unsigned below
        StringBuilder sb = new StringBuilder(32);
        if (neg) {
            sb.append('-');
        }
        if (u > 0 && u < 1_000_000_000L) {
            if (u < 1_000L) {
                sb.append(u).append("ns");
            } else if (u < 1_000_000L) {
                sb.append(u / 1_000L);
                appendFraction(sb, u % 1_000L, 3);
                sb.append("µs");
            } else {
                sb.append(u / 1_000_000L);
                appendFraction(sb, u % 1_000_000L, 6);
                sb.append("ms");
            }
            return sb.toString();
        }
        long frac = Long.remainderUnsigned(u, 1_000_000_000L);
        long secs = Long.divideUnsigned(u, 1_000_000_000L); // at most ~9.2e9, fits signed
        if (secs >= 3600) {
            sb.append(secs / 3600).append('h');
        }
        if (secs >= 60) {
            sb.append(secs / 60 % 60).append('m');
        }
        sb.append(secs % 60);
        appendFraction(sb, frac, 9);
        sb.append('s');
        return sb.toString();
    }

    /** Appends "." and the prec-digit fraction v with trailing zeros removed; nothing when v is 0. */
    private static void appendFraction(StringBuilder sb, long v, int prec) {
        if (v == 0) {
            return;
        }
        char[] digits = new char[prec];
        for (int i = prec - 1; i >= 0; i--) {
            digits[i] = (char) ('0' + v % 10);
            v /= 10;
        }
        int n = prec;
        while (digits[n - 1] == '0') {
            n--;
        }
        sb.append('.').append(digits, 0, n);
    }

    /** Go's {@code time.ParseDuration}. */
    public static ParseResult parse(String orig) {
        String s = orig;
        int p = 0;
        int n = s.length();
        boolean neg = false;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            p = 1;
        }
        if (n - p == 1 && s.charAt(p) == '0') {
            return new ParseResult(0, null);
        }
        if (p == n) {
            return invalid(orig);
        }
        long d = 0; // unsigned accumulator
        while (p < n) {
            char c = s.charAt(p);
            if (!(c == '.' || isDigit(c))) {
                return invalid(orig);
            }
            // leading integer, with Go's overflow rule
            int start = p;
            long v = 0;
            while (p < n && isDigit(s.charAt(p))) {
                if (Long.compareUnsigned(v, Long.divideUnsigned(TWO_63, 10)) > 0) {
                    return invalid(orig);
                }
                v = v * 10 + (s.charAt(p) - '0');
                if (Long.compareUnsigned(v, TWO_63) > 0) {
                    return invalid(orig);
                }
                p++;
            }
            boolean pre = p != start;
            long f = 0;
            double scale = 1;
            boolean post = false;
            if (p < n && s.charAt(p) == '.') {
                p++;
                int fracStart = p;
                boolean overflow = false;
                while (p < n && isDigit(s.charAt(p))) {
                    int digit = s.charAt(p) - '0';
                    p++;
                    if (overflow) {
                        continue;
                    }
                    if (Long.compareUnsigned(f, Long.MAX_VALUE / 10) > 0) {
                        overflow = true;
                        continue;
                    }
                    long y = f * 10 + digit;
                    if (Long.compareUnsigned(y, TWO_63) > 0) {
                        overflow = true;
                        continue;
                    }
                    f = y;
                    scale *= 10;
                }
                post = p != fracStart;
            }
            if (!pre && !post) {
                return invalid(orig);
            }
            int unitStart = p;
            while (p < n && !(s.charAt(p) == '.' || isDigit(s.charAt(p)))) {
                p++;
            }
            if (p == unitStart) {
                return new ParseResult(0, "time: missing unit in duration " + quote(orig));
            }
            String u = s.substring(unitStart, p);
            long unit = unitNanos(u);
            if (unit == 0) {
                return new ParseResult(0,
                        "time: unknown unit " + quote(u) + " in duration " + quote(orig));
            }
            if (Long.compareUnsigned(v, Long.divideUnsigned(TWO_63, unit)) > 0) {
                return invalid(orig);
            }
            v *= unit;
            if (f != 0) {
                v += (long) (unsignedToDouble(f) * ((double) unit / scale));
                if (Long.compareUnsigned(v, TWO_63) > 0) {
                    return invalid(orig);
                }
            }
            d += v;
            if (Long.compareUnsigned(d, TWO_63) > 0) {
                return invalid(orig);
            }
        }
        if (neg) {
            return new ParseResult(-d, null);
        }
        if (d < 0) { // unsigned value above 1<<63 - 1
            return invalid(orig);
        }
        return new ParseResult(d, null);
    }

    private static ParseResult invalid(String orig) {
        return new ParseResult(0, "time: invalid duration " + quote(orig));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static long unitNanos(String u) {
        return switch (u) {
            case "ns" -> 1L;
            case "us", "\u00b5s", "\u03bcs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> 0L;
        };
    }

    private static double unsignedToDouble(long x) {
        if (x >= 0) {
            return (double) x;
        }
        // halve (keeping the low bit for correct rounding), convert, double
        return ((double) ((x >>> 1) | (x & 1))) * 2.0;
    }

    /** The quoting of Go's package time (not strconv): non-ASCII and control bytes become \xNN. */
    static String quote(String s) {
        return quoteBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #quote} over raw bytes (a Go string's bytes). */
    static String quoteBytes(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length + 2);
        sb.append('"');
        for (byte x : b) {
            int c = x & 0xff;
            if (c >= 0x80 || c < ' ') {
                sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            } else {
                if (c == '"' || c == '\\') {
                    sb.append('\\');
                }
                sb.append((char) c);
            }
        }
        return sb.append('"').toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
}
