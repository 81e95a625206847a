package gosub.lib.time;

/**
 * Go's {@code Time.Format} and {@code Time.String}.
 *
 * <p>An instant is given as Unix seconds plus nanoseconds (0..999999999) and the zone in effect:
 * its abbreviation (may be empty, then "MST" prints as ±hhmm) and its offset east of UTC in seconds.
 * Dates use the proleptic Gregorian calendar, as Go does.
 */
public final class TimeLayout {
    private TimeLayout() {}

    /** Layout of Go's {@code Time.String}. */
    public static final String STRING_LAYOUT = "2006-01-02 15:04:05.999999999 -0700 MST";

    /** Pass as the monotonic reading of {@link #timeString} when the time has none. */
    public static final long NO_MONOTONIC = Long.MIN_VALUE;

    static final String[] LONG_DAY_NAMES = {
        "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"
    };
    static final String[] LONG_MONTH_NAMES = {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"
    };

    /** Go's {@code t.Format(layout)}. */
    public static String format(long unixSeconds, int nanos, String zoneName, int zoneOffsetSeconds,
                                String layout) {
        Fields f = new Fields(unixSeconds + zoneOffsetSeconds);
        StringBuilder b = new StringBuilder(layout.length() + 10);
        int pos = 0;
        while (pos < layout.length()) {
            LayoutChunk ch = LayoutChunk.next(layout, pos);
            b.append(layout, pos, ch.start());
            if (ch.kind() == LayoutChunk.NONE) {
                break;
            }
            pos = ch.end();
            appendElement(b, ch, f, nanos, zoneName, zoneOffsetSeconds);
        }
        return b.toString();
    }

    /**
     * Go's {@code t.String()}: the {@link #STRING_LAYOUT} form, then " m=±secs.nnnnnnnnn" when a
     * monotonic clock reading (nanoseconds) is present; pass {@link #NO_MONOTONIC} for none.
     */
    public static String timeString(long unixSeconds, int nanos, String zoneName, int zoneOffsetSeconds,
                                    long monotonicNanosOrMinValue) {
        String s = format(unixSeconds, nanos, zoneName, zoneOffsetSeconds, STRING_LAYOUT);
        if (monotonicNanosOrMinValue == NO_MONOTONIC) {
            return s;
        }
        long m = monotonicNanosOrMinValue;
        char sign = m < 0 ? '-' : '+';
        long u = m < 0 ? -m : m;
        StringBuilder b = new StringBuilder(s).append(" m=").append(sign);
        b.append(Long.toUnsignedString(Long.divideUnsigned(u, 1_000_000_000L))).append('.');
        appendInt(b, Long.remainderUnsigned(u, 1_000_000_000L), 9);
        return b.toString();
    }

    private static void appendElement(StringBuilder b, LayoutChunk ch, Fields f, int nanos,
                                      String zoneName, int offset) {
        int kind = ch.kind();
        switch (kind) {
            case LayoutChunk.YEAR -> appendInt(b, Math.abs(f.year) % 100, 2);
            case LayoutChunk.LONG_YEAR -> appendInt(b, f.year, 4);
            case LayoutChunk.MONTH -> b.append(LONG_MONTH_NAMES[f.month - 1], 0, 3);
            case LayoutChunk.LONG_MONTH -> b.append(LONG_MONTH_NAMES[f.month - 1]);
            case LayoutChunk.NUM_MONTH -> appendInt(b, f.month, 0);
            case LayoutChunk.ZERO_MONTH -> appendInt(b, f.month, 2);
            case LayoutChunk.WEEKDAY -> b.append(LONG_DAY_NAMES[f.weekday], 0, 3);
            case LayoutChunk.LONG_WEEKDAY -> b.append(LONG_DAY_NAMES[f.weekday]);
            case LayoutChunk.DAY -> appendInt(b, f.day, 0);
            case LayoutChunk.UNDER_DAY -> {
                if (f.day < 10) {
                    b.append(' ');
                }
                appendInt(b, f.day, 0);
            }
            case LayoutChunk.ZERO_DAY -> appendInt(b, f.day, 2);
            case LayoutChunk.UNDER_YEAR_DAY -> {
                if (f.yday < 100) {
                    b.append(f.yday < 10 ? "  " : " ");
                }
                appendInt(b, f.yday, 0);
            }
            case LayoutChunk.ZERO_YEAR_DAY -> appendInt(b, f.yday, 3);
            case LayoutChunk.HOUR -> appendInt(b, f.hour, 2);
            case LayoutChunk.HOUR12 -> appendInt(b, hour12(f.hour), 0);
            case LayoutChunk.ZERO_HOUR12 -> appendInt(b, hour12(f.hour), 2);
            case LayoutChunk.MINUTE -> appendInt(b, f.minute, 0);
            case LayoutChunk.ZERO_MINUTE -> appendInt(b, f.minute, 2);
            case LayoutChunk.SECOND -> appendInt(b, f.second, 0);
            case LayoutChunk.ZERO_SECOND -> appendInt(b, f.second, 2);
            case LayoutChunk.PM_UPPER -> b.append(f.hour >= 12 ? "PM" : "AM");
            case LayoutChunk.PM_LOWER -> b.append(f.hour >= 12 ? "pm" : "am");
            case LayoutChunk.TZ -> {
                if (!zoneName.isEmpty()) {
                    b.append(zoneName);
                } else {
                    // no abbreviation known: use the -0700 form (seconds dropped)
                    int zone = offset / 60;
                    if (zone < 0) {
                        b.append('-');
                        zone = -zone;
                    } else {
                        b.append('+');
                    }
                    appendInt(b, zone / 60, 2);
                    appendInt(b, zone % 60, 2);
                }
            }
            case LayoutChunk.FRAC0, LayoutChunk.FRAC9 -> appendFraction(b, nanos, ch);
            default -> {
                if (LayoutChunk.isTzOffset(kind)) {
                    appendOffset(b, kind, offset);
                }
            }
        }
    }

