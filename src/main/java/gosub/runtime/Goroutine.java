package gosub.runtime;

import gosub.syntax.Pos;
import java.util.concurrent.locks.Condition;

/** One goroutine: a virtual thread plus what the scheduler knows about it. */
public final class Goroutine {
    public final long id;
    public final Run run;
    /** The function it runs, as Go names it in traces (main.main, main.worker, main.main.func1). */
    public final String funcName;
    public final String creator;
    public final Pos createdAt;
    /** The goroutine whose go statement started this one (0: started by the runtime). */
    public long creatorId;
    final Condition cond;
    boolean woken;
    /** Why it waits (Go's wait reason) and where, while parked. */
    String waitReason;
    Pos waitPos;
    /** The panic whose deferred calls are running, for recover(). */
    public GoPanic panicking;
    /** The program's function running innermost (null before the first call). */
    public String currentFn;
    /** Where the program last called into a library function still running (else null). */
    public Pos libCallSite;
    /** Whether a panic is unwinding this goroutine (counted in run.panicking). */
    private boolean inPanic;

    /** A panic began running deferred calls: main's return now waits for its outcome. */
    public void panicStarted() {
        if (inPanic) return;
        inPanic = true;
        run.panicking.incrementAndGet();
    }

    /** The panic was recovered (or the goroutine ended): main may return again. */
    public void panicEnded() {
        if (!inPanic) return;
        inPanic = false;
        run.panicking.decrementAndGet();
    }

    /** The Go frames unwound so far by a stack overflow (null until one happens). */
    public OverflowTrace overflow;
    Thread thread;

    Goroutine(long id, Run run, String funcName, String creator, Pos createdAt, Condition cond) {
        this.id = id;
        this.run = run;
        this.funcName = funcName;
        this.creator = creator;
        this.createdAt = createdAt;
        this.cond = cond;
    }

    /** The function to show in the goroutine list: where it is now, else where it started. */
    public String shownFn() {
        return currentFn != null ? currentFn : funcName;
    }

    /** Go's `created by F in goroutine N` lines (empty for the main goroutine). */
    public String createdBy() {
        if (creator == null) return "";
        if (creator.startsWith(Scheduler.RUNTIME_CREATOR)) {
            return "created by " + creator.substring(Scheduler.RUNTIME_CREATOR.length()) + "\n";
        }
        String in = creatorId > 0 ? " in goroutine " + creatorId : "";
        return "created by " + creator + in + "\n\t" + run.fileName + ":" + (createdAt == null ? 0 : createdAt.line()) + "\n";
    }

    /** The goroutine running on this thread (null outside goroutines). */
    public static Goroutine current() {
        return CURRENT.get();
    }

    static final ThreadLocal<Goroutine> CURRENT = new ThreadLocal<>();
}
