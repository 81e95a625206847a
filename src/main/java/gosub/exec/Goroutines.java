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
            if (!run.exited()) {
                String report = RuntimePrint.panicReport(p, g);
                run.stderr(report);
                run.exit(2);
            }
        } catch (StackOverflowError e) {
            run.stderr("runtime: goroutine stack exceeds 1000000000-byte limit\n");
            run.fatal("stack overflow", "\ngoroutine " + g.id + " [running]:\n");
        } catch (OutOfMemoryError e) {
            run.fatal("runtime: out of memory", "");
        } catch (RuntimeException | Error e) {
            if (!run.exited()) {
                run.stderr("gosub: internal error: " + e + "\n");
                StackTraceElement[] st = e.getStackTrace();
                if (System.getenv("GOSUB_DEBUG") != null) e.printStackTrace();
                else if (st.length > 0) run.stderr("\tat " + st[0] + "\n");
                run.exit(2);
            }
        }
    }
}
