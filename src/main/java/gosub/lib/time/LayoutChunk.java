package gosub.lib.time;

/**
 * One element of a Go time layout ("2006", "Jan", "-07:00", ".000", ...), as found by {@link #next}.
 * Shared by {@link TimeLayout} (formatting) and {@link TimeParse} (parsing).
 *
 * @param start  index where the element begins (text before it is literal)
 * @param end    index just past the element
 * @param kind   one of the constants below; {@link #NONE} when the layout has no more elements
 * @param digits for fractional seconds: the number of 0s or 9s
 * @param sep    for fractional seconds: '.' or ','
 */
record LayoutChunk(int start, int end, int kind, int digits, char sep) {
    static final int NONE = 0;
    static final int LONG_MONTH = 1; // January
    static final int MONTH = 2; // Jan
    static final int NUM_MONTH = 3; // 1
    static final int ZERO_MONTH = 4; // 01
    static final int LONG_WEEKDAY = 5; // Monday
    static final int WEEKDAY = 6; // Mon
    static final int DAY = 7; // 2
    static final int UNDER_DAY = 8; // _2
    static final int ZERO_DAY = 9; // 02
    static final int UNDER_YEAR_DAY = 10; // __2
    static final int ZERO_YEAR_DAY = 11; // 002
    static final int HOUR = 12; // 15
    static final int HOUR12 = 13; // 3
    static final int ZERO_HOUR12 = 14; // 03
    static final int MINUTE = 15; // 4
    static final int ZERO_MINUTE = 16; // 04
    static final int SECOND = 17; // 5
    static final int ZERO_SECOND = 18; // 05
    static final int LONG_YEAR = 19; // 2006
    static final int YEAR = 20; // 06
    static final int PM_UPPER = 21; // PM
    static final int PM_LOWER = 22; // pm
    static final int TZ = 23; // MST
    static final int ISO_TZ = 24; // Z0700
    static final int ISO_SECONDS_TZ = 25; // Z070000
    static final int ISO_SHORT_TZ = 26; // Z07
    static final int ISO_COLON_TZ = 27; // Z07:00
    static final int ISO_COLON_SECONDS_TZ = 28; // Z07:00:00
    static final int NUM_TZ = 29; // -0700
    static final int NUM_SECONDS_TZ = 30; // -070000
    static final int NUM_SHORT_TZ = 31; // -07
    static final int NUM_COLON_TZ = 32; // -07:00
    static final int NUM_COLON_SECONDS_TZ = 33; // -07:00:00
    static final int FRAC0 = 34; // .000 or ,000
    static final int FRAC9 = 35; // .999 or ,999

    private static final int[] ZERO_X = {ZERO_MONTH, ZERO_DAY, ZERO_HOUR12, ZERO_MINUTE, ZERO_SECOND, YEAR};

    static boolean isIsoTz(int kind) {
        return kind >= ISO_TZ && kind <= ISO_COLON_SECONDS_TZ;
    }

    static boolean isTzOffset(int kind) {
        return kind >= ISO_TZ && kind <= NUM_COLON_SECONDS_TZ;
    }

