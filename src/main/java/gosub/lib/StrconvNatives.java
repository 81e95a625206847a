package gosub.lib;

import gosub.exec.NativeFn;
import gosub.lib.strconv.FormatFloat;
import gosub.lib.strconv.NumError;
import gosub.lib.strconv.ParseNumbers;
import gosub.lib.strconv.Quote;
import gosub.lib.strconv.Unquote;
import gosub.runtime.GoString;
import java.util.Map;

/** strconv's conversions, on top of gosub.lib.strconv. */
final class StrconvNatives {
    private StrconvNatives() {}

    /** The error kind numbering strconv.go's numError expects. */
    static long kind(NumError e) {
        if (e == null) return 0;
        return switch (e.kind()) {
            case SYNTAX -> 1;
            case RANGE -> 2;
            case BASE -> 3;
            case BIT_SIZE -> 4;
        };
    }

    static int base(Object b, gosub.syntax.Pos p) {
        long base = (Long) b;
        if (base < 2 || base > 36) {
            throw new gosub.runtime.GoPanic(new gosub.runtime.Iface(gosub.types.Universe.STRING,
                    GoString.of("strconv: illegal AppendInt/FormatInt base")), p, false);
        }
        return (int) base;
    }

    static void register(Map<String, NativeFn> m) {
        m.put("strconv.parseInt", (a, g, p) -> {
            byte[] s = ((GoString) a[0]).bytes;
            int base = (int) (long) (Long) a[1], bits = (int) (long) (Long) a[2];
            ParseNumbers.IntResult r = (Boolean) a[3] ? ParseNumbers.parseUint(s, base, bits) : ParseNumbers.parseInt(s, base, bits);
            return new Object[] {r.value(), kind(r.err()), r.err() == null ? 0L : (long) r.err().arg()};
        });
        m.put("strconv.parseFloat", (a, g, p) -> {
            ParseNumbers.FloatResult r = ParseNumbers.parseFloat(((GoString) a[0]).bytes, (int) (long) (Long) a[1]);
            return new Object[] {r.value(), kind(r.err())};
        });
        m.put("strconv.FormatInt", (a, g, p) -> GoString.of(Long.toString((Long) a[0], base(a[1], p))));
        m.put("strconv.FormatUint", (a, g, p) -> GoString.of(Long.toUnsignedString((Long) a[0], base(a[1], p))));
        m.put("strconv.parseFloatPrefix", (a, g, p) -> {
            gosub.lib.strconv.FloatParser.Prefix r = gosub.lib.strconv.FloatParser.parsePrefix(((GoString) a[0]).bytes,
                    (int) (long) (Long) a[1]);
            return new Object[] {r.value(), (long) r.n(), kind(r.err())};
        });
        m.put("strconv.unquoteChar", (a, g, p) -> {
            byte[] s = ((GoString) a[0]).bytes;
            Unquote.Char c = Unquote.unquoteChar(s, 0, s.length, (byte) (long) (Long) a[1]);
            if (c == null) return new Object[] {0L, false, 0L, false};
            return new Object[] {(long) c.value(), c.multibyte(), (long) c.next(), true};
        });
        m.put("strconv.quotedPrefix", (a, g, p) -> {
            byte[] r = Unquote.quotedPrefix(((GoString) a[0]).bytes);
            return new Object[] {r == null ? GoString.EMPTY : new GoString(r), r != null};
        });
        m.put("strconv.FormatFloat", (a, g, p) -> GoString.of(FormatFloat.format((Double) a[0], (char) (long) (Long) a[1],
                (int) (long) (Long) a[2], (int) (long) (Long) a[3])));
        m.put("strconv.Quote", (a, g, p) -> GoString.of(Quote.quote(((GoString) a[0]).bytes)));
        m.put("strconv.QuoteToASCII", (a, g, p) -> GoString.of(Quote.quoteToASCII(((GoString) a[0]).bytes)));
        m.put("strconv.QuoteRune", (a, g, p) -> GoString.of(Quote.quoteRune((int) (long) (Long) a[0])));
        m.put("strconv.QuoteRuneToASCII", (a, g, p) -> GoString.of(Quote.quoteRuneToASCII((int) (long) (Long) a[0])));
        m.put("strconv.unquote", (a, g, p) -> {
            byte[] r = Unquote.unquote(((GoString) a[0]).bytes);
            return new Object[] {r == null ? GoString.EMPTY : new GoString(r), r != null};
        });
        m.put("strconv.QuoteToGraphic", (a, g, p) -> GoString.of(Quote.quoteToGraphic(((GoString) a[0]).bytes)));
        m.put("strconv.QuoteRuneToGraphic", (a, g, p) -> GoString.of(Quote.quoteRuneToGraphic((int) (long) (Long) a[0])));
        m.put("strconv.CanBackquote", (a, g, p) -> Quote.canBackquote(((GoString) a[0]).bytes));
        m.put("strconv.IsGraphic", (a, g, p) -> Quote.isGraphic((int) (long) (Long) a[0]));
        m.put("strconv.IsPrint", (a, g, p) -> Quote.isPrint((int) (long) (Long) a[0]));
    }
}
