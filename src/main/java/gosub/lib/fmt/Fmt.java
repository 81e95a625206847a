package gosub.lib.fmt;

import gosub.lib.strconv.FormatFloat;
import gosub.lib.strconv.Quote;
import gosub.lib.strconv.Utf8;
import java.nio.charset.StandardCharsets;

/**
 * The raw formatter of Go's fmt (format.go): flags, width and precision, and the formatting
 * of integers, floats, strings, bytes and runes into a {@link ByteBuf} with padding.
 */
final class Fmt {
    static final byte[] LDIGITS = "0123456789abcdefx".getBytes(StandardCharsets.US_ASCII);
    static final byte[] UDIGITS = "0123456789ABCDEFX".getBytes(StandardCharsets.US_ASCII);

    final ByteBuf buf;

    boolean widPresent;
    boolean precPresent;
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean space;
    boolean zero;
    /** %+v and %#v: set instead of plus / sharp for the v verb. */
    boolean plusV;
    boolean sharpV;

    int wid;
    int prec;

    /** Scratch space for integers (big enough for %b of an int64 with sign and prefix). */
    private final byte[] intbuf = new byte[68];

    Fmt(ByteBuf buf) {
        this.buf = buf;
    }

    void clearFlags() {
        widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
    }

    /** The boolean flags packed into an int (Go's fmtFlags struct, without wid and prec). */
    int saveFlags() {
        return (widPresent ? 1 : 0) | (precPresent ? 2 : 0) | (minus ? 4 : 0) | (plus ? 8 : 0) | (sharp ? 16 : 0)
                | (space ? 32 : 0) | (zero ? 64 : 0) | (plusV ? 128 : 0) | (sharpV ? 256 : 0);
    }

    void restoreFlags(int f) {
        widPresent = (f & 1) != 0;
        precPresent = (f & 2) != 0;
        minus = (f & 4) != 0;
        plus = (f & 8) != 0;
        sharp = (f & 16) != 0;
        space = (f & 32) != 0;
        zero = (f & 64) != 0;
        plusV = (f & 128) != 0;
        sharpV = (f & 256) != 0;
    }

    /** n bytes of padding: zeros with the 0 flag (only ever on the left), else spaces. */
    void writePadding(int n) {
        if (n <= 0) return;
        byte pad = (byte) (zero && !minus ? '0' : ' ');
        for (int i = 0; i < n; i++) buf.writeByte(pad);
    }

    static int runeCount(byte[] b, int off, int end) {
        int n = 0;
        for (int i = off; i < end; n++) {
            if ((b[i] & 0xFF) < 0x80) {
                i++;
            } else {
                i += Math.max(1, Utf8.width(Utf8.decode(b, i, end)));
            }
        }
        return n;
    }

    /** Appends b[off:end], padded on the left (or on the right with the - flag). */
    void pad(byte[] b, int off, int end) {
        if (!widPresent || wid == 0) {
            buf.write(b, off, end - off);
            return;
        }
        int width = wid - runeCount(b, off, end);
        if (!minus) {
            writePadding(width);
            buf.write(b, off, end - off);
        } else {
            buf.write(b, off, end - off);
            writePadding(width);
        }
    }

    void pad(byte[] b) {
        pad(b, 0, b.length);
    }

    void padString(String s) {
        pad(s.getBytes(StandardCharsets.UTF_8));
    }

    void fmtBoolean(boolean v) {
        padString(v ? "true" : "false");
    }

