package gosub.runtime;

import gosub.syntax.Pos;
import java.util.function.Consumer;

/** One goroutine: a virtual thread plus what the scheduler knows about it (and its body). */
public final class Goroutine implements Runnable {
    public final long id;
    public final Run run;
    /** The function it runs, as Go names it in traces (main.main, main.worker, main.main.func1). */
    public final String funcName;
    public final String creator;
    public final Pos createdAt;
    /** The goroutine whose go statement started this one (0: started by the runtime). */
    public long creatorId;
    private final Scheduler scheduler;
    private Consumer<Goroutine> body;
    /** Set (under the run lock) by Scheduler.ready; read by the parked thread without it. */
    volatile boolean woken;
    /** Parked on the outside world (counted in the scheduler's ioWaiters). */
    boolean ioWait;
    /** Neighbours in the scheduler's list of live goroutines (GoroutineList). */
    Goroutine prevLive, nextLive;
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

    Goroutine(long id, Run run, String funcName, String creator, Pos createdAt, Scheduler scheduler, Consumer<Goroutine> body) {
        this.id = id;
        this.run = run;
        this.funcName = funcName;
        this.creator = creator;
        this.createdAt = createdAt;
        this.scheduler = scheduler;
        this.body = body;
    }

    /** The virtual thread's task: the body, then the scheduler forgets the goroutine. */
    @Override
    public void run() {
        Consumer<Goroutine> b = body;
        body = null;
        try {
            b.accept(this);
        } finally {
            scheduler.exited(this);
        }
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
}