    /** Finds the first layout element at or after {@code from}, following Go's nextStdChunk. */
    static LayoutChunk next(String l, int from) {
        int n = l.length();
        for (int i = from; i < n; i++) {
            char c = l.charAt(i);
            switch (c) {
                case 'J':
                    if (l.startsWith("Jan", i)) {
                        if (l.startsWith("January", i)) {
                            return of(i, i + 7, LONG_MONTH);
                        }
                        if (!lowerAt(l, i + 3)) {
                            return of(i, i + 3, MONTH);
                        }
                    }
                    break;
                case 'M':
                    if (l.startsWith("Mon", i)) {
                        if (l.startsWith("Monday", i)) {
                            return of(i, i + 6, LONG_WEEKDAY);
                        }
                        if (!lowerAt(l, i + 3)) {
                            return of(i, i + 3, WEEKDAY);
                        }
                    }
                    if (l.startsWith("MST", i)) {
                        return of(i, i + 3, TZ);
                    }
                    break;
                case '0':
                    if (i + 1 < n && l.charAt(i + 1) >= '1' && l.charAt(i + 1) <= '6') {
                        return of(i, i + 2, ZERO_X[l.charAt(i + 1) - '1']);
                    }
                    if (l.startsWith("002", i)) {
                        return of(i, i + 3, ZERO_YEAR_DAY);
                    }
                    break;
                case '1':
                    if (i + 1 < n && l.charAt(i + 1) == '5') {
                        return of(i, i + 2, HOUR);
                    }
                    return of(i, i + 1, NUM_MONTH);
                case '2':
                    if (l.startsWith("2006", i)) {
                        return of(i, i + 4, LONG_YEAR);
                    }
                    return of(i, i + 1, DAY);
                case '_':
                    if (i + 1 < n && l.charAt(i + 1) == '2') {
                        if (l.startsWith("2006", i + 1)) {
                            // "_2006" is a literal underscore followed by the year
                            return of(i + 1, i + 5, LONG_YEAR);
                        }
                        return of(i, i + 2, UNDER_DAY);
                    }
                    if (l.startsWith("__2", i)) {
                        return of(i, i + 3, UNDER_YEAR_DAY);
                    }
                    break;
                case '3':
                    return of(i, i + 1, HOUR12);
                case '4':
                    return of(i, i + 1, MINUTE);
                case '5':
                    return of(i, i + 1, SECOND);
                case 'P':
                    if (i + 1 < n && l.charAt(i + 1) == 'M') {
                        return of(i, i + 2, PM_UPPER);
                    }
                    break;
                case 'p':
                    if (i + 1 < n && l.charAt(i + 1) == 'm') {
                        return of(i, i + 2, PM_LOWER);
                    }
                    break;
                case '-':
                    if (l.startsWith("-070000", i)) {
                        return of(i, i + 7, NUM_SECONDS_TZ);
                    }
                    if (l.startsWith("-07:00:00", i)) {
                        return of(i, i + 9, NUM_COLON_SECONDS_TZ);
                    }
                    if (l.startsWith("-0700", i)) {
                        return of(i, i + 5, NUM_TZ);
                    }
                    if (l.startsWith("-07:00", i)) {
                        return of(i, i + 6, NUM_COLON_TZ);
                    }
                    if (l.startsWith("-07", i)) {
                        return of(i, i + 3, NUM_SHORT_TZ);
                    }
                    break;
                case 'Z':
                    if (l.startsWith("Z070000", i)) {
                        return of(i, i + 7, ISO_SECONDS_TZ);
                    }
                    if (l.startsWith("Z07:00:00", i)) {
                        return of(i, i + 9, ISO_COLON_SECONDS_TZ);
                    }
                    if (l.startsWith("Z0700", i)) {
                        return of(i, i + 5, ISO_TZ);
                    }
                    if (l.startsWith("Z07:00", i)) {
                        return of(i, i + 6, ISO_COLON_TZ);
                    }
                    if (l.startsWith("Z07", i)) {
                        return of(i, i + 3, ISO_SHORT_TZ);
                    }
                    break;
                case '.', ',':
                    if (i + 1 < n && (l.charAt(i + 1) == '0' || l.charAt(i + 1) == '9')) {
                        char ch = l.charAt(i + 1);
                        int j = i + 1;
                        while (j < n && l.charAt(j) == ch) {
                            j++;
                        }
                        // the run of digits must end here: only a fractional second is all digits
                        if (!(j < n && l.charAt(j) >= '0' && l.charAt(j) <= '9')) {
                            int digits = (j - (i + 1)) & 0xfff;
                            return new LayoutChunk(i, j, ch == '9' ? FRAC9 : FRAC0, digits, c);
                        }
                    }
                    break;
                default:
                    break;
            }
        }
        return of(n, n, NONE);
    }

    private static LayoutChunk of(int start, int end, int kind) {
        return new LayoutChunk(start, end, kind, 0, '.');
    }

    private static boolean lowerAt(String s, int i) {
        return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
    }
}
