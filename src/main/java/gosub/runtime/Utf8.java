package gosub.runtime;

/** UTF-8 decoding as Go does it: invalid bytes decode as U+FFFD of width 1. */
public final class Utf8 {
    private Utf8() {}

    public static final int RUNE_ERROR = 0xFFFD;

    /** Decodes the rune at b[i]: (codePoint << 32) | size. */
    public static long decode(byte[] b, int i) {
        int n = b.length - i;
        int b0 = b[i] & 0xFF;
        if (b0 < 0x80) return ((long) b0 << 32) | 1;
        int need, min, cp;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            cp = b0 & 0x1F;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            cp = b0 & 0x0F;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            cp = b0 & 0x07;
            min = 0x10000;
        } else {
            return ((long) RUNE_ERROR << 32) | 1;
        }
        if (n <= need) {
            for (int k = 1; k < n; k++) if ((b[i + k] & 0xC0) != 0x80) return ((long) RUNE_ERROR << 32) | 1;
            return ((long) RUNE_ERROR << 32) | 1;
        }
        for (int k = 1; k <= need; k++) {
            int c = b[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) return ((long) RUNE_ERROR << 32) | 1;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return ((long) RUNE_ERROR << 32) | 1;
        return ((long) cp << 32) | (need + 1);
    }

    /** Encodes a rune as UTF-8 (invalid runes become U+FFFD). */
    public static byte[] encode(long r) {
        int cp = (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) ? RUNE_ERROR : (int) r;
        return new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
