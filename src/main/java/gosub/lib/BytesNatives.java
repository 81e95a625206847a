package gosub.lib;

import gosub.runtime.Elems;
import gosub.exec.NativeFn;
import gosub.runtime.GoString;
import gosub.runtime.Slice;
import java.util.Map;

/** bytes' searching primitives, over the slices' elements in place (no copies of the input). */
final class BytesNatives {
    private BytesNatives() {}

    static int len(Slice s) {
        return s == null ? 0 : s.len;
    }

    static int at(Slice s, int i) {
        if (s.array instanceof byte[] b) return b[s.off + i] & 0xFF;
        return (int) (long) (Long) Elems.get(s.array, s.off + i);
    }

    static int index(Slice s, byte[] sep, int from) {
        int n = sep.length, ls = len(s);
        if (n == 0) return from <= ls ? from : -1;
        int first = sep[0] & 0xFF;
        outer:
        for (int i = from, last = ls - n; i <= last; i++) {
            if (at(s, i) != first) continue;
            for (int k = 1; k < n; k++) if (at(s, i + k) != (sep[k] & 0xFF)) continue outer;
            return i;
        }
        return -1;
    }

    static int lastIndex(Slice s, byte[] sep) {
        int n = sep.length;
        outer:
        for (int i = len(s) - n; i >= 0; i--) {
            for (int k = 0; k < n; k++) if (at(s, i + k) != (sep[k] & 0xFF)) continue outer;
            return i;
        }
        return -1;
    }

    static void register(Map<String, NativeFn> m) {
        m.put("bytes.Equal", (a, g, p) -> {
            Slice x = (Slice) a[0], y = (Slice) a[1];
            int n = len(x);
            if (n != len(y)) return false;
            for (int i = 0; i < n; i++) if (at(x, i) != at(y, i)) return false;
            return true;
        });
        m.put("bytes.Compare", (a, g, p) -> {
            Slice x = (Slice) a[0], y = (Slice) a[1];
            int n = Math.min(len(x), len(y));
            for (int i = 0; i < n; i++) {
                int c = Integer.compare(at(x, i), at(y, i));
                if (c != 0) return (long) c;
            }
            return (long) Integer.signum(Integer.compare(len(x), len(y)));
        });
        m.put("bytes.Index", (a, g, p) -> (long) index((Slice) a[0], Args.bytes(a[1]), 0));
        m.put("bytes.LastIndex", (a, g, p) -> (long) lastIndex((Slice) a[0], Args.bytes(a[1])));
        m.put("bytes.Count", (a, g, p) -> {
            Slice s = (Slice) a[0];
            byte[] sep = Args.bytes(a[1]);
            if (sep.length == 0) return (long) StringsNatives.runeCount(Args.bytes(s)) + 1;
            long n = 0;
            for (int i = index(s, sep, 0); i >= 0; i = index(s, sep, i + sep.length)) n++;
            return n;
        });
        m.put("bytes.IndexByte", (a, g, p) -> {
            Slice s = (Slice) a[0];
            int c = (int) (long) (Long) a[1];
            for (int i = 0, n = len(s); i < n; i++) if (at(s, i) == c) return (long) i;
            return -1L;
        });
        m.put("bufio.indexByte", (a, g, p) -> {
            Slice s = (Slice) a[0];
            int c = (int) (long) (Long) a[1];
            for (int i = 0, n = len(s); i < n; i++) if (at(s, i) == c) return (long) i;
            return -1L;
        });
        m.put("bytes.LastIndexByte", (a, g, p) -> {
            Slice s = (Slice) a[0];
            int c = (int) (long) (Long) a[1];
            for (int i = len(s) - 1; i >= 0; i--) if (at(s, i) == c) return (long) i;
            return -1L;
        });
        m.put("bytes.IndexRune", (a, g, p) -> (long) StringsNatives.indexRune(Args.bytes(a[0]), (Long) a[1]));
        m.put("bytes.IndexAny", (a, g, p) -> (long) StringsNatives.indexAny(Args.bytes(a[0]), ((GoString) a[1]).bytes));
        m.put("bytes.LastIndexAny", (a, g, p) -> (long) StringsNatives.lastIndexAny(Args.bytes(a[0]), ((GoString) a[1]).bytes));
        m.put("bytes.EqualFold", (a, g, p) -> StringsNatives.equalFold(Args.bytes(a[0]), Args.bytes(a[1])));
    }
}
