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
    /** How much of the program to compile to JVM bytecode (Jit in package exec: 0 off, 1 hot, 2 all). */
    public int jit = 1;
    /** How library code calls back into the program (set by the engine). */
    public MethodCaller methods;
    /** Per-run state of library packages (rand sources, http handlers, ...), by key. */
    public final java.util.concurrent.ConcurrentHashMap<Object, Object> libState = new java.util.concurrent.ConcurrentHashMap<>();

    /** Goroutines unwinding a panic that has run or is running deferred calls. */
    public final java.util.concurrent.atomic.AtomicInteger panicking = new java.util.concurrent.atomic.AtomicInteger();

    private volatile boolean exited;
    /** This run's exit holds ExitPoll's switch until its last goroutine ends (under the scheduler lock). */
    private boolean holdsPoll;
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

    private static final long PREEMPT_NANOS = 100_000;

    /** Set by the Monitor for one tick while goroutines wait for a carrier (see ExitPoll). */
    volatile boolean preempting;

    /**
     * A loop trip's look at the run while ExitPoll's switch is on: whether it has ended. A
     * goroutine asked to give up its carrier yields here, as Go preempts one that runs long
     * (without it, goroutines that never block would keep the others from ever running).
     */
    public boolean loopPoll() {
        // Parked for a moment, not Thread.yield: a yielded virtual thread goes back to its
        // carrier's own queue, ahead of goroutines woken from other threads (timers).
        if (preempting && !exited) java.util.concurrent.locks.LockSupport.parkNanos(PREEMPT_NANOS);
        return exited;
    }

    /** Ends the program with code: output so far is flushed, later output is dropped. */
    public void exit(int code) {
        scheduler.lock();
        try {
            synchronized (this) {
                if (exited) return;
                out.close();
                exitCode = code;
                markExited();
            }
        } finally {
            scheduler.unlock();
        }
        done.countDown();
        scheduler.wakeAllForExit();
    }

    /**
     * Called when main returns, before exit(0). Like Go's runtime, lets a goroutine that is
     * panicking finish: its report then ends the program with status 2. A panic whose deferred
     * calls never finish does not hold the program for long (Go yields 1000 times).
     */
    public void awaitPanics() {
        long deadline = System.nanoTime() + 200_000_000L;
        while (panicking.get() > 0 && !exited && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Go's `fatal error: ...` followed by the goroutine dump, exit status 2. */
    public void fatal(String message, String goroutines) {
        die("fatal error: " + message + "\n\n" + goroutines, 2);
    }

    /**
     * Prints report on stderr and ends the program with code, as one step: a main goroutine
     * returning at the same moment either ends the program before any of the report is
     * printed, or not at all (Go's main waits for a panicking goroutine to finish its report).
     */
    public void die(String report, int code) {
        scheduler.lock();
        try {
            synchronized (this) {
                if (exited) return;
                out.flush();
                byte[] b = report.getBytes(StandardCharsets.UTF_8);
                err.write(b, 0, b.length);
                err.flush();
                out.close();
                exitCode = code;
                markExited();
            }
        } finally {
            scheduler.unlock();
        }
        done.countDown();
        scheduler.wakeAllForExit();
    }

    /**
     * Sets exited (scheduler lock held, so no goroutine starts meanwhile). Loops poll exited
     * only while ExitPoll says so: it is switched on first when another goroutine could be
     * running, and released when the last one ends (pollReleased).
     */
    private void markExited() {
        if (scheduler.othersRunning()) {
            holdsPoll = true;
            ExitPoll.hold();
        }
        exited = true;
    }

    /** The last goroutine of this exited run ended (scheduler lock held). */
    void goroutinesGone() {
        if (!holdsPoll) return;
        holdsPoll = false;
        ExitPoll.release();
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
