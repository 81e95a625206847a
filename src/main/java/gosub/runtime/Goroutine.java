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
    final Condition cond;
    boolean woken;
    /** Why it waits (Go's wait reason) and where, while parked. */
    String waitReason;
    Pos waitPos;
    /** The panic whose deferred calls are running, for recover(). */
    public GoPanic panicking;
    Thread thread;

    Goroutine(long id, Run run, String funcName, String creator, Pos createdAt, Condition cond) {
        this.id = id;
        this.run = run;
        this.funcName = funcName;
        this.creator = creator;
        this.createdAt = createdAt;
        this.cond = cond;
    }

    /** The goroutine running on this thread (null outside goroutines). */
    public static Goroutine current() {
        return CURRENT.get();
    }

    static final ThreadLocal<Goroutine> CURRENT = new ThreadLocal<>();
}
