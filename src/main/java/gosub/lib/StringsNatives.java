package gosub.lib;

import gosub.exec.NativeFn;
import gosub.runtime.*;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The byte-level work of package strings, step for step as Go's strings.go (invalid UTF-8,
 * the capacities of the slices Split returns, and the order of decoding included).
 */
final class StringsNatives {
    private StringsNatives() {}

    static byte[] b(Object v) {
        return ((GoString) v).bytes;
    }

    static GoString str(Object v) {
        return (GoString) v;
    }

    static int index(byte[] s, byte[] sub, int from) {
        int n = sub.length;
        if (n == 0) return from <= s.length ? from : -1;
        byte first = sub[0];
        outer:
        for (int i = from, last = s.length - n; i <= last; i++) {
            if (s[i] != first) continue;
            for (int k = 1; k < n; k++) if (s[i + k] != sub[k]) continue outer;
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

    static int indexByte(byte[] s, int c) {
        for (int i = 0; i < s.length; i++) if ((s[i] & 0xFF) == c) return i;
        return -1;
    }

    static int runeCount(byte[] s) {
        int n = 0;
        for (int i = 0; i < s.length; n++) i += (int) Utf8.decode(s, i);
        return n;
    }

    static int count(byte[] s, byte[] sub) {
        if (sub.length == 0) return runeCount(s) + 1;
        int n = 0;
        for (int i = index(s, sub, 0); i >= 0; i = index(s, sub, i + sub.length)) n++;
        return n;
    }

    static int rune(long packed) {
        return (int) (packed >> 32);
    }

    static int width(long packed) {
        return (int) packed;
    }

    /** utf8.DecodeLastRune of s[:end]: (rune << 32) | size. */
    static long decodeLast(byte[] s, int end) {
        return decodeLast(s, 0, end);
    }

    /** The rune of s[:end] decoded in Go's way from the start bound base. */
    static long dec(byte[] s, int i, int end) {
        long d = gosub.lib.strconv.Utf8.decode(s, i, end);
        return ((long) gosub.lib.strconv.Utf8.rune(d) << 32) | gosub.lib.strconv.Utf8.width(d);
    }

    /** utf8.DecodeLastRune of s[base:end]. */
    static long decodeLast(byte[] s, int base, int end) {
        if (end == base) return ((long) Utf8.RUNE_ERROR << 32);
        int start = end - 1;
        if ((s[start] & 0xFF) < 0x80) return ((long) (s[start] & 0xFF) << 32) | 1;
        int lim = Math.max(end - 4, base);
        for (start--; start >= lim; start--) {
            if ((s[start] & 0xC0) != 0x80) break;
        }
        if (start < base) start = base;
        long r = dec(s, start, end);
        if (start + width(r) != end) return ((long) Utf8.RUNE_ERROR << 32) | 1;
        return r;
    }

    static int indexRune(byte[] s, long r) {
        if (r >= 0 && r < 0x80) return indexByte(s, (int) r);
        if (r == Utf8.RUNE_ERROR) {
            for (int i = 0; i < s.length; ) {
                long d = Utf8.decode(s, i);
                if (rune(d) == Utf8.RUNE_ERROR) return i;
                i += width(d);
            }
            return -1;
        }
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return -1;
        return index(s, Utf8.encode(r), 0);
    }

    /** The set of ASCII bytes in chars, or null when chars is not all ASCII. */
    static boolean[] asciiSet(byte[] chars) {
        boolean[] set = new boolean[128];
        for (byte c : chars) {
            if (c < 0) return null;
            set[c] = true;
        }
        return set;
    }

    static int indexAny(byte[] s, byte[] chars) {
        if (chars.length == 0) return -1;
        if (chars.length == 1) {
            long r = chars[0] & 0xFF;
            if (r >= 0x80) r = Utf8.RUNE_ERROR;
            return indexRune(s, r);
        }
        if (s.length > 8) {
            boolean[] as = asciiSet(chars);
            if (as != null) {
                for (int i = 0; i < s.length; i++) if (s[i] >= 0 && as[s[i]]) return i;
                return -1;
            }
        }
        for (int i = 0; i < s.length; ) {
            long d = Utf8.decode(s, i);
            if (indexRune(chars, rune(d)) >= 0) return i;
            i += width(d);
        }
        return -1;
    }

    static int lastIndexAny(byte[] s, byte[] chars) {
        if (chars.length == 0) return -1;
        if (s.length == 1) {
            long rc = s[0] & 0xFF;
            if (rc >= 0x80) rc = Utf8.RUNE_ERROR;
            return indexRune(chars, rc) >= 0 ? 0 : -1;
        }
        if (s.length > 8) {
            boolean[] as = asciiSet(chars);
            if (as != null) {
                for (int i = s.length - 1; i >= 0; i--) if (s[i] >= 0 && as[s[i]]) return i;
                return -1;
            }
        }
        if (chars.length == 1) {
            long rc = chars[0] & 0xFF;
            if (rc >= 0x80) rc = Utf8.RUNE_ERROR;
            for (int i = s.length; i > 0; ) {
                long d = decodeLast(s, i);
                i -= width(d);
                if (rc == rune(d)) return i;
            }
            return -1;
        }
        for (int i = s.length; i > 0; ) {
            long d = decodeLast(s, i);
            i -= width(d);
            if (indexRune(chars, rune(d)) >= 0) return i;
        }
        return -1;
    }

    static Slice strings(List<GoString> parts, int cap) {
        Object[] a = new Object[Math.max(cap, parts.size())];
        Arrays.fill(a, GoString.EMPTY);
        for (int i = 0; i < parts.size(); i++) a[i] = parts.get(i);
        return new Slice(a, 0, parts.size(), a.length);
    }

    static Slice explode(GoString str, long n) {
        byte[] s = str.bytes;
        int l = runeCount(s);
        if (n < 0 || n > l) n = l;
        List<GoString> a = new ArrayList<>();
        int i = 0;
        for (int k = 0; k < n - 1; k++) {
            long d = Utf8.decode(s, i);
            int size = width(d);
            // Go's explode turns each invalid byte into "\uFFFD".
            a.add(rune(d) == 0xFFFD ? GoString.of("\uFFFD") : str.substring(i, i + size));
            i += size;
        }
        if (n > 0) a.add(str.substring(i, s.length));
        return strings(a, (int) n);
    }

    static Slice genSplit(GoString str, byte[] sep, int sepSave, long n) {
        if (n == 0) return null;
        if (sep.length == 0) return explode(str, n);
        byte[] s = str.bytes;
        if (n < 0) n = count(s, sep) + 1;
        if (n > s.length + 1) n = s.length + 1;
        List<GoString> a = new ArrayList<>();
        int start = 0;
        while (a.size() < n - 1) {
            int m = index(s, sep, start);
            if (m < 0) break;
            a.add(str.substring(start, m + sepSave));
            start = m + sep.length;
        }
        a.add(str.substring(start, s.length));
        return strings(a, (int) n);
    }

    static final boolean[] ASCII_SPACE = new boolean[256];

    static {
        for (char c : new char[] {'\t', '\n', 0x0B, '\f', '\r', ' '}) ASCII_SPACE[c] = true;
    }

    static Slice fields(GoString str) {
        byte[] s = str.bytes;
        boolean ascii = true;
        for (byte c : s) ascii &= c >= 0;
        List<GoString> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length; ) {
            long d = ascii ? ((long) s[i] << 32) | 1 : Utf8.decode(s, i);
            boolean space = ascii ? ASCII_SPACE[s[i]] : Uni.isSpace(rune(d));
            if (space) {
                if (start >= 0) {
                    out.add(str.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += width(d);
        }
        if (start >= 0) out.add(str.substring(start, s.length));
        return strings(out, out.size());
    }

    static GoString repeat(GoString str, long count, gosub.syntax.Pos p) {
        byte[] s = str.bytes;
        if (count == 0) return GoString.EMPTY;
        if (count < 0) throw panic("strings: negative Repeat count", p);
        if (s.length * count / count != s.length || s.length * count > Integer.MAX_VALUE - 16) {
            throw panic("strings: Repeat output length overflow", p);
        }
        byte[] out = new byte[(int) (s.length * count)];
        for (int i = 0; i < count; i++) System.arraycopy(s, 0, out, i * s.length, s.length);
        return new GoString(out);
    }

    static GoPanic panic(String msg, gosub.syntax.Pos p) {
        return new GoPanic(new Iface(gosub.types.Universe.STRING, GoString.of(msg)), p, false);
    }

    interface RuneMap {
        long map(long r);
    }

    /** strings.Map with a Java mapping (no callbacks): invalid bytes map as U+FFFD. */
    static GoString map(GoString str, RuneMap f) {
        byte[] s = str.bytes;
        ByteArrayOutputStream out = null;
        for (int i = 0; i < s.length; ) {
            long d = Utf8.decode(s, i);
            int c = rune(d), w = width(d);
            long r = f.map(c);
            if (out == null) {
                if (r == c && !(c == Utf8.RUNE_ERROR && w == 1)) {
                    i += w;
                    continue;
                }
                out = new ByteArrayOutputStream(s.length + 4);
                out.write(s, 0, i);
            }
            if (r >= 0) {
                if (r < 0x80) out.write((int) r);
                else out.writeBytes(Utf8.encode(r));
            }
            i += w;
        }
        return out == null ? str : new GoString(out.toByteArray());
    }

    static GoString toUpper(GoString str) {
        byte[] s = str.bytes;
        boolean ascii = true, hasLower = false;
        for (byte c : s) {
            if (c < 0) {
                ascii = false;
                break;
            }
            hasLower |= c >= 'a' && c <= 'z';
        }
        if (ascii) {
            if (!hasLower) return str;
            byte[] out = s.clone();
            for (int i = 0; i < out.length; i++) if (out[i] >= 'a' && out[i] <= 'z') out[i] -= 32;
            return new GoString(out);
        }
        return map(str, Uni::toUpper);
    }

    static GoString toLower(GoString str) {
        byte[] s = str.bytes;
        boolean ascii = true, hasUpper = false;
        for (byte c : s) {
            if (c < 0) {
                ascii = false;
                break;
            }
            hasUpper |= c >= 'A' && c <= 'Z';
        }
        if (ascii) {
            if (!hasUpper) return str;
            byte[] out = s.clone();
            for (int i = 0; i < out.length; i++) if (out[i] >= 'A' && out[i] <= 'Z') out[i] += 32;
            return new GoString(out);
        }
        return map(str, Uni::toLower);
    }

    static boolean isSeparator(long r) {
        if (r <= 0x7F) {
            return !((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_');
        }
        if (Uni.isLetter(r) || Uni.isDigit(r)) return false;
        return Uni.isSpace(r);
    }

    static GoString title(GoString s) {
        long[] prev = {' '};
        return map(s, r -> {
            if (isSeparator(prev[0])) {
                prev[0] = r;
                return Uni.toTitle(r);
            }
            prev[0] = r;
            return r;
        });
    }

    static GoString trimSpace(GoString str) {
        byte[] s = str.bytes;
        int start = 0;
        for (; start < s.length; start++) {
            int c = s[start] & 0xFF;
            if (c >= 0x80) return trimFuncSpace(str, start, s.length);
            if (!ASCII_SPACE[c]) break;
        }
        int stop = s.length;
        for (; stop > start; stop--) {
            int c = s[stop - 1] & 0xFF;
            if (c >= 0x80) return trimFuncSpace(str, start, stop);
            if (!ASCII_SPACE[c]) break;
        }
        return str.substring(start, stop);
    }

    /** TrimFunc(s[from:to], unicode.IsSpace). */
    static GoString trimFuncSpace(GoString str, int from, int to) {
        byte[] s = str.bytes;
        int i = from;
        while (i < to) {
            long d = dec(s, i, to);
            if (!Uni.isSpace(rune(d))) break;
            i += width(d);
        }
        if (i >= to) return GoString.EMPTY;
        int j = to;
        int last = -1;
        while (j > i) {
            long d = decodeLast(s, i, j);
            j -= width(d);
            if (!Uni.isSpace(rune(d))) {
                last = j;
                break;
            }
        }
        int end;
        if (last >= 0 && (s[last] & 0xFF) >= 0x80) end = last + width(dec(s, last, to));
        else end = last + 1;
        return str.substring(i, end);
    }

    static boolean containsRune(byte[] s, long r) {
        return indexRune(s, r) >= 0;
    }

    static int trimLeftIndex(byte[] s, int from, int to, byte[] cutset) {
        if (cutset.length == 1 && cutset[0] >= 0) {
            while (from < to && s[from] == cutset[0]) from++;
            return from;
        }
        boolean[] as = asciiSet(cutset);
        if (as != null) {
            while (from < to && s[from] >= 0 && as[s[from]]) from++;
            return from;
        }
        while (from < to) {
            long r = s[from] & 0xFF;
            int n = 1;
            if (r >= 0x80) {
                long d = dec(s, from, to);
                r = rune(d);
                n = width(d);
            }
            if (!containsRune(cutset, r)) break;
            from += n;
        }
        return from;
    }

    static int trimRightIndex(byte[] s, int from, int to, byte[] cutset) {
        if (cutset.length == 1 && cutset[0] >= 0) {
            while (to > from && s[to - 1] == cutset[0]) to--;
            return to;
        }
        boolean[] as = asciiSet(cutset);
        if (as != null) {
            while (to > from && s[to - 1] >= 0 && as[s[to - 1]]) to--;
            return to;
        }
        while (to > from) {
            long r = s[to - 1] & 0xFF;
            int size = 1;
            if (r >= 0x80) {
                long d = decodeLast(s, from, to);
                r = rune(d);
                size = width(d);
            }
            if (!containsRune(cutset, r)) break;
            to -= size;
        }
        return to;
    }

    static boolean equalFold(byte[] s, byte[] t) {
        int i = 0, j = 0;
        while (i < s.length && j < t.length) {
            long sr, tr;
            if (s[i] >= 0) {
                sr = s[i++];
            } else {
                long d = Utf8.decode(s, i);
                sr = rune(d);
                i += width(d);
            }
            if (t[j] >= 0) {
                tr = t[j++];
            } else {
                long d = Utf8.decode(t, j);
                tr = rune(d);
                j += width(d);
            }
            if (tr == sr) continue;
            if (tr < sr) {
                long x = tr;
                tr = sr;
                sr = x;
            }
            if (tr < 0x80) {
                if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
                return false;
            }
            long r = Uni.simpleFold(sr);
            while (r != sr && r < tr) r = Uni.simpleFold(r);
            if (r == tr) continue;
            return false;
        }
        return s.length - i == t.length - j && Arrays.equals(s, i, s.length, t, j, t.length);
    }

    static GoString replace(GoString str, byte[] old, byte[] neu, long n) {
        byte[] s = str.bytes;
        if (Arrays.equals(old, neu) || n == 0) return str;
        int m = count(s, old);
        if (m == 0) return str;
        if (n < 0 || m < n) n = m;
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length + 16);
        int start = 0;
        for (int i = 0; i < n; i++) {
            int j = start;
            if (old.length == 0) {
                if (i > 0) j += width(Utf8.decode(s, start));
            } else {
                j = index(s, old, start);
            }
            out.write(s, start, j - start);
            out.writeBytes(neu);
            start = j + old.length;
        }
        out.write(s, start, s.length - start);
        return new GoString(out.toByteArray());
    }

    static GoString toValidUTF8(GoString str, byte[] replacement) {
        byte[] s = str.bytes;
        if (gosub.lib.strconv.Utf8.valid(s, 0, s.length)) return str;
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length + replacement.length);
        boolean invalid = false;
        for (int i = 0; i < s.length; ) {
            int c = s[i] & 0xFF;
            if (c < 0x80) {
                i++;
                invalid = false;
                out.write(c);
                continue;
            }
            int wid = width(Utf8.decode(s, i));
            if (wid == 1) {
                i++;
                if (!invalid) {
                    invalid = true;
                    out.writeBytes(replacement);
                }
                continue;
            }
            invalid = false;
            out.write(s, i, wid);
            i += wid;
        }
        return new GoString(out.toByteArray());
    }

    /** The generic Replacer: at each position the earliest-listed old string that matches wins. */
    static GoString replacer(Object oldnew, GoString str) {
        Object[] on = Args.elems(oldnew);
        int k = on.length / 2;
        byte[][] olds = new byte[k][], news = new byte[k][];
        for (int i = 0; i < k; i++) {
            olds[i] = b(on[2 * i]);
            news[i] = b(on[2 * i + 1]);
        }
        byte[] s = str.bytes;
        ByteArrayOutputStream out = null;
        int last = 0;
        boolean prevMatchEmpty = false;
        for (int i = 0; i <= s.length; ) {
            int best = -1;
            for (int x = 0; x < k; x++) {
                byte[] o = olds[x];
                if (o.length == 0 && prevMatchEmpty) continue;
                if (o.length <= s.length - i && Arrays.equals(s, i, i + o.length, o, 0, o.length)) {
                    best = x;
                    break;
                }
            }
            if (best < 0) {
                prevMatchEmpty = false;
                i++;
                continue;
            }
            prevMatchEmpty = olds[best].length == 0;
            if (out == null) out = new ByteArrayOutputStream(s.length + 16);
            out.write(s, last, i - last);
            out.writeBytes(news[best]);
            i += olds[best].length;
            last = i;
        }
        if (out == null) return str;
        out.write(s, last, s.length - last);
        return new GoString(out.toByteArray());
    }

    static GoString join(Object elems, byte[] sep) {
        Object[] e = Args.elems(elems);
        if (e.length == 0) return GoString.EMPTY;
        if (e.length == 1) return (GoString) e[0];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < e.length; i++) {
            if (i > 0) out.writeBytes(sep);
            out.writeBytes(((GoString) e[i]).bytes);
        }
        return new GoString(out.toByteArray());
    }

    static void register(Map<String, NativeFn> m) {
        m.put("strings.Index", (a, g, p) -> (long) index(b(a[0]), b(a[1]), 0));
        m.put("strings.LastIndex", (a, g, p) -> (long) lastIndex(b(a[0]), b(a[1])));
        m.put("strings.IndexByte", (a, g, p) -> (long) indexByte(b(a[0]), (int) (long) (Long) a[1]));
        m.put("strings.LastIndexByte", (a, g, p) -> {
            byte[] s = b(a[0]);
            int c = (int) (long) (Long) a[1];
            for (int i = s.length - 1; i >= 0; i--) if ((s[i] & 0xFF) == c) return (long) i;
            return -1L;
        });
        m.put("strings.IndexRune", (a, g, p) -> (long) indexRune(b(a[0]), (Long) a[1]));
        m.put("strings.IndexAny", (a, g, p) -> (long) indexAny(b(a[0]), b(a[1])));
        m.put("strings.LastIndexAny", (a, g, p) -> (long) lastIndexAny(b(a[0]), b(a[1])));
        m.put("strings.Contains", (a, g, p) -> index(b(a[0]), b(a[1]), 0) >= 0);
        m.put("strings.ContainsRune", (a, g, p) -> indexRune(b(a[0]), (Long) a[1]) >= 0);
        m.put("strings.ContainsAny", (a, g, p) -> indexAny(b(a[0]), b(a[1])) >= 0);
        m.put("strings.HasPrefix", (a, g, p) -> {
            byte[] s = b(a[0]), x = b(a[1]);
            return s.length >= x.length && Arrays.equals(s, 0, x.length, x, 0, x.length);
        });
        m.put("strings.HasSuffix", (a, g, p) -> {
            byte[] s = b(a[0]), x = b(a[1]);
            return s.length >= x.length && Arrays.equals(s, s.length - x.length, s.length, x, 0, x.length);
        });
        m.put("strings.Count", (a, g, p) -> (long) count(b(a[0]), b(a[1])));
        m.put("strings.Compare", (a, g, p) -> (long) Integer.signum(str(a[0]).compareTo(str(a[1]))));
        m.put("strings.ToUpper", (a, g, p) -> toUpper(str(a[0])));
        m.put("strings.ToLower", (a, g, p) -> toLower(str(a[0])));
        m.put("strings.ToTitle", (a, g, p) -> map(str(a[0]), Uni::toTitle));
        m.put("strings.Title", (a, g, p) -> title(str(a[0])));
        m.put("strings.ToValidUTF8", (a, g, p) -> toValidUTF8(str(a[0]), b(a[1])));
        m.put("strings.TrimSpace", (a, g, p) -> trimSpace(str(a[0])));
        m.put("strings.Trim", (a, g, p) -> {
            GoString s = str(a[0]);
            byte[] cut = b(a[1]);
            if (s.bytes.length == 0 || cut.length == 0) return s;
            int to = trimRightIndex(s.bytes, 0, s.bytes.length, cut);
            int from = trimLeftIndex(s.bytes, 0, to, cut);
            return s.substring(from, to);
        });
        m.put("strings.TrimLeft", (a, g, p) -> {
            GoString s = str(a[0]);
            byte[] cut = b(a[1]);
            if (s.bytes.length == 0 || cut.length == 0) return s;
            return s.substring(trimLeftIndex(s.bytes, 0, s.bytes.length, cut), s.bytes.length);
        });
        m.put("strings.TrimRight", (a, g, p) -> {
            GoString s = str(a[0]);
            byte[] cut = b(a[1]);
            if (s.bytes.length == 0 || cut.length == 0) return s;
            return s.substring(0, trimRightIndex(s.bytes, 0, s.bytes.length, cut));
        });
        m.put("strings.Fields", (a, g, p) -> fields(str(a[0])));
        m.put("strings.genSplit", (a, g, p) -> genSplit(str(a[0]), b(a[1]), (int) (long) (Long) a[2], (Long) a[3]));
        m.put("strings.Join", (a, g, p) -> join(a[0], b(a[1])));
        m.put("strings.Repeat", (a, g, p) -> repeat(str(a[0]), (Long) a[1], p));
        m.put("strings.EqualFold", (a, g, p) -> equalFold(b(a[0]), b(a[1])));
        m.put("strings.Replace", (a, g, p) -> replace(str(a[0]), b(a[1]), b(a[2]), (Long) a[3]));
        m.put("strings.ReplaceAll", (a, g, p) -> replace(str(a[0]), b(a[1]), b(a[2]), -1));
        m.put("strings.genericReplace", (a, g, p) -> replacer(a[0], str(a[1])));
        m.put("strings.copyAt", (a, g, p) -> {
            Slice dst = (Slice) a[0];
            byte[] s = b(a[1]);
            int off = (int) (long) (Long) a[2];
            int n = dst == null ? 0 : Math.min(dst.len, Math.max(s.length - off, 0));
            Args.putBytes(dst, s, off, n);
            return (long) n;
        });
        m.put("unicode/utf8.DecodeRuneInString", (a, g, p) -> {
            byte[] s = b(a[0]);
            if (s.length == 0) return new Object[] {(long) Utf8.RUNE_ERROR, 0L};
            long r = Utf8.decode(s, 0);
            return new Object[] {(long) rune(r), (long) width(r)};
        });
    }
}
