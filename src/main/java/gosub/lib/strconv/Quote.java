package gosub.lib.strconv;

/**
 * Go's strconv quoting: Quote, QuoteToASCII, QuoteToGraphic, QuoteRune, QuoteRuneToASCII,
 * QuoteRuneToGraphic, CanBackquote, IsPrint and IsGraphic. Unquoting lives in {@link Unquote}.
 *
 * <p>Go strings are passed as {@code byte[]} (arbitrary bytes, UTF-8 by convention); a byte
 * that does not start a valid UTF-8 sequence is written as a {@code \xNN} escape. The quoted
 * result is always valid UTF-8 and is returned as a Java String.
 *
 * <p>Which runes are printable is decided by {@link #isPrint}, derived from Java's Unicode
 * tables (see there for how that can differ from Go's tables).
 */
public final class Quote {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Quote() {}

    /** strconv.Quote: a double-quoted Go string literal for s. */
    public static String quote(byte[] s) {
        return quoteWith(s, '"', false, false);
    }

    /** strconv.Quote for a Java string, taken as its UTF-8 bytes. */
    public static String quote(String s) {
        return quote(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** strconv.QuoteToASCII: like quote, but every non-ASCII rune is escaped. */
    public static String quoteToASCII(byte[] s) {
        return quoteWith(s, '"', true, false);
    }

    /** strconv.QuoteToGraphic: like quote, but Unicode graphic runes (e.g. U+00A0) are kept. */
    public static String quoteToGraphic(byte[] s) {
        return quoteWith(s, '"', false, true);
    }

    /** strconv.QuoteRune: a single-quoted Go rune literal; invalid runes become U+FFFD. */
    public static String quoteRune(int r) {
        return quoteRuneWith(r, false, false);
    }

    /** strconv.QuoteRuneToASCII. */
    public static String quoteRuneToASCII(int r) {
        return quoteRuneWith(r, true, false);
    }

    /** strconv.QuoteRuneToGraphic. */
    public static String quoteRuneToGraphic(int r) {
        return quoteRuneWith(r, false, true);
    }

    /**
     * strconv.CanBackquote: whether s can be written as a single-line raw string literal
     * (no control characters other than tab, no backquote, no DEL, no invalid UTF-8, no BOM).
     */
    public static boolean canBackquote(byte[] s) {
        int i = 0;
        while (i < s.length) {
            long d = Utf8.decode(s, i);
            int r = Utf8.rune(d);
            int w = Utf8.width(d);
            i += w;
            if (w > 1) {
                if (r == 0xFEFF) {
                    return false;
                }
                continue;
            }
            if (r == Utf8.RUNE_ERROR) {
                return false;
            }
            if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * Go's unicode.IsPrint (= strconv.IsPrint): letters, marks, numbers, punctuation,
     * symbols (categories L, M, N, P, S) and the ASCII space U+0020.
     *
     * <p>Known difference: the categories come from the JDK's Unicode tables (Unicode 16 in
     * JDK 25), while Go 1.19 uses Unicode 13 and Go 1.21+ Unicode 15. Code points assigned in
     * the newer versions are printable here but escaped by Go builds with older tables.
     */
    public static boolean isPrint(int r) {
        if (r <= 0xFF) {
            if (r >= 0x20 && r <= 0x7E) {
                return true;
            }
            if (r >= 0xA1 && r <= 0xFF) {
                return r != 0xAD; // soft hyphen is a format character (Cf)
            }
            return false;
        }
        if (r > Utf8.MAX_RUNE) {
            return false;
        }
        return switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                 Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                 Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                 Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** Go's unicode.IsGraphic (= strconv.IsGraphic): IsPrint plus the space separators (Zs). */
    public static boolean isGraphic(int r) {
        return isPrint(r) || isSpaceSeparator(r);
    }

    private static boolean isSpaceSeparator(int r) {
        return r >= 0 && r <= Utf8.MAX_RUNE && Character.getType(r) == Character.SPACE_SEPARATOR;
    }

    private static String quoteWith(byte[] s, char quote, boolean asciiOnly, boolean graphicOnly) {
        StringBuilder sb = new StringBuilder(s.length + 2);
        sb.append(quote);
        int i = 0;
        while (i < s.length) {
            int b = s[i] & 0xFF;
            if (b < Utf8.RUNE_SELF) {
                appendEscapedRune(sb, b, quote, asciiOnly, graphicOnly);
                i++;
                continue;
            }
            long d = Utf8.decode(s, i);
            int r = Utf8.rune(d);
            int w = Utf8.width(d);
            if (w == 1 && r == Utf8.RUNE_ERROR) {
                sb.append("\\x").append(HEX[b >> 4]).append(HEX[b & 0xF]);
                i++;
                continue;
            }
            appendEscapedRune(sb, r, quote, asciiOnly, graphicOnly);
            i += w;
        }
        sb.append(quote);
        return sb.toString();
    }

    private static String quoteRuneWith(int r, boolean asciiOnly, boolean graphicOnly) {
        if (!Utf8.validRune(r)) {
            r = Utf8.RUNE_ERROR;
        }
        StringBuilder sb = new StringBuilder(8);
        sb.append('\'');
        appendEscapedRune(sb, r, '\'', asciiOnly, graphicOnly);
        sb.append('\'');
        return sb.toString();
    }

    private static void appendEscapedRune(StringBuilder sb, int r, char quote, boolean asciiOnly,
                                          boolean graphicOnly) {
        if (r == quote || r == '\\') {
            sb.append('\\').append((char) r);
            return;
        }
        if (asciiOnly) {
            if (r < Utf8.RUNE_SELF && isPrint(r)) {
                sb.append((char) r);
                return;
            }
        } else if (isPrint(r) || (graphicOnly && isSpaceSeparator(r))) {
            sb.appendCodePoint(r);
            return;
        }
        switch (r) {
            case 0x07 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 0x0B -> sb.append("\\v");
            default -> {
                if (r >= 0 && (r < ' ' || r == 0x7F)) {
                    sb.append("\\x").append(HEX[(r >> 4) & 0xF]).append(HEX[r & 0xF]);
                } else {
                    int v = Utf8.validRune(r) ? r : Utf8.RUNE_ERROR;
                    if (v < 0x10000) {
                        appendHex(sb, "\\u", v, 4);
                    } else {
                        appendHex(sb, "\\U", v, 8);
                    }
                }
            }
        }
    }

    private static void appendHex(StringBuilder sb, String prefix, int v, int digits) {
        sb.append(prefix);
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            sb.append(HEX[(v >> shift) & 0xF]);
        }
    }
}
