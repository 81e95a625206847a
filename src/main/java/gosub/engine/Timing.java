package gosub.engine;

import java.lang.management.ManagementFactory;

/** GOSUB_TIMING=1: prints, on stderr, when each phase of a run ended, in ms since the JVM started. */
public final class Timing {
    private Timing() {}

    public static final boolean ON = System.getenv("GOSUB_TIMING") != null;

    public static void mark(String phase) {
        if (!ON) return;
        long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.printf("gosub: %-14s %5d ms%n", phase, since);
    }
}
