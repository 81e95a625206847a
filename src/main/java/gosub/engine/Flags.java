package gosub.engine;

import gosub.lib.time.DurationText;
import java.util.List;

/** Run options as written in a golden .flags file: --fake-time, --time-limit=12s. */
public final class Flags {
    private Flags() {}

    public static Options parse(List<String> flags, List<String> args) {
        boolean fake = false;
        long limit = 0;
        for (int i = 0; i < flags.size(); i++) {
            String f = flags.get(i);
            if (f.isEmpty()) continue;
            if (f.equals("--fake-time")) {
                fake = true;
            } else if (f.startsWith("--time-limit")) {
                String v = f.contains("=") ? f.substring(f.indexOf('=') + 1) : flags.get(++i);
                limit = duration(v);
            } else {
                throw new IllegalArgumentException("unknown flag " + f);
            }
        }
        return new Options(fake, limit, args);
    }

    public static long duration(String v) {
        DurationText.ParseResult r = DurationText.parse(v);
        if (!r.ok()) throw new IllegalArgumentException(r.error());
        return r.nanos();
    }
}
