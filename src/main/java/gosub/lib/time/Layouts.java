package gosub.lib.time;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The predefined layout constants of Go's package time. */
public final class Layouts {
    private Layouts() {}

    public static final String LAYOUT = "01/02 03:04:05PM '06 -0700";
    public static final String ANSIC = "Mon Jan _2 15:04:05 2006";
    public static final String UNIX_DATE = "Mon Jan _2 15:04:05 MST 2006";
    public static final String RUBY_DATE = "Mon Jan 02 15:04:05 -0700 2006";
    public static final String RFC822 = "02 Jan 06 15:04 MST";
    public static final String RFC822Z = "02 Jan 06 15:04 -0700";
    public static final String RFC850 = "Monday, 02-Jan-06 15:04:05 MST";
    public static final String RFC1123 = "Mon, 02 Jan 2006 15:04:05 MST";
    public static final String RFC1123Z = "Mon, 02 Jan 2006 15:04:05 -0700";
    public static final String RFC3339 = "2006-01-02T15:04:05Z07:00";
    public static final String RFC3339_NANO = "2006-01-02T15:04:05.999999999Z07:00";
    public static final String KITCHEN = "3:04PM";
    public static final String STAMP = "Jan _2 15:04:05";
    public static final String STAMP_MILLI = "Jan _2 15:04:05.000";
    public static final String STAMP_MICRO = "Jan _2 15:04:05.000000";
    public static final String STAMP_NANO = "Jan _2 15:04:05.000000000";
    public static final String DATE_TIME = "2006-01-02 15:04:05";
    public static final String DATE_ONLY = "2006-01-02";
    public static final String TIME_ONLY = "15:04:05";

    /** Go constant name (as written in Go source, e.g. "RFC3339Nano") to layout, in Go's order. */
    public static final Map<String, String> BY_GO_NAME;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Layout", LAYOUT);
        m.put("ANSIC", ANSIC);
        m.put("UnixDate", UNIX_DATE);
        m.put("RubyDate", RUBY_DATE);
        m.put("RFC822", RFC822);
        m.put("RFC822Z", RFC822Z);
        m.put("RFC850", RFC850);
        m.put("RFC1123", RFC1123);
        m.put("RFC1123Z", RFC1123Z);
        m.put("RFC3339", RFC3339);
        m.put("RFC3339Nano", RFC3339_NANO);
        m.put("Kitchen", KITCHEN);
        m.put("Stamp", STAMP);
        m.put("StampMilli", STAMP_MILLI);
        m.put("StampMicro", STAMP_MICRO);
        m.put("StampNano", STAMP_NANO);
        m.put("DateTime", DATE_TIME);
        m.put("DateOnly", DATE_ONLY);
        m.put("TimeOnly", TIME_ONLY);
        BY_GO_NAME = Collections.unmodifiableMap(m);
    }
}