    private static int hour12(int hour) {
        int hr = hour % 12;
        return hr == 0 ? 12 : hr;
    }

    /** Numeric zone offsets; the Z forms print "Z" for a zero offset. Mirrors Go's quirks. */
    private static void appendOffset(StringBuilder b, int kind, int offset) {
        if (offset == 0 && LayoutChunk.isIsoTz(kind)) {
            b.append('Z');
            return;
        }
        int zone = offset / 60; // minutes, truncated toward zero
        int absOffset = offset;
        if (zone < 0) {
            b.append('-');
            zone = -zone;
            absOffset = -absOffset;
        } else {
            b.append('+');
        }
        appendInt(b, zone / 60, 2);
        boolean colon = kind == LayoutChunk.ISO_COLON_TZ || kind == LayoutChunk.NUM_COLON_TZ
                || kind == LayoutChunk.ISO_COLON_SECONDS_TZ || kind == LayoutChunk.NUM_COLON_SECONDS_TZ;
        if (colon) {
            b.append(':');
        }
        if (kind != LayoutChunk.NUM_SHORT_TZ && kind != LayoutChunk.ISO_SHORT_TZ) {
            appendInt(b, zone % 60, 2);
        }
        boolean seconds = kind == LayoutChunk.ISO_SECONDS_TZ || kind == LayoutChunk.NUM_SECONDS_TZ
                || kind == LayoutChunk.ISO_COLON_SECONDS_TZ || kind == LayoutChunk.NUM_COLON_SECONDS_TZ;
        if (seconds) {
            if (kind == LayoutChunk.ISO_COLON_SECONDS_TZ || kind == LayoutChunk.NUM_COLON_SECONDS_TZ) {
                b.append(':');
            }
            appendInt(b, absOffset % 60, 2);
        }
    }

    private static void appendFraction(StringBuilder b, int nanos, LayoutChunk ch) {
        int n = Math.min(ch.digits(), 9);
        char[] digits = new char[9];
        int u = nanos;
        for (int i = 8; i >= 0; i--) {
            digits[i] = (char) ('0' + u % 10);
            u /= 10;
        }
        if (ch.kind() == LayoutChunk.FRAC9) {
            while (n > 0 && digits[n - 1] == '0') {
                n--;
            }
            if (n == 0) {
                return;
            }
        }
        b.append(ch.sep()).append(digits, 0, n);
    }

    /** Go's time.appendInt: optional '-', then the magnitude zero-padded to width. */
    static void appendInt(StringBuilder b, long x, int width) {
        String digits;
        if (x < 0) {
            b.append('-');
            digits = Long.toUnsignedString(-x);
        } else {
            digits = Long.toString(x);
        }
        for (int w = digits.length(); w < width; w++) {
            b.append('0');
        }
        b.append(digits);
    }

    /** Calendar fields of a local (offset-applied) Unix second. */
    static final class Fields {
        final long year;
        final int month; // 1..12
        final int day; // 1..31
        final int yday; // 1..366
        final int weekday; // 0 = Sunday
        final int hour;
        final int minute;
        final int second;

        Fields(long localSeconds) {
            long days = Math.floorDiv(localSeconds, 86400L);
            int sod = (int) Math.floorMod(localSeconds, 86400L);
            hour = sod / 3600;
            minute = sod / 60 % 60;
            second = sod % 60;
            weekday = (int) Math.floorMod(days + 4, 7L); // 1970-01-01 was a Thursday
            long[] ymd = civilFromDays(days);
            year = ymd[0];
            month = (int) ymd[1];
            day = (int) ymd[2];
            yday = (int) (days - daysFromCivil(year, 1, 1)) + 1;
        }
    }

    /** Days since 1970-01-01 to {year, month, day} (proleptic Gregorian). */
    public static long[] civilFromDays(long days) {
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097L);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        return new long[] {y, m, d};
    }

    /** {year, month 1..12, day} to days since 1970-01-01 (proleptic Gregorian). */
    public static long daysFromCivil(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400L);
        long yoe = y - era * 400;
        long mp = month > 2 ? month - 3 : month + 9;
        long doy = (153 * mp + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
}
