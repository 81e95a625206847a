package gosub.engine;

import java.lang.management.ManagementFactory;

/**
 * GOSUB_TIMING=1: prints, on stderr, when each phase of a run ended, in ms since the launcher
 * started (it passes the time in GOSUB_TIMING_START, in µs since the epoch), or since the JVM
 * started when run without the launcher (asking the JVM costs a few ms of the first phase).
 */
public final class Timing {
    private Timing() {}

    public static final boolean ON = System.getenv("GOSUB_TIMING") != null;
    private static long startMillis = ON ? launcherStart() : 0;

    public static void mark(String phase) {
        if (!ON) return;
        if (startMillis == 0) startMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.printf("gosub: %-14s %5d ms%n", phase, System.currentTimeMillis() - startMillis);
    }

    private static long launcherStart() {
        try {
            return Long.parseLong(System.getenv().getOrDefault("GOSUB_TIMING_START", "0")) / 1000;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
