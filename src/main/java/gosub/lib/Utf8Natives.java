package gosub.lib;

import gosub.runtime.Elems;
import gosub.exec.NativeFn;
import gosub.runtime.GoString;
import gosub.runtime.Slice;
import java.util.Map;

/** unicode/utf8's decoding, counting and validation, over strings and byte slices in place. */
final class Utf8Natives {
    private Utf8Natives() {}

    /** The first up-to-n bytes of a []byte (without copying the whole slice). */
    static byte[] head(Slice s, int n) {
        int len = s == null ? 0 : Math.min(s.len, n);
        return len == 0 ? new byte[0] : Elems.bytes(s.array, s.off, len);
    }

    static byte[] tail(Slice s, int n) {
        int len = s == null ? 0 : Math.min(s.len, n);
        return len == 0 ? new byte[0] : Elems.bytes(s.array, s.off + s.len - len, len);
    }

    static Object[] decode(byte[] s) {
        if (s.length == 0) return new Object[] {(long) Uni.RUNE_ERROR, 0L};
        long r = gosub.runtime.Utf8.decode(s, 0);
        return new Object[] {(long) (int) (r >> 32), (long) (int) r};
    }

    static Object[] decodeLast(byte[] s) {
        long r = StringsNatives.decodeLast(s, s.length);
        if (s.length == 0) return new Object[] {(long) Uni.RUNE_ERROR, 0L};
        return new Object[] {(long) (int) (r >> 32), (long) (int) r};
    }

    static boolean fullRune(byte[] p) {
        int n = p.length;
        if (n == 0) return false;
        int b0 = p[0] & 0xFF;
        int need;
        int lo = 0x80, hi = 0xBF;
        if (b0 < 0xC2 || b0 > 0xF4) return true; // ASCII or invalid: a rune of width 1
        if (b0 <= 0xDF) need = 2;
        else if (b0 <= 0xEF) need = 3;
        else need = 4;
        if (b0 == 0xE0) lo = 0xA0;
        else if (b0 == 0xED) hi = 0x9F;
        else if (b0 == 0xF0) lo = 0x90;
        else if (b0 == 0xF4) hi = 0x8F;
        if (n >= need) return true;
        if (n > 1 && ((p[1] & 0xFF) < lo || hi < (p[1] & 0xFF))) return true;
        if (n > 2 && ((p[2] & 0xFF) < 0x80 || 0xBF < (p[2] & 0xFF))) return true;
        return false;
    }

    static void register(Map<String, NativeFn> m) {
        m.put("unicode/utf8.DecodeRune", (a, g, p) -> decode(head((Slice) a[0], 4)));
        m.put("unicode/utf8.DecodeLastRune", (a, g, p) -> decodeLast(tail((Slice) a[0], 4)));
        m.put("unicode/utf8.DecodeLastRuneInString", (a, g, p) -> {
            byte[] s = ((GoString) a[0]).bytes;
            if (s.length == 0) return new Object[] {(long) Uni.RUNE_ERROR, 0L};
            long r = StringsNatives.decodeLast(s, s.length);
            return new Object[] {(long) (int) (r >> 32), (long) (int) r};
        });
        m.put("unicode/utf8.RuneCount", (a, g, p) -> (long) StringsNatives.runeCount(Args.bytes(a[0])));
        m.put("unicode/utf8.RuneCountInString", (a, g, p) -> (long) StringsNatives.runeCount(((GoString) a[0]).bytes));
        m.put("unicode/utf8.Valid", (a, g, p) -> {
            byte[] b = Args.bytes(a[0]);
            return gosub.lib.strconv.Utf8.valid(b, 0, b.length);
        });
        m.put("unicode/utf8.ValidString", (a, g, p) -> {
            byte[] b = ((GoString) a[0]).bytes;
            return gosub.lib.strconv.Utf8.valid(b, 0, b.length);
        });
        m.put("unicode/utf8.FullRune", (a, g, p) -> fullRune(head((Slice) a[0], 4)));
        m.put("unicode/utf8.FullRuneInString", (a, g, p) -> {
            byte[] s = ((GoString) a[0]).bytes;
            return fullRune(java.util.Arrays.copyOf(s, Math.min(s.length, 4)));
        });
    }
}
