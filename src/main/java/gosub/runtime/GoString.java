package gosub.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A Go string: an immutable sequence of bytes (UTF-8 by convention, any bytes allowed). */
public final class GoString implements Comparable<GoString> {
    public static final GoString EMPTY = new GoString(new byte[0]);

    public final byte[] bytes;
    private int hash;

    public GoString(byte[] bytes) {
        this.bytes = bytes;
    }

    public static GoString of(String s) {
        return new GoString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** From a constant whose chars are bytes (see types.Constant). */
    public static GoString ofLatin1(String s) {
        return new GoString(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    public int length() {
        return bytes.length;
    }

    public GoString concat(GoString o) {
        if (o.bytes.length == 0) return this;
        if (bytes.length == 0) return o;
        byte[] b = Arrays.copyOf(bytes, bytes.length + o.bytes.length);
        System.arraycopy(o.bytes, 0, b, bytes.length, o.bytes.length);
        return new GoString(b);
    }

    public GoString substring(int lo, int hi) {
        if (lo == 0 && hi == bytes.length) return this;
        return new GoString(Arrays.copyOfRange(bytes, lo, hi));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GoString s && Arrays.equals(bytes, s.bytes);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) hash = h = Arrays.hashCode(bytes);
        return h;
    }

    @Override
    public int compareTo(GoString o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    /** Decodes as UTF-8, invalid bytes becoming U+FFFD (for Java-side use only). */
    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
