package gosub.lib.time;

import java.nio.charset.StandardCharsets;

/**
 * Go's {@code time.Parse(layout, value)}, with {@code time.Local} taken to be UTC (as on the Go
 * playground). Strings are handled as their UTF-8 bytes, as Go does, so error texts match Go's.
 */
public final class TimeParse {
    private TimeParse() {}

    /** Which Go Location the parsed time carries. */
    public enum Location {
        /** {@code time.UTC} (String() "UTC"). */
        UTC,
        /** {@code time.Local}, which is UTC here (String() "Local", zone "UTC"). */
        LOCAL,
        /** A {@code time.FixedZone(zoneName, offsetSeconds)} (String() is the zone name). */
        FIXED
    }

    /** Outcome of {@link #parse}; {@code error} is null on success, else Go's error text. */
    public record Result(long unixSeconds, int nanos, String zoneName, int offsetSeconds,
                         Location location, String error, Zone zone, Failure failure) {
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * What the value said about its zone, for ParseInLocation to resolve against its
     * locations: the wall clock as Unix seconds, "Z" (utc), a numeric offset (else -1), a name.
     */
    public record Zone(long wall, boolean utc, int offset, String name) {}

    /** The fields of Go's *time.ParseError, each as the raw bytes of the Go string. */
    public record Failure(byte[] layout, byte[] value, byte[] layoutElem, byte[] valueElem, byte[] message) {}

    private static final int[] DAYS_BEFORE = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
    private static final String[] SHORT_DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] SHORT_MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    /** Go's {@code time.Parse}. */
    public static Result parse(String layout, String value) {
        return new Parser(bytes(layout), bytes(value)).run();
    }

