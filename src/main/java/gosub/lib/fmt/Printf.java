package gosub.lib.fmt;

import gosub.lib.strconv.Utf8;
import gosub.runtime.Iface;

/** Go's doPrintf: walks a format string, parsing flags, width, precision, indexes and verbs. */
final class Printf {
    private Printf() {}

    private static final int MAX = 1_000_000;

    private static boolean tooLarge(int x) {
        return x > MAX || x < -MAX;
    }

    /** parsenum: {num, isnum (0/1), newi}. */
    private static int[] parseNum(byte[] s, int start, int end) {
        if (start >= end) return new int[] {0, 0, end};
        int num = 0;
        boolean isnum = false;
        int i = start;
        for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
            if (tooLarge(num)) return new int[] {0, 0, end};
            num = num * 10 + (s[i] - '0');
            isnum = true;
        }
        return new int[] {num, isnum ? 1 : 0, i};
    }

    /** intFromArg: {num, isInt (0/1), newArgNum}. */
    private static int[] intFromArg(Object[] a, int argNum) {
        int newArgNum = argNum;
        int num = 0;
        boolean isInt = false;
        if (argNum < a.length) {
            if (a[argNum] instanceof Iface i && i.value() instanceof Long n) {
                Kind k = Kind.of(i.type());
                if (k == Kind.INT) {
                    // int64 always fits Go's 64-bit int.
                    if (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) num = (int) (long) n;
                    else num = n > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
                    isInt = true;
                } else if (k == Kind.UINT && n >= 0) {
                    num = n <= Integer.MAX_VALUE ? (int) (long) n : Integer.MAX_VALUE;
                    isInt = true;
                }
            }
            newArgNum = argNum + 1;
            if (tooLarge(num)) {
                num = 0;
                isInt = false;
            }
        }
        return new int[] {num, isInt ? 1 : 0, newArgNum};
    }

    /** parseArgNumber on format[i:]: {index, wid, ok (0/1)}. */
    private static int[] parseArgNumber(byte[] f, int start, int end) {
        if (end - start < 3) return new int[] {0, 1, 0};
        for (int i = start + 1; i < end; i++) {
            if (f[i] == ']') {
                int[] n = parseNum(f, start + 1, i);
                if (n[1] == 0 || n[2] != i) return new int[] {0, i - start + 1, 0};
                return new int[] {n[0] - 1, i - start + 1, 1};
            }
        }
        return new int[] {0, 1, 0};
    }

    /** argNumber: {newArgNum, newi, found (0/1)}. */
    private static int[] argNumber(Pp p, int argNum, byte[] f, int i, int end, int numArgs) {
        if (end <= i || f[i] != '[') return new int[] {argNum, i, 0};
        p.reordered = true;
        int[] r = parseArgNumber(f, i, end);
        if (r[2] == 1 && 0 <= r[0] && r[0] < numArgs) return new int[] {r[0], i + r[1], 1};
        p.goodArgNum = false;
        return new int[] {argNum, i + r[1], r[2]};
    }

    private static void setV(Fmt fmt) {
        fmt.sharpV = fmt.sharp;
        fmt.sharp = false;
        fmt.plusV = fmt.plus;
        fmt.plus = false;
    }

    static void doPrintf(Pp p, byte[] format, Object[] a) {
        ByteBuf buf = p.buf;
        Fmt fmt = p.fmt;
        int end = format.length;
        int argNum = 0;
        boolean afterIndex;
        p.reordered = false;
        formatLoop:
        for (int i = 0; i < end; ) {
            p.goodArgNum = true;
            int lasti = i;
            while (i < end && format[i] != '%') i++;
            if (i > lasti) buf.write(format, lasti, i - lasti);
            if (i >= end) break;
            i++;

            fmt.clearFlags();
            simpleFormat:
            for (; i < end; i++) {
                byte c = format[i];
                switch (c) {
                    case '#' -> fmt.sharp = true;
                    case '0' -> fmt.zero = true;
                    case '+' -> fmt.plus = true;
                    case '-' -> fmt.minus = true;
                    case ' ' -> fmt.space = true;
                    default -> {
                        if ('a' <= c && c <= 'z' && argNum < a.length) {
                            if (c == 'w') p.wrappedErrs.add(argNum);
                            if (c == 'v' || c == 'w') setV(fmt);
                            p.printArg(a[argNum], c);
                            argNum++;
                            i++;
                            continue formatLoop;
                        }
                        break simpleFormat;
                    }
                }
            }

            int[] r = argNumber(p, argNum, format, i, end, a.length);
            argNum = r[0];
            i = r[1];
            afterIndex = r[2] == 1;

            if (i < end && format[i] == '*') {
                i++;
                int[] w = intFromArg(a, argNum);
                fmt.wid = w[0];
                fmt.widPresent = w[1] == 1;
                argNum = w[2];
                if (!fmt.widPresent) buf.writeString("%!(BADWIDTH)");
                if (fmt.wid < 0) {
                    fmt.wid = -fmt.wid;
                    fmt.minus = true;
                    fmt.zero = false;
                }
                afterIndex = false;
            } else {
                int[] w = parseNum(format, i, end);
                fmt.wid = w[0];
                fmt.widPresent = w[1] == 1;
                i = w[2];
                if (afterIndex && fmt.widPresent) p.goodArgNum = false;
            }

            if (i + 1 < end && format[i] == '.') {
                i++;
                if (afterIndex) p.goodArgNum = false;
                r = argNumber(p, argNum, format, i, end, a.length);
                argNum = r[0];
                i = r[1];
                afterIndex = r[2] == 1;
                if (i < end && format[i] == '*') {
                    i++;
                    int[] w = intFromArg(a, argNum);
                    fmt.prec = w[0];
                    fmt.precPresent = w[1] == 1;
                    argNum = w[2];
                    if (fmt.prec < 0) {
                        fmt.prec = 0;
                        fmt.precPresent = false;
                    }
                    if (!fmt.precPresent) buf.writeString("%!(BADPREC)");
                    afterIndex = false;
                } else {
                    int[] w = parseNum(format, i, end);
                    fmt.prec = w[0];
                    fmt.precPresent = w[1] == 1;
                    i = w[2];
                    if (!fmt.precPresent) {
                        fmt.prec = 0;
                        fmt.precPresent = true;
                    }
                }
            }

            if (!afterIndex) {
                r = argNumber(p, argNum, format, i, end, a.length);
                argNum = r[0];
                i = r[1];
            }

            if (i >= end) {
                buf.writeString("%!(NOVERB)");
                break;
            }

            int verb = format[i] & 0xFF;
            int size = 1;
            if (verb >= 0x80) {
                long d = Utf8.decode(format, i, end);
                verb = Utf8.rune(d);
                size = Utf8.width(d);
            }
            i += size;

            if (verb == '%') {
                buf.writeByte('%');
            } else if (!p.goodArgNum) {
                badArgNum(p, verb);
            } else if (argNum >= a.length) {
                missingArg(p, verb);
            } else {
                if (verb == 'w') p.wrappedErrs.add(argNum);
                if (verb == 'v' || verb == 'w') setV(fmt);
                p.printArg(a[argNum], verb);
                argNum++;
            }
        }

        if (!p.reordered && argNum < a.length) {
            fmt.clearFlags();
            buf.writeString("%!(EXTRA ");
            for (int k = argNum; k < a.length; k++) {
                if (k > argNum) buf.writeString(", ");
                Object arg = a[k];
                if (arg == null) {
                    buf.writeString("<nil>");
                } else {
                    buf.writeString(Pp.typeString(((Iface) arg).type()));
                    buf.writeByte('=');
                    p.printArg(arg, 'v');
                }
            }
            buf.writeByte(')');
        }
    }

    private static void badArgNum(Pp p, int verb) {
        p.buf.writeString("%!");
        p.buf.writeRune(verb);
        p.buf.writeString("(BADINDEX)");
    }

    private static void missingArg(Pp p, int verb) {
        p.buf.writeString("%!");
        p.buf.writeRune(verb);
        p.buf.writeString("(MISSING)");
    }
}
