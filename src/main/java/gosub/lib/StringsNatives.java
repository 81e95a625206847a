package gosub.lib;

import gosub.exec.NativeFn;
import gosub.runtime.*;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The byte-level work of package strings (and utf8 decoding). */
final class StringsNatives {
    private StringsNatives() {}

    static int index(byte[] s, byte[] sub, int from) {
        outer:
        for (int i = from; i + sub.length <= s.length; i++) {
            for (int k = 0; k < sub.length; k++) if (s[i + k] != sub[k]) continue outer;
            return i;
        }
        return -1;
    }

    static int lastIndex(byte[] s, byte[] sub) {
        outer:
        for (int i = s.length - sub.length; i >= 0; i--) {
            for (int k = 0; k < sub.length; k++) if (s[i + k] != sub[k]) continue outer;
            return i;
        }
        return -1;
    }

    static int runeCount(byte[] s) {
        int n = 0;
        for (int i = 0; i < s.length; n++) i += (int) Utf8.decode(s, i);
        return n;
    }

    static boolean isSpace(int r) {
        return switch (r) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
            default -> r > 0xFF && Character.isWhitespace(r) || r == 0x2007 || r == 0x202F || r == 0x3000 && true;
        };
    }

    /** Maps every rune of s (invalid bytes kept as U+FFFD, as Go's ToUpper does). */
    static GoString mapRunes(byte[] s, boolean upper) {
        boolean ascii = true;
        for (byte b : s) ascii &= b >= 0;
        if (ascii) {
            byte[] out = s.clone();
            for (int i = 0; i < out.length; i++) {
                byte b = out[i];
                if (upper && b >= 'a' && b <= 'z') out[i] = (byte) (b - 32);
                if (!upper && b >= 'A' && b <= 'Z') out[i] = (byte) (b + 32);
            }
            return new GoString(out);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length; ) {
            long r = Utf8.decode(s, i);
            int cp = (int) (r >> 32);
            i += (int) r;
            out.writeBytes(Utf8.encode(upper ? Character.toUpperCase(cp) : Character.toLowerCase(cp)));
        }
        return new GoString(out.toByteArray());
    }

    static Slice strings(List<GoString> parts) {
        return parts.isEmpty() ? Slice.of(new Object[0]) : Slice.of(parts.toArray());
    }

    static void register(Map<String, NativeFn> m) {
        m.put("strings.Index", (a, g, p) -> (long) index(((GoString) a[0]).bytes, ((GoString) a[1]).bytes, 0));
        m.put("strings.LastIndex", (a, g, p) -> (long) lastIndex(((GoString) a[0]).bytes, ((GoString) a[1]).bytes));
        m.put("strings.Count", (a, g, p) -> {
            byte[] s = ((GoString) a[0]).bytes, sub = ((GoString) a[1]).bytes;
            if (sub.length == 0) return (long) runeCount(s) + 1;
            long n = 0;
            for (int i = index(s, sub, 0); i >= 0; i = index(s, sub, i + sub.length)) n++;
            return n;
        });
        m.put("strings.ToUpper", (a, g, p) -> mapRunes(((GoString) a[0]).bytes, true));
        m.put("strings.ToLower", (a, g, p) -> mapRunes(((GoString) a[0]).bytes, false));
        m.put("strings.TrimSpace", (a, g, p) -> {
            byte[] s = ((GoString) a[0]).bytes;
            int start = 0, end = s.length;
            while (start < end) {
                long r = Utf8.decode(s, start);
                if (!isSpace((int) (r >> 32))) break;
                start += (int) r;
            }
            while (end > start) {
                int k = end - 1;
                while (k > start && (s[k] & 0xC0) == 0x80) k--;
                long r = Utf8.decode(s, k);
                if (!isSpace((int) (r >> 32))) break;
                end = k;
            }
            return ((GoString) a[0]).substring(start, end);
        });
        m.put("strings.Fields", (a, g, p) -> {
            GoString str = (GoString) a[0];
            byte[] s = str.bytes;
            List<GoString> out = new ArrayList<>();
            int start = -1;
            for (int i = 0; i < s.length; ) {
                long r = Utf8.decode(s, i);
                boolean space = isSpace((int) (r >> 32));
                if (space && start >= 0) {
                    out.add(str.substring(start, i));
                    start = -1;
                } else if (!space && start < 0) {
                    start = i;
                }
                i += (int) r;
            }
            if (start >= 0) out.add(str.substring(start, s.length));
            return strings(out);
        });
        m.put("strings.Repeat", (a, g, p) -> {
            byte[] s = ((GoString) a[0]).bytes;
            long n = (Long) a[1];
            if (n < 0) throw new GoPanic(new Iface(gosub.types.Universe.STRING, GoString.of("strings: negative Repeat count")), p, false);
            byte[] out = new byte[Math.toIntExact(s.length * n)];
            for (int i = 0; i < n; i++) System.arraycopy(s, 0, out, i * s.length, s.length);
            return new GoString(out);
        });
        m.put("strings.EqualFold", (a, g, p) -> {
            String x = a[0].toString(), y = a[1].toString();
            return x.equalsIgnoreCase(y) || x.toLowerCase().equals(y.toLowerCase());
        });
        m.put("strings.genSplit", (a, g, p) -> {
            GoString str = (GoString) a[0];
            byte[] s = str.bytes, sep = ((GoString) a[1]).bytes;
            int save = (int) (long) (Long) a[2];
            long n = (Long) a[3];
            if (n == 0) return null;
            List<GoString> out = new ArrayList<>();
            if (sep.length == 0) {
                for (int i = 0; i < s.length; ) {
                    if (n > 0 && out.size() == n - 1) {
                        out.add(str.substring(i, s.length));
                        return strings(out);
                    }
                    int size = (int) Utf8.decode(s, i);
                    out.add(str.substring(i, i + size));
                    i += size;
                }
                return strings(out);
            }
            int start = 0;
            for (int i = index(s, sep, 0); i >= 0 && (n < 0 || out.size() < n - 1); i = index(s, sep, start)) {
                out.add(str.substring(start, i + save));
                start = i + sep.length;
            }
            out.add(str.substring(start, s.length));
            return strings(out);
        });
        m.put("strings.Replace", (a, g, p) -> {
            GoString str = (GoString) a[0];
            byte[] s = str.bytes, old = ((GoString) a[1]).bytes, neu = ((GoString) a[2]).bytes;
            long n = (Long) a[3];
            if (n == 0 || java.util.Arrays.equals(old, neu)) return str;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int start = 0, done = 0;
            while (n < 0 || done < n) {
                int i;
                if (old.length == 0) {
                    if (done > 0) {
                        if (start >= s.length) break;
                        int size = (int) Utf8.decode(s, start);
                        out.write(s, start, size);
                        start += size;
                    }
                    i = start;
                } else {
                    i = index(s, old, start);
                    if (i < 0) break;
                    out.write(s, start, i - start);
                    start = i + old.length;
                }
                out.writeBytes(neu);
                done++;
            }
            out.write(s, start, s.length - start);
            return new GoString(out.toByteArray());
        });
        m.put("sort.swapper", (a, g, p) -> {
            Slice s = a[0] == null ? null : (Slice) ((Iface) a[0]).value();
            int n = s == null ? 0 : s.len;
            gosub.exec.FuncCode code = new gosub.exec.FuncCode("reflect.Swapper.func1");
            code.nativeFn = (b, g2, p2) -> {
                int i = (int) (long) (Long) b[0], j = (int) (long) (Long) b[1];
                if (i < 0 || i >= n) throw Panics.index(i, n, p2);
                if (j < 0 || j >= n) throw Panics.index(j, n, p2);
                Object t = s.array[s.off + i];
                s.array[s.off + i] = s.array[s.off + j];
                s.array[s.off + j] = t;
                return null;
            };
            return new Object[] {new gosub.exec.FuncValue(code, (Object[]) null), (long) n};
        });
        m.put("unicode/utf8.DecodeRuneInString", (a, g, p) -> {
            byte[] s = ((GoString) a[0]).bytes;
            if (s.length == 0) return new Object[] {(long) Utf8.RUNE_ERROR, 0L};
            long r = Utf8.decode(s, 0);
            return new Object[] {(long) (int) (r >> 32), (long) (int) r};
        });
    }
}
