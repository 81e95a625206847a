package gosub.lib.strconv;

import java.io.ByteArrayOutputStream;

/**
 * Go's unicode/utf8 decoding and encoding rules over byte arrays (Go strings).
 *
 * <p>Decoding follows utf8.DecodeRune: an invalid or truncated sequence, an overlong
 * encoding or an encoded surrogate yields {@link #RUNE_ERROR} with width 1.
 */
public final class Utf8 {
    /** U+FFFD, Go's utf8.RuneError. */
    public static final int RUNE_ERROR = 0xFFFD;
    /** Go's utf8.RuneSelf: runes below it are single bytes. */
    public static final int RUNE_SELF = 0x80;
    /** Go's unicode.MaxRune. */
    public static final int MAX_RUNE = 0x10FFFF;

    private Utf8() {}

    /**
     * Decodes the rune at {@code s[i]}, looking no further than {@code end} (exclusive).
     * Returns {@code rune | (width << 32)}; use {@link #rune} and {@link #width} to unpack.
     * At or past the end it returns RuneError with width 0, like Go.
     */
    public static long decode(byte[] s, int i, int end) {
        if (i >= end) {
            return pack(RUNE_ERROR, 0);
        }
        int b0 = s[i] & 0xFF;
        if (b0 < 0x80) {
            return pack(b0, 1);
        }
        int need;
        int min;
        int r;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            min = 0x80;
            r = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            min = 0x800;
            r = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            min = 0x10000;
            r = b0 & 0x07;
        } else {
            return pack(RUNE_ERROR, 1);
        }
        if (i + need >= end) {
            // not enough bytes for the full sequence
            return pack(RUNE_ERROR, 1);
        }
        for (int k = 1; k <= need; k++) {
            int b = s[i + k] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                return pack(RUNE_ERROR, 1);
            }
            r = (r << 6) | (b & 0x3F);
        }
        if (r < min || r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF)) {
            return pack(RUNE_ERROR, 1);
        }
        return pack(r, need + 1);
    }

    /** Decodes the rune at {@code s[i]} up to the end of the array. */
    public static long decode(byte[] s, int i) {
        return decode(s, i, s.length);
    }

    public static int rune(long packed) {
        return (int) packed;
    }

    public static int width(long packed) {
        return (int) (packed >>> 32);
    }

    private static long pack(int rune, int width) {
        return (rune & 0xFFFFFFFFL) | ((long) width << 32);
    }

    /** Go's utf8.ValidRune. */
    public static boolean validRune(int r) {
        return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= MAX_RUNE);
    }

    /** Go's utf8.Valid over s[from:to]. */
    public static boolean valid(byte[] s, int from, int to) {
        int i = from;
        while (i < to) {
            if ((s[i] & 0xFF) < 0x80) {
                i++;
                continue;
            }
            long d = decode(s, i, to);
            if (rune(d) == RUNE_ERROR && width(d) == 1) {
                return false;
            }
            i += width(d);
        }
        return true;
    }

    /** Appends the UTF-8 encoding of r (RuneError if r is not a valid rune), like utf8.EncodeRune. */
    public static void encode(ByteArrayOutputStream out, int r) {
        if (!validRune(r)) {
            r = RUNE_ERROR;
        }
        if (r < 0x80) {
            out.write(r);
        } else if (r < 0x800) {
            out.write(0xC0 | (r >> 6));
            out.write(0x80 | (r & 0x3F));
        } else if (r < 0x10000) {
            out.write(0xE0 | (r >> 12));
            out.write(0x80 | ((r >> 6) & 0x3F));
            out.write(0x80 | (r & 0x3F));
        } else {
            out.write(0xF0 | (r >> 18));
            out.write(0x80 | ((r >> 12) & 0x3F));
            out.write(0x80 | ((r >> 6) & 0x3F));
            out.write(0x80 | (r & 0x3F));
        }
    }
}