    /** A Java string holding one char per UTF-8 byte of s. */
    private static String bytes(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static byte[] raw(String byteString) {
        return byteString.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String q(String byteString) {
        return DurationText.quoteBytes(byteString.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Parse state; fields mirror the locals of Go's time.parse. */
    private static final class Parser {
        final String alayout;
        final String avalue;
        String value;
        String rangeErr;
        boolean bad;
        boolean amSet;
        boolean pmSet;
        long year;
        int month = -1;
        int day = -1;
        int yday = -1;
        int hour;
        int min;
        int sec;
        int nsec;
        boolean utc;
        int zoneOffset = -1;
        String zoneName = "";

        Parser(String layout, String value) {
            this.alayout = layout;
            this.avalue = value;
            this.value = value;
        }

        Result fail(String layoutElem, String valueElem, String message) {
            String text = message.isEmpty()
                    ? "parsing time " + q(avalue) + " as " + q(alayout) + ": cannot parse "
                            + q(valueElem) + " as " + q(layoutElem)
                    : "parsing time " + q(avalue) + message;
            return new Result(0, 0, "", 0, Location.UTC, text, null, new Failure(raw(alayout), raw(avalue),
                    raw(layoutElem), raw(valueElem), raw(message)));
        }

        Result run() {
            String layout = alayout;
            int lp = 0;
            while (true) {
                LayoutChunk ch = LayoutChunk.next(layout, lp);
                String prefix = layout.substring(lp, ch.start());
                String stdstr = layout.substring(ch.start(), ch.end());
                if (!skip(prefix)) {
                    return fail(prefix, value, "");
                }
                if (ch.kind() == LayoutChunk.NONE) {
                    if (!value.isEmpty()) {
                        return fail("", value, ": extra text: " + q(value));
                    }
                    break;
                }
                lp = ch.end();
                String hold = value;
                bad = false;
                element(ch, layout, lp);
                if (rangeErr != null) {
                    return fail(stdstr, value, ": " + rangeErr + " out of range");
                }
                if (bad) {
                    return fail(stdstr, hold, "");
                }
            }
            return finish();
        }

        /** Consumes the literal prefix; runs of spaces match runs of spaces. */
        boolean skip(String prefix) {
            int i = 0;
            while (i < prefix.length()) {
                if (prefix.charAt(i) == ' ') {
                    if (!value.isEmpty() && value.charAt(0) != ' ') {
                        return false;
                    }
                    while (i < prefix.length() && prefix.charAt(i) == ' ') {
                        i++;
                    }
                    value = cutSpace(value);
                    continue;
                }
                if (value.isEmpty() || value.charAt(0) != prefix.charAt(i)) {
                    return false;
                }
                i++;
                value = value.substring(1);
            }
            return true;
        }

        void element(LayoutChunk ch, String layout, int lp) {
            int kind = ch.kind();
            switch (kind) {
                case LayoutChunk.YEAR -> {
                    if (value.length() < 2) {
                        bad = true;
                        return;
                    }
                    Long y = atoi(value.substring(0, 2));
                    value = value.substring(2);
                    if (y == null) {
                        bad = true;
                        return;
                    }
                    year = y >= 69 ? y + 1900 : y + 2000;
                }
                case LayoutChunk.LONG_YEAR -> {
                    if (value.length() < 4 || !isDigit(value, 0)) {
                        bad = true;
                        return;
                    }
                    Long y = atoi(value.substring(0, 4));
                    value = value.substring(4);
                    if (y == null) {
                        bad = true;
                        year = 0;
                    } else {
                        year = y;
                    }
                }
                case LayoutChunk.MONTH -> month = lookup(SHORT_MONTHS) + 1;
                case LayoutChunk.LONG_MONTH -> month = lookup(TimeLayout.LONG_MONTH_NAMES) + 1;
                case LayoutChunk.NUM_MONTH, LayoutChunk.ZERO_MONTH -> {
                    month = getnum(kind == LayoutChunk.ZERO_MONTH);
                    if (!bad && (month <= 0 || month > 12)) {
                        rangeErr = "month";
                    }
                }
                case LayoutChunk.WEEKDAY -> lookup(SHORT_DAYS);
                case LayoutChunk.LONG_WEEKDAY -> lookup(TimeLayout.LONG_DAY_NAMES);
                case LayoutChunk.DAY, LayoutChunk.UNDER_DAY, LayoutChunk.ZERO_DAY -> {
                    if (kind == LayoutChunk.UNDER_DAY && !value.isEmpty() && value.charAt(0) == ' ') {
                        value = value.substring(1);
                    }
                    day = getnum(kind == LayoutChunk.ZERO_DAY);
                }
                case LayoutChunk.UNDER_YEAR_DAY, LayoutChunk.ZERO_YEAR_DAY -> {
                    for (int i = 0; i < 2; i++) {
                        if (kind == LayoutChunk.UNDER_YEAR_DAY && !value.isEmpty() && value.charAt(0) == ' ') {
                            value = value.substring(1);
                        }
                    }
                    yday = getnum3(kind == LayoutChunk.ZERO_YEAR_DAY);
                }
                case LayoutChunk.HOUR -> {
                    hour = getnum(false);
                    if (hour < 0 || hour >= 24) {
                        rangeErr = "hour";
                    }
                }
                case LayoutChunk.HOUR12, LayoutChunk.ZERO_HOUR12 -> {
                    hour = getnum(kind == LayoutChunk.ZERO_HOUR12);
                    if (hour < 0 || hour > 12) {
                        rangeErr = "hour";
                    }
                }
                case LayoutChunk.MINUTE, LayoutChunk.ZERO_MINUTE -> {
                    min = getnum(kind == LayoutChunk.ZERO_MINUTE);
                    if (min < 0 || min >= 60) {
                        rangeErr = "minute";
                    }
                }
                case LayoutChunk.SECOND, LayoutChunk.ZERO_SECOND -> second(kind, layout, lp);
                case LayoutChunk.PM_UPPER, LayoutChunk.PM_LOWER -> {
                    if (value.length() < 2) {
                        bad = true;
                        return;
                    }
                    String p = value.substring(0, 2);
                    value = value.substring(2);
                    boolean upper = kind == LayoutChunk.PM_UPPER;
                    if (p.equals(upper ? "PM" : "pm")) {
                        pmSet = true;
                    } else if (p.equals(upper ? "AM" : "am")) {
                        amSet = true;
                    } else {
                        bad = true;
                    }
                }
                case LayoutChunk.TZ -> {
                    if (value.startsWith("UTC")) {
                        utc = true;
                        value = value.substring(3);
                        return;
                    }
                    int n = parseTimeZone(value);
                    if (n < 0) {
                        bad = true;
                        return;
                    }
                    zoneName = value.substring(0, n);
                    value = value.substring(n);
                }
                case LayoutChunk.FRAC0 -> {
                    // exactly as many digits as the layout has
                    int ndigit = 1 + ch.digits();
                    if (value.length() < ndigit) {
                        bad = true;
                        return;
                    }
                    nsec = parseNanoseconds(value, ndigit);
                    value = value.substring(ndigit);
                }
                case LayoutChunk.FRAC9 -> {
                    if (value.length() < 2 || !commaOrPeriod(value.charAt(0)) || !isDigit(value, 1)) {
                        return; // fractional second omitted
                    }
                    int i = 0;
                    while (isDigit(value, i + 1)) {
                        i++;
                    }
                    nsec = parseNanoseconds(value, 1 + i);
                    value = value.substring(1 + i);
                }
                default -> {
                    if (LayoutChunk.isTzOffset(kind)) {
                        offset(kind);
                    }
                }
            }
        }

        void second(int kind, String layout, int lp) {
            sec = getnum(kind == LayoutChunk.ZERO_SECOND);
            if (bad) {
                return;
            }
            if (sec < 0 || sec >= 60) {
                rangeErr = "second";
                return;
            }
            // a fractional second in the value but not in the layout is accepted here
            if (value.length() >= 2 && commaOrPeriod(value.charAt(0)) && isDigit(value, 1)) {
                int next = LayoutChunk.next(layout, lp).kind();
                if (next == LayoutChunk.FRAC0 || next == LayoutChunk.FRAC9) {
                    return;
                }
                int n = 2;
                while (isDigit(value, n)) {
                    n++;
                }
                nsec = parseNanoseconds(value, n);
                value = value.substring(n);
            }
        }

        void offset(int kind) {
            if (LayoutChunk.isIsoTz(kind) && !value.isEmpty() && value.charAt(0) == 'Z') {
                value = value.substring(1);
                utc = true;
                return;
            }
            String sign;
            String hh;
            String mm = "00";
            String ss = "00";
            int len = value.length();
            if (kind == LayoutChunk.ISO_COLON_TZ || kind == LayoutChunk.NUM_COLON_TZ) {
                if (len < 6 || value.charAt(3) != ':') {
                    bad = true;
                    return;
                }
                hh = value.substring(1, 3);
                mm = value.substring(4, 6);
                sign = value.substring(0, 1);
                value = value.substring(6);
            } else if (kind == LayoutChunk.NUM_SHORT_TZ || kind == LayoutChunk.ISO_SHORT_TZ) {
                if (len < 3) {
                    bad = true;
                    return;
                }
                hh = value.substring(1, 3);
                sign = value.substring(0, 1);
                value = value.substring(3);
            } else if (kind == LayoutChunk.ISO_COLON_SECONDS_TZ || kind == LayoutChunk.NUM_COLON_SECONDS_TZ) {
                if (len < 9 || value.charAt(3) != ':' || value.charAt(6) != ':') {
                    bad = true;
                    return;
                }
                hh = value.substring(1, 3);
                mm = value.substring(4, 6);
                ss = value.substring(7, 9);
                sign = value.substring(0, 1);
                value = value.substring(9);
            } else if (kind == LayoutChunk.ISO_SECONDS_TZ || kind == LayoutChunk.NUM_SECONDS_TZ) {
                if (len < 7) {
                    bad = true;
                    return;
                }
                hh = value.substring(1, 3);
                mm = value.substring(3, 5);
                ss = value.substring(5, 7);
                sign = value.substring(0, 1);
                value = value.substring(7);
            } else {
                if (len < 5) {
                    bad = true;
                    return;
                }
                hh = value.substring(1, 3);
                mm = value.substring(3, 5);
                sign = value.substring(0, 1);
                value = value.substring(5);
            }
            int hr = twoDigits(hh);
            int m = 0;
            int s = 0;
            if (hr < 0) {
                hr = 0;
                bad = true;
            } else {
                m = twoDigits(mm);
                if (m < 0) {
                    m = 0;
                    bad = true;
                } else {
                    s = twoDigits(ss);
                    if (s < 0) {
                        s = 0;
                        bad = true;
                    }
                }
            }
            // Go allows 24 hours, 60 minutes and 60 seconds here
            if (hr > 24) {
                rangeErr = "time zone offset hour";
            }
            if (m > 60) {
                rangeErr = "time zone offset minute";
            }
            if (s > 60) {
                rangeErr = "time zone offset second";
            }
            zoneOffset = (hr * 60 + m) * 60 + s;
            switch (sign.charAt(0)) {
                case '+' -> { }
                case '-' -> zoneOffset = -zoneOffset;
                default -> bad = true;
            }
        }

        /** Case-insensitive prefix lookup in a name table; -1 and bad when none matches. */
        int lookup(String[] table) {
            for (int i = 0; i < table.length; i++) {
                String v = table[i];
                if (value.length() >= v.length() && matchFold(value, v)) {
                    value = value.substring(v.length());
                    return i;
                }
            }
            bad = true;
            return -1;
        }

        /** One or two digits (exactly two when fixed); on failure sets bad and returns 0. */
        int getnum(boolean fixed) {
            if (!isDigit(value, 0)) {
                bad = true;
                return 0;
            }
            if (!isDigit(value, 1)) {
                if (fixed) {
                    bad = true;
                    return 0;
                }
                int n = value.charAt(0) - '0';
                value = value.substring(1);
                return n;
            }
            int n = (value.charAt(0) - '0') * 10 + (value.charAt(1) - '0');
            value = value.substring(2);
            return n;
        }

        /** One to three digits (exactly three when fixed). */
        int getnum3(boolean fixed) {
            int n = 0;
            int i = 0;
            while (i < 3 && isDigit(value, i)) {
                n = n * 10 + (value.charAt(i) - '0');
                i++;
            }
            if (i == 0 || (fixed && i != 3)) {
                bad = true;
                return 0;
            }
            value = value.substring(i);
            return n;
        }

        /** The fraction ".ddd" in value[0:nbytes] as nanoseconds (only the first 9 digits count). */
        int parseNanoseconds(String v, int nbytes) {
            if (!commaOrPeriod(v.charAt(0))) {
                bad = true;
                return 0;
            }
            if (nbytes > 10) {
                nbytes = 10;
            }
            Long ns = atoi(v.substring(1, nbytes));
            if (ns == null) {
                bad = true;
                return 0;
            }
            if (ns < 0) {
                rangeErr = "fractional second";
                return 0;
            }
            long r = ns;
            for (int i = 0; i < 10 - nbytes; i++) {
                r *= 10;
            }
            return (int) r;
        }

        Result finish() {
            if (pmSet && hour < 12) {
                hour += 12;
            } else if (amSet && hour == 12) {
                hour = 0;
            }
            if (yday >= 0) {
                int d = 0;
                int m = 0;
                if (isLeap(year)) {
                    if (yday == 31 + 29) {
                        m = 2;
                        d = 29;
                    } else if (yday > 31 + 29) {
                        yday--;
                    }
                }
                if (yday < 1 || yday > 365) {
                    return fail("", value, ": day-of-year out of range");
                }
                if (m == 0) {
                    m = (yday - 1) / 31 + 1;
                    if (DAYS_BEFORE[m] < yday) {
                        m++;
                    }
                    d = yday - DAYS_BEFORE[m - 1];
                }
                if (month >= 0 && month != m) {
                    return fail("", value, ": day-of-year does not match month");
                }
                month = m;
                if (day >= 0 && day != d) {
                    return fail("", value, ": day-of-year does not match day");
                }
                day = d;
            } else {
                if (month < 0) {
                    month = 1;
                }
                if (day < 0) {
                    day = 1;
                }
            }
            if (day < 1 || day > daysIn(month, year)) {
                return fail("", value, ": day out of range");
            }
            long unix = TimeLayout.daysFromCivil(year, month, day) * 86400L + hour * 3600L + min * 60L + sec;
            String name = new String(zoneName.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            Zone zone = new Zone(unix, utc, zoneOffset, name);
            if (utc) {
                return new Result(unix, nsec, "UTC", 0, Location.UTC, null, zone, null);
            }
            if (zoneOffset != -1) {
                unix -= zoneOffset;
                // Local is UTC: it fits when the offset is 0 and no other name was given
                if (zoneOffset == 0 && (name.isEmpty() || name.equals("UTC"))) {
                    return new Result(unix, nsec, "UTC", 0, Location.LOCAL, null, zone, null);
                }
                return new Result(unix, nsec, name, zoneOffset, Location.FIXED, null, zone, null);
            }
            if (!name.isEmpty()) {
                // an abbreviation unknown to Local: keep it, with offset 0 (or GMT±h)
                int off = 0;
                if (name.length() > 3 && name.startsWith("GMT")) {
                    Long h = atoi(name.substring(3));
                    off = h == null ? 0 : (int) (h * 3600);
                }
                return new Result(unix, nsec, name, off, Location.FIXED, null, zone, null);
            }
            return new Result(unix, nsec, "UTC", 0, Location.UTC, null, zone, null);
        }
    }

    static String cutSpace(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return s.substring(i);
    }

    static boolean isDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    static boolean commaOrPeriod(char c) {
        return c == '.' || c == ',';
    }

    /** Two ASCII digits, else -1. */
    static int twoDigits(String s) {
        if (!isDigit(s, 0) || !isDigit(s, 1)) {
            return -1;
        }
        return (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
    }

    /** Go's case-insensitive ASCII match of equal-length prefixes. */
    static boolean matchFold(String value, String name) {
        for (int i = 0; i < name.length(); i++) {
            int c1 = value.charAt(i);
            int c2 = name.charAt(i);
            if (c1 != c2) {
                c1 |= 'a' - 'A';
                c2 |= 'a' - 'A';
                if (c1 != c2 || c1 < 'a' || c1 > 'z') {
                    return false;
                }
            }
        }
        return true;
    }

    /** Go's time.atoi: optional sign then digits only; null on error. */
    static Long atoi(String s) {
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        int[] end = new int[1];
        Long x = leadingInt(s, end);
        if (x == null || end[0] != s.length()) {
            return null;
        }
        return neg ? -x : x;
    }

    /** Go's time.leadingInt: the leading digits as unsigned 64-bit, null on overflow. */
    static Long leadingInt(String s, int[] end) {
        long x = 0;
        int i = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            if (Long.compareUnsigned(x, Long.divideUnsigned(Long.MIN_VALUE, 10)) > 0) {
                return null;
            }
            x = x * 10 + (c - '0');
            if (Long.compareUnsigned(x, Long.MIN_VALUE) > 0) {
                return null;
            }
        }
        end[0] = i;
        return x;
    }

    /** Length of a time zone abbreviation at the start of value, or -1 if none (Go's parseTimeZone). */
    static int parseTimeZone(String value) {
        if (value.length() < 3) {
            return -1;
        }
        if (value.startsWith("ChST") || value.startsWith("MeST")) {
            return 4;
        }
        if (value.startsWith("GMT")) {
            return value.length() == 3 ? 3 : 3 + parseSignedOffset(value.substring(3));
        }
        if (value.charAt(0) == '+' || value.charAt(0) == '-') {
            int n = parseSignedOffset(value);
            return n > 0 ? n : -1;
        }
        int nUpper = 0;
        while (nUpper < 6 && nUpper < value.length()
                && value.charAt(nUpper) >= 'A' && value.charAt(nUpper) <= 'Z') {
            nUpper++;
        }
        return switch (nUpper) {
            case 3 -> 3;
            case 4 -> value.charAt(3) == 'T' || value.startsWith("WITA") ? 4 : -1;
            case 5 -> value.charAt(4) == 'T' ? 5 : -1;
            default -> -1;
        };
    }

    /** Length of a signed hour offset (-23..+23) at the start of value, else 0. */
    static int parseSignedOffset(String value) {
        char sign = value.charAt(0);
        if (sign != '-' && sign != '+') {
            return 0;
        }
        int[] end = new int[1];
        Long x = leadingInt(value.substring(1), end);
        if (x == null || end[0] == 0) {
            return 0;
        }
        if (Long.compareUnsigned(x, 23) > 0) {
            return 0;
        }
        return 1 + end[0];
    }

    static boolean isLeap(long year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    static int daysIn(int month, long year) {
        if (month == 2) {
            return isLeap(year) ? 29 : 28;
        }
        return DAYS_BEFORE[month] - DAYS_BEFORE[month - 1];
    }
}
