package gosub.exec;

import gosub.runtime.ExitException;
import gosub.runtime.GoPanic;
import gosub.runtime.Goroutine;
import gosub.runtime.Run;
import java.util.function.Consumer;

/** What happens at the bottom of every goroutine: an unrecovered panic ends the program. */
public final class Goroutines {
    private Goroutines() {}

    /**
     * The body of a go statement's goroutine: runs the prepared call. A class rather than a
     * lambda around body(): every Java frame below a parked goroutine is copied when it parks.
     */
    public static final class GoCall implements Consumer<Goroutine> {
        private final Calls.Prepared call;

        public GoCall(Calls.Prepared call) {
            this.call = call;
        }

        @Override
        public void accept(Goroutine g) {
            try {
                call.call(g, false);
            } catch (RuntimeException | Error e) {
                ended(g, e);
            }
        }
    }

    public static void body(Goroutine g, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException | Error e) {
            ended(g, e);
        }
    }

    /** A goroutine's body threw e: the program ended, a panic, or a gosub bug. */
    private static void ended(Goroutine g, Throwable e) {
        Run run = g.run;
        switch (e) {
            case ExitException x -> {
                // The program ended while this goroutine ran.
            }
            case GoPanic p -> {
                if (p.goexit) return;
                if (!run.exited()) run.die(RuntimePrint.panicReport(p, g), 2);
            }
            case StackOverflowError x -> run.die(stackOverflowReport(g), 2);
            case OutOfMemoryError x -> run.fatal("runtime: out of memory", "");
            default -> {
                if (!run.exited()) {
                    StringBuilder sb = new StringBuilder("gosub: internal error: " + e + "\n");
                    StackTraceElement[] st = e.getStackTrace();
                    if (System.getenv("GOSUB_DEBUG") != null) e.printStackTrace();
                    else if (st.length > 0) sb.append("\tat ").append(st[0]).append('\n');
                    run.die(sb.toString(), 2);
                }
            }
        }
    }

    /** Go's report of a goroutine that outgrew its stack: its frames, then the others. */
    private static String stackOverflowReport(Goroutine g) {
        Run run = g.run;
        StringBuilder sb = new StringBuilder();
        sb.append("runtime: goroutine stack exceeds 1000000000-byte limit\n");
        sb.append("fatal error: stack overflow\n\n");
        sb.append("goroutine ").append(g.id).append(" [running]:\n");
        if (g.overflow != null) sb.append(g.overflow.format(run.fileName));
        sb.append(g.createdBy());
        String others = run.scheduler.goroutineList(g);
        if (!others.isEmpty()) sb.append('\n').append(others);
        return sb.toString();
    }
}