    /** U+0078, or with the # flag U+0078 'x'. */
    void fmtUnicode(long u) {
        int p = 4;
        if (precPresent && prec > 4) p = prec;
        StringBuilder digits = new StringBuilder();
        long v = u;
        do {
            digits.append((char) UDIGITS[(int) (v & 0xF)]);
            v >>>= 4;
            p--;
        } while (v != 0);
        for (; p > 0; p--) digits.append('0');
        digits.append("+U").reverse();
        byte[] head = digits.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] out = head;
        if (sharp && Long.compareUnsigned(u, Utf8.MAX_RUNE) <= 0 && Quote.isPrint((int) u)) {
            out = new byte[head.length + 7];
            System.arraycopy(head, 0, out, 0, head.length);
            int i = head.length;
            out[i++] = ' ';
            out[i++] = '\'';
            i += ByteBuf.encodeRune(out, i, (int) u);
            out[i++] = '\'';
            out = java.util.Arrays.copyOf(out, i);
        }
        boolean oldZero = zero;
        zero = false;
        pad(out);
        zero = oldZero;
    }

    /** Formats a signed or unsigned integer u (the raw 64 bits) in base 2, 8, 10 or 16. */
    void fmtInteger(long u, int base, boolean signed, int verb, byte[] digits) {
        boolean negative = signed && u < 0;
        if (negative) u = -u;
        byte[] b = intbuf;
        if ((widPresent || precPresent) && 3 + wid + prec > b.length) b = new byte[3 + wid + prec];

        int p = 0;
        if (precPresent) {
            p = prec;
            if (p == 0 && u == 0) {
                boolean oldZero = zero;
                zero = false;
                writePadding(wid);
                zero = oldZero;
                return;
            }
        } else if (zero && !minus && widPresent) {
            p = wid;
            if (negative || plus || space) p--;
        }

        int i = b.length;
        switch (base) {
            case 10 -> {
                while (Long.compareUnsigned(u, 10) >= 0) {
                    long next = Long.divideUnsigned(u, 10);
                    b[--i] = (byte) ('0' + (u - next * 10));
                    u = next;
                }
            }
            case 16 -> {
                while (Long.compareUnsigned(u, 16) >= 0) {
                    b[--i] = digits[(int) (u & 0xF)];
                    u >>>= 4;
                }
            }
            case 8 -> {
                while (Long.compareUnsigned(u, 8) >= 0) {
                    b[--i] = (byte) ('0' + (u & 7));
                    u >>>= 3;
                }
            }
            case 2 -> {
                while (Long.compareUnsigned(u, 2) >= 0) {
                    b[--i] = (byte) ('0' + (u & 1));
                    u >>>= 1;
                }
            }
            default -> throw new IllegalStateException("fmt: unknown base; can't happen");
        }
        b[--i] = digits[(int) u];
        while (i > 0 && p > b.length - i) b[--i] = '0';

        if (sharp) {
            switch (base) {
                case 2 -> {
                    b[--i] = 'b';
                    b[--i] = '0';
                }
                case 8 -> {
                    if (b[i] != '0') b[--i] = '0';
                }
                case 16 -> {
                    b[--i] = digits[16];
                    b[--i] = '0';
                }
                default -> { }
            }
        }
        if (verb == 'O') {
            b[--i] = 'o';
            b[--i] = '0';
        }
        if (negative) {
            b[--i] = '-';
        } else if (plus) {
            b[--i] = '+';
        } else if (space) {
            b[--i] = ' ';
        }
        boolean oldZero = zero;
        zero = false;
        pad(b, i, b.length);
        zero = oldZero;
    }

    /** The prefix of s holding at most prec runes, when a precision is present. */
    byte[] truncate(byte[] s) {
        if (precPresent) {
            int n = prec;
            for (int i = 0; i < s.length; ) {
                n--;
                if (n < 0) return java.util.Arrays.copyOf(s, i);
                int w = 1;
                if ((s[i] & 0xFF) >= 0x80) w = Math.max(1, Utf8.width(Utf8.decode(s, i)));
                i += w;
            }
        }
        return s;
    }

    /** %s of a string or byte slice. */
    void fmtS(byte[] s) {
        pad(truncate(s));
    }

    void fmtS(String s) {
        fmtS(s.getBytes(StandardCharsets.UTF_8));
    }

    /** %x / %X of a string or byte slice: two hex digits per byte. */
    void fmtSbx(byte[] s, byte[] digits) {
        int length = s.length;
        if (precPresent && prec < length) length = prec;
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) width *= 2;
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) writePadding(wid);
            return;
        }
        if (widPresent && wid > width && !minus) writePadding(wid - width);
        if (sharp) {
            buf.writeByte('0');
            buf.writeByte(digits[16]);
        }
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.writeByte(' ');
                if (sharp) {
                    buf.writeByte('0');
                    buf.writeByte(digits[16]);
                }
            }
            int c = s[i] & 0xFF;
            buf.writeByte(digits[c >> 4]);
            buf.writeByte(digits[c & 0xF]);
        }
        if (widPresent && wid > width && minus) writePadding(wid - width);
    }

    /** %q of a string: a double-quoted Go literal, or `raw` with the # flag when possible. */
    void fmtQ(byte[] s) {
        s = truncate(s);
        if (sharp && Quote.canBackquote(s)) {
            byte[] q = new byte[s.length + 2];
            q[0] = '`';
            System.arraycopy(s, 0, q, 1, s.length);
            q[q.length - 1] = '`';
            pad(q);
            return;
        }
        padString(plus ? Quote.quoteToASCII(s) : Quote.quote(s));
    }

    private static int runeOf(long c) {
        return Long.compareUnsigned(c, Utf8.MAX_RUNE) > 0 ? Utf8.RUNE_ERROR : (int) c;
    }

    /** %c: the character; invalid code points print as U+FFFD. */
    void fmtC(long c) {
        byte[] b = new byte[4];
        int w = ByteBuf.encodeRune(b, 0, runeOf(c));
        pad(b, 0, w);
    }

    /** %q of an integer: a single-quoted Go character literal. */
    void fmtQc(long c) {
        int r = runeOf(c);
        padString(plus ? Quote.quoteRuneToASCII(r) : Quote.quoteRune(r));
    }

    /**
     * Formats a float64 (or a float32 when size is 32) with strconv verb and default
     * precision prec, applying the + space # 0 flags as Go does.
     */
    void fmtFloat(double v, int size, int verb, int prec) {
        if (precPresent) prec = this.prec;
        String s = FormatFloat.format(v, (char) verb, prec, size);
        StringBuilder num = new StringBuilder(s.length() + 8);
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            num.append(s);
        } else {
            num.append('+').append(s);
        }
        if (space && num.charAt(0) == '+' && !plus) num.setCharAt(0, ' ');
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            boolean oldZero = zero;
            zero = false;
            if (num.charAt(1) == 'N' && !space && !plus) num.deleteCharAt(0);
            padString(num.toString());
            zero = oldZero;
            return;
        }
        if (sharp && verb != 'b') {
            int digits = 0;
            switch (verb) {
                case 'v', 'g', 'G', 'x' -> digits = prec == -1 ? 6 : prec;
                default -> { }
            }
            String tail = "";
            boolean hasDecimalPoint = false;
            boolean sawNonzeroDigit = false;
            scan:
            for (int i = 1; i < num.length(); i++) {
                char c = num.charAt(i);
                switch (c) {
                    case '.' -> hasDecimalPoint = true;
                    case 'p', 'P' -> {
                        tail = num.substring(i);
                        num.setLength(i);
                        break scan;
                    }
                    case 'e', 'E' -> {
                        if (verb != 'x' && verb != 'X') {
                            tail = num.substring(i);
                            num.setLength(i);
                            break scan;
                        }
                        if (c != '0') sawNonzeroDigit = true;
                        if (sawNonzeroDigit) digits--;
                    }
                    default -> {
                        if (c != '0') sawNonzeroDigit = true;
                        if (sawNonzeroDigit) digits--;
                    }
                }
            }
            if (!hasDecimalPoint) {
                if (num.length() == 2 && num.charAt(1) == '0') digits--;
                num.append('.');
            }
            for (; digits > 0; digits--) num.append('0');
            num.append(tail);
        }
        if (plus || num.charAt(0) != '+') {
            if (zero && !minus && widPresent && wid > num.length()) {
                buf.writeByte(num.charAt(0));
                writePadding(wid - num.length());
                buf.writeString(num.substring(1));
                return;
            }
            padString(num.toString());
            return;
        }
        padString(num.substring(1));
    }
}
