package gosub.runtime;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * Everything one execution of a program owns: its streams, clock, scheduler, globals and
 * exit status. Nothing is static, so runs in one JVM (the golden tests) never interfere.
 */
public final class Run {
    public final String fileName;
    public final Output out;
    public final PrintStream err;
    public final InputStream in;
    public final Clock clock;
    public final Scheduler scheduler;
    /** Virtual time (nanoseconds since start) at which to stop; 0 for none. */
    public final long timeLimit;
    /** The time limit as the user wrote it, for the message when it is reached. */
    public String timeLimitText = "";
    public Object[] globals = new Object[0];
    /** How library code calls back into the program (set by the engine). */
    public MethodCaller methods;
    /** Per-run state of library packages (rand sources, http handlers, ...), by key. */
    public final java.util.concurrent.ConcurrentHashMap<Object, Object> libState = new java.util.concurrent.ConcurrentHashMap<>();

    private volatile boolean exited;
    private int exitCode;
    private final CountDownLatch done = new CountDownLatch(1);

    public Run(String fileName, InputStream in, java.io.OutputStream out, PrintStream err, boolean fakeTime, long timeLimit) {
        this.fileName = fileName;
        this.in = in;
        this.out = new Output(out);
        this.err = err;
        this.clock = new Clock(fakeTime);
        this.timeLimit = timeLimit;
        this.scheduler = new Scheduler(this);
    }

    public boolean exited() {
        return exited;
    }

    /** Ends the program with code: output so far is flushed, later output is dropped. */
    public void exit(int code) {
        synchronized (this) {
            if (exited) return;
            out.close();
            exitCode = code;
            exited = true;
        }
        done.countDown();
        scheduler.wakeAllForExit();
    }

    /** Go's `fatal error: ...` followed by the goroutine dump, exit status 2. */
    public void fatal(String message, String goroutines) {
        synchronized (this) {
            if (exited) return;
            out.flush();
            err.print("fatal error: " + message + "\n\n" + goroutines);
            err.flush();
        }
        exit(2);
    }

    /** Writes s to stderr after flushing stdout (print, println, panics). */
    public void stderr(String s) {
        synchronized (this) {
            if (exited) return;
            out.flush();
            err.write(s.getBytes(StandardCharsets.UTF_8), 0, s.getBytes(StandardCharsets.UTF_8).length);
            err.flush();
        }
    }

    /** Ends a never-ending program at --time-limit (not a failure: exit status 0). */
    public void stopAtTimeLimit() {
        stderr("gosub: stopped at the time limit (" + timeLimitText + ")\n");
        exit(0);
    }

    public int awaitExit() throws InterruptedException {
        done.await();
        return exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
