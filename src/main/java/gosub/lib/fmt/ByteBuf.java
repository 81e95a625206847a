package gosub.lib.fmt;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** fmt's output buffer: a growable array of bytes (Go strings are bytes, not chars). */
final class ByteBuf {
    private byte[] data = new byte[64];
    private int len;

    int length() {
        return len;
    }

    private void ensure(int extra) {
        if (len + extra > data.length) data = Arrays.copyOf(data, Math.max(data.length * 2, len + extra));
    }

    void writeByte(int b) {
        ensure(1);
        data[len++] = (byte) b;
    }

    void write(byte[] b) {
        write(b, 0, b.length);
    }

    void write(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, data, len, n);
        len += n;
    }

    /** Writes s as UTF-8. */
    void writeString(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
        if (!ascii) {
            write(s.getBytes(StandardCharsets.UTF_8));
            return;
        }
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) data[len++] = (byte) s.charAt(i);
    }

    /** Appends the UTF-8 encoding of r; invalid runes become U+FFFD, like utf8.EncodeRune. */
    void writeRune(int r) {
        if (r >= 0 && r < 0x80) {
            writeByte(r);
            return;
        }
        ensure(4);
        len += encodeRune(data, len, r);
    }

    /** utf8.EncodeRune into b at off; returns the number of bytes written. */
    static int encodeRune(byte[] b, int off, int r) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
        if (r < 0x80) {
            b[off] = (byte) r;
            return 1;
        }
        if (r < 0x800) {
            b[off] = (byte) (0xC0 | (r >> 6));
            b[off + 1] = (byte) (0x80 | (r & 0x3F));
            return 2;
        }
        if (r < 0x10000) {
            b[off] = (byte) (0xE0 | (r >> 12));
            b[off + 1] = (byte) (0x80 | ((r >> 6) & 0x3F));
            b[off + 2] = (byte) (0x80 | (r & 0x3F));
            return 3;
        }
        b[off] = (byte) (0xF0 | (r >> 18));
        b[off + 1] = (byte) (0x80 | ((r >> 12) & 0x3F));
        b[off + 2] = (byte) (0x80 | ((r >> 6) & 0x3F));
        b[off + 3] = (byte) (0x80 | (r & 0x3F));
        return 4;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(data, len);
    }
}
