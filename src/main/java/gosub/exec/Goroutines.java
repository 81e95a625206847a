package gosub.exec;

import gosub.runtime.ExitException;
import gosub.runtime.GoPanic;
import gosub.runtime.Goroutine;
import gosub.runtime.Run;

/** What happens at the bottom of every goroutine: an unrecovered panic ends the program. */
public final class Goroutines {
    private Goroutines() {}

    public static void body(Goroutine g, Runnable r) {
        Run run = g.run;
        try {
            r.run();
        } catch (ExitException e) {
            // The program ended while this goroutine ran.
        } catch (GoPanic p) {
            if (p.goexit) return;
            if (!run.exited()) run.die(RuntimePrint.panicReport(p, g), 2);
        } catch (StackOverflowError e) {
            run.die(stackOverflowReport(g), 2);
        } catch (OutOfMemoryError e) {
            run.fatal("runtime: out of memory", "");
        } catch (RuntimeException | Error e) {
            if (!run.exited()) {
                StringBuilder sb = new StringBuilder("gosub: internal error: " + e + "\n");
                StackTraceElement[] st = e.getStackTrace();
                if (System.getenv("GOSUB_DEBUG") != null) e.printStackTrace();
                else if (st.length > 0) sb.append("\tat ").append(st[0]).append('\n');
                run.die(sb.toString(), 2);
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
