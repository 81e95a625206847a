package gosub.syntax;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** Decodes Go literal texts: strings to bytes, runes to code points, integers to BigInteger. */
public final class Literals {
    private Literals() {}

    public static String unquoteString(String text) {
        return new String(stringBytes(text), StandardCharsets.UTF_8);
    }

    /** The bytes of an interpreted ("...") or raw (`...`) string literal. */
    public static byte[] stringBytes(String text) {
        if (text.startsWith("`")) {
            return text.substring(1, text.length() - 1).replace("\r", "").getBytes(StandardCharsets.UTF_8);
        }
        String s = text.substring(1, text.length() - 1);
        if (s.indexOf('\\') < 0) return s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            int slash = s.indexOf('\\', i);
            if (slash != i) {
                // the text up to the next escape, encoded at once
                int end = slash < 0 ? s.length() : slash;
                out.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
                continue;
            }
            int[] r = escape(s, i);
            i = r[1];
            if (r[2] == 1) out.write(r[0]);
            else out.writeBytes(new String(Character.toChars(r[0])).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** The code point of a rune literal such as 'a', '\n' or '\u00e9'. */
    public static int runeValue(String text) {
        String s = text.substring(1, text.length() - 1);
        if (s.charAt(0) != '\\') return s.codePointAt(0);
        return escape(s, 0)[0];
    }

    /** Decodes the escape at s[i] (a backslash): {value, next index, 1 if a raw byte}. */
    private static int[] escape(String s, int i) {
        char e = s.charAt(i + 1);
        return switch (e) {
            case 'a' -> new int[] {7, i + 2, 0};
            case 'b' -> new int[] {8, i + 2, 0};
            case 'f' -> new int[] {12, i + 2, 0};
            case 'n' -> new int[] {10, i + 2, 0};
            case 'r' -> new int[] {13, i + 2, 0};
            case 't' -> new int[] {9, i + 2, 0};
            case 'v' -> new int[] {11, i + 2, 0};
            case '\\' -> new int[] {'\\', i + 2, 0};
            case '\'' -> new int[] {'\'', i + 2, 0};
            case '"' -> new int[] {'"', i + 2, 0};
            case 'x' -> new int[] {Integer.parseInt(s.substring(i + 2, i + 4), 16), i + 4, 1};
            case 'u' -> new int[] {Integer.parseInt(s.substring(i + 2, i + 6), 16), i + 6, 0};
            case 'U' -> new int[] {Integer.parseInt(s.substring(i + 2, i + 10), 16), i + 10, 0};
            default -> new int[] {Integer.parseInt(s.substring(i + 1, i + 4), 8), i + 4, 1};
        };
    }

    /** The value of an integer literal (decimal, 0x, 0o, 0b, legacy octal, underscores). */
    public static BigInteger intValue(String text) {
        if (plainDecimal(text)) return BigInteger.valueOf(Long.parseLong(text));
        String t = text.replace("_", "").toLowerCase();
        if (t.startsWith("0x")) return new BigInteger(t.substring(2), 16);
        if (t.startsWith("0o")) return new BigInteger(t.substring(2), 8);
        if (t.startsWith("0b")) return new BigInteger(t.substring(2), 2);
        if (t.length() > 1 && t.startsWith("0")) return new BigInteger(t.substring(1), 8);
        return new BigInteger(t);
    }

    /** A decimal literal without underscores or a leading zero that fits a long. */
    private static boolean plainDecimal(String text) {
        if (text.isEmpty() || text.length() > 18 || (text.charAt(0) == '0' && text.length() > 1)) return false;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) < '0' || text.charAt(i) > '9') return false;
        return true;
    }
}
