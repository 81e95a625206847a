package gosub.lib.strconv;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Go's strconv.Unquote, QuotedPrefix and UnquoteChar over Go strings given as {@code byte[]}.
 *
 * <p>The only error Go reports here is strconv.ErrSyntax ("invalid syntax"); these methods
 * signal it by returning {@code null}.
 */
public final class Unquote {
    /** Text of Go's strconv.ErrSyntax. */
    public static final String ERR_SYNTAX = "invalid syntax";

    /**
     * Result of {@link #unquoteChar}: the decoded value, whether it must be written as a
     * UTF-8 encoded rune (true) or as a single byte (false), and the index after the escape.
     */
    public record Char(int value, boolean multibyte, int next) {}

    private record Prefix(byte[] out, int rest) {}

    private Unquote() {}

    /**
     * strconv.Unquote: interprets s as a single-quoted, double-quoted or back-quoted Go
     * literal and returns the bytes it denotes, or null on a syntax error.
     */
    public static byte[] unquote(byte[] s) {
        Prefix p = unquote(s, true);
        if (p == null || p.rest != s.length) {
            return null;
        }
        return p.out;
    }

    /** strconv.Unquote for a Java string (taken as its UTF-8 bytes). */
    public static byte[] unquote(String s) {
        return unquote(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * strconv.QuotedPrefix: the quoted literal (quotes included) at the start of s, or null if
     * s does not start with a valid quoted string.
     */
    public static byte[] quotedPrefix(byte[] s) {
        Prefix p = unquote(s, false);
        return p == null ? null : p.out;
    }

    /**
     * strconv.UnquoteChar over s[pos:end]: decodes the first character or escape sequence of
     * the string or rune literal body, where quote is the enclosing quote byte ('\'', '"' or
     * another byte for none). Returns null on a syntax error.
     */
    public static Char unquoteChar(byte[] s, int pos, int end, byte quote) {
        if (pos >= end) {
            return null;
        }
        int c = s[pos] & 0xFF;
        if (c == (quote & 0xFF) && (quote == '\'' || quote == '"')) {
            return null;
        }
        if (c >= Utf8.RUNE_SELF) {
            long d = Utf8.decode(s, pos, end);
            return new Char(Utf8.rune(d), true, pos + Utf8.width(d));
        }
        if (c != '\\') {
            return new Char(c, false, pos + 1);
        }
        if (end - pos <= 1) {
            return null;
        }
        int e = s[pos + 1] & 0xFF;
        int i = pos + 2;
        switch (e) {
            case 'a': return new Char(0x07, false, i);
            case 'b': return new Char('\b', false, i);
            case 'f': return new Char('\f', false, i);
            case 'n': return new Char('\n', false, i);
            case 'r': return new Char('\r', false, i);
            case 't': return new Char('\t', false, i);
            case 'v': return new Char(0x0B, false, i);
            case '\\': return new Char('\\', false, i);
            case '\'':
            case '"':
                return e == (quote & 0xFF) ? new Char(e, false, i) : null;
            case 'x':
            case 'u':
            case 'U': {
                int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                if (end - i < n) {
                    return null;
                }
                int v = 0;
                for (int j = 0; j < n; j++) {
                    int h = Character.digit(s[i + j] & 0xFF, 16);
                    if (h < 0 || (s[i + j] & 0xFF) >= 0x80) {
                        return null;
                    }
                    v = (v << 4) | h;
                }
                if (e == 'x') {
                    return new Char(v, false, i + n);
                }
                if (!Utf8.validRune(v)) {
                    return null;
                }
                return new Char(v, true, i + n);
            }
            case '0': case '1': case '2': case '3':
            case '4': case '5': case '6': case '7': {
                if (end - i < 2) {
                    return null;
                }
                int v = e - '0';
                for (int j = 0; j < 2; j++) {
                    int x = (s[i + j] & 0xFF) - '0';
                    if (x < 0 || x > 7) {
                        return null;
                    }
                    v = (v << 3) | x;
                }
                if (v > 255) {
                    return null;
                }
                return new Char(v, false, i + 2);
            }
            default:
                return null;
        }
    }

    private static int indexOf(byte[] s, int from, int to, int b) {
        for (int i = from; i < to; i++) {
            if (s[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static Prefix unquote(byte[] in, boolean unescape) {
        if (in.length < 2) {
            return null;
        }
        byte quote = in[0];
        int close = indexOf(in, 1, in.length, quote);
        if (close < 0) {
            return null;
        }
        int end = close + 1; // just past the first repeat of the quote byte
        if (quote == '`') {
            if (!unescape) {
                return new Prefix(Arrays.copyOfRange(in, 0, end), end);
            }
            ByteArrayOutputStream buf = new ByteArrayOutputStream(end);
            for (int i = 1; i < end - 1; i++) {
                if (in[i] != '\r') {
                    buf.write(in[i]);
                }
            }
            return new Prefix(buf.toByteArray(), end);
        }
        if (quote != '"' && quote != '\'') {
            return null;
        }
        // Fast path: no escapes and no newlines up to the first closing quote.
        if (indexOf(in, 0, end, '\\') < 0 && indexOf(in, 0, end, '\n') < 0) {
            boolean valid;
            if (quote == '"') {
                valid = Utf8.valid(in, 1, end - 1);
            } else {
                long d = Utf8.decode(in, 1, end - 1);
                int n = Utf8.width(d);
                valid = 1 + n + 1 == end && (Utf8.rune(d) != Utf8.RUNE_ERROR || n != 1);
            }
            if (valid) {
                int from = unescape ? 1 : 0;
                int to = unescape ? end - 1 : end;
                return new Prefix(Arrays.copyOfRange(in, from, to), end);
            }
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream(end);
        int i = 1;
        while (i < in.length && in[i] != quote) {
            if (in[i] == '\n') {
                return null;
            }
            Char c = unquoteChar(in, i, in.length, quote);
            if (c == null) {
                return null;
            }
            i = c.next();
            if (c.value() < Utf8.RUNE_SELF || !c.multibyte()) {
                buf.write(c.value());
            } else {
                Utf8.encode(buf, c.value());
            }
            if (quote == '\'') {
                break;
            }
        }
        if (!(i < in.length && in[i] == quote)) {
            return null;
        }
        i++;
        if (unescape) {
            return new Prefix(buf.toByteArray(), i);
        }
        return new Prefix(Arrays.copyOfRange(in, 0, i), i);
    }
}
