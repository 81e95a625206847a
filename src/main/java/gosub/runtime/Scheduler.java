package gosub.runtime;

import gosub.syntax.Pos;
import java.util.ArrayList;
import java.util.PriorityQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Knows every goroutine and why it waits. Every block and wake goes through park/ready, so
 * deadlock detection, the fake clock and (later) tracing live here. One lock guards all
 * channels, timers and sync primitives of a run, which keeps select and the all-asleep check
 * simple and exact.
 *
 * <p>The lock is taken with lock() and released with unlock(). A goroutine parks with
 * LockSupport, not a Condition: ready(g) does all the bookkeeping under the lock and queues
 * the thread, which unlock() unparks once the lock is free, so a woken goroutine never waits
 * for the lock just to return from park (a million woken goroutines would queue on it).
 */
public final class Scheduler {
    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadFactory threads = Thread.ofVirtual().factory();
    /** Goroutines readied under the lock, unparked when it is released. */
    private Goroutine wakeOne;
    private final ArrayList<Goroutine> wakeMore = new ArrayList<>();
    /**
     * Prefix of a creator that is library code run by the runtime (a timer's AfterFunc): its
     * `created by` line is given whole, with no goroutine number (as Go prints time.goFunc).
     */
    public static final String RUNTIME_CREATOR = "\0runtime:";
    private final Run run;
    /** In creation order, for Go's goroutine list; removal must be O(1) with a million of them. */
    private final GoroutineList all = new GoroutineList();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final Condition timerChanged = lock.newCondition();
    private long nextId = 1;
    private long timerSeq;
    private int blocked;
    /** Goroutines blocked on the outside world (a server waiting for connections). */
    private int ioWaiters;
    private Thread timerThread;
    private Thread monitor;

    static {
        Carriers.startNarrow();
        // A virtual thread that ends loads what the JDK runs when one ends (StackableScope).
        // Otherwise the JIT may compile VirtualThread.run before any has ended, with a trap
        // there, and a million goroutines parked in that code would each deoptimize on ending.
        Thread.ofVirtual().start(() -> {});
    }

    Scheduler(Run run) {
        this.run = run;
    }

    public Clock clock() {
        return run.clock;
    }

    /**
     * Takes the run lock. It is held only for a few steps at a time, so a contender spins
     * briefly before blocking: a virtual thread that blocks on the lock is queued behind every
     * runnable goroutine before it may take it (with a million runnable that is a convoy).
     */
    public void lock() {
        if (!lock.tryLock()) contend();
        progress++;
    }

    private void contend() {
        for (int i = 0; i < SPINS; i++) {
            Thread.onSpinWait();
            if (lock.tryLock()) return;
        }
        lock.lock();
    }

    /**
     * Counts lock acquisitions, readied goroutines and wakes, for the Monitor: while it moves, goroutines are being
     * scheduled. (Written outside the lock when waking many; a lost increment does not matter.)
     */
    private volatile long progress;

    private static final int SPINS = 100;

    /** Releases the run lock, then unparks the goroutines readied while it was held. */
    public void unlock() {
        Goroutine one = wakeOne;
        if (one == null) {
            lock.unlock();
            return;
        }
        wakeOne = null;
        Goroutine[] more = null;
        if (!wakeMore.isEmpty()) {
            more = wakeMore.toArray(new Goroutine[0]);
            wakeMore.clear();
        }
        lock.unlock();
        LockSupport.unpark(one.thread);
        if (more != null) {
            for (Goroutine g : more) {
                LockSupport.unpark(g.thread);
                progress++;
            }
        }
    }

    /**
     * Starts a goroutine running body on a new virtual thread. parent: the goroutine whose go
     * statement starts it (null for main and for the runtime's own goroutines).
     */
    public Goroutine spawn(String funcName, String creator, Pos createdAt, Goroutine parent, java.util.function.Consumer<Goroutine> body) {
        Goroutine g;
        lock();
        try {
            if (run.exited()) throw new ExitException();
            long id = nextId == 1 ? 1 : nextId + 4;
            nextId++;
            g = new Goroutine(id, run, funcName, creator, createdAt, this, body);
            g.creatorId = parent != null && parent.run == run ? parent.id : 0;
            g.thread = threads.newThread(g);
            all.add(g);
            if (all.size() == 2 && monitor == null) monitor = Monitor.start(run, this);
        } finally {
            unlock();
        }
        // Started outside the lock: starting may wake a carrier thread.
        g.thread.start();
        return g;
    }

    void exited(Goroutine g) {
        g.panicEnded();
        lock();
        try {
            all.remove(g);
            if (all.isEmpty() && !run.exited()) {
                // Only possible when main called runtime.Goexit and every other goroutine ended.
                run.fatal("no goroutines (main called runtime.Goexit) - deadlock!", "");
                return;
            }
            if (all.isEmpty()) run.goroutinesGone();
            if (!run.exited()) checkAllAsleep();
        } finally {
            unlock();
        }
    }

    /** Whether a goroutine other than the current thread's is alive (lock held). */
    boolean othersRunning() {
        int n = all.size();
        return n > 1 || n == 1 && all.iterator().next().thread != Thread.currentThread();
    }

    public int count() {
        lock();
        try {
            return all.size();
        } finally {
            unlock();
        }
    }

    /**
     * Marks g (the current goroutine, lock held) as blocked until ready(g); the caller then
     * releases the lock and calls await(g). reason is Go's wait reason ("chan receive",
     * "sleep", ...). io: the wait is on the outside world, never a deadlock.
     *
     * <p>Callers keep what runs after await free of branches (and helpers with branches) that
     * also run before blocking: the JIT compiles a branch seen going one way only as a trap, and
     * a million goroutines that parked in such code would each deoptimize on waking.
     */
    public void block(Goroutine g, String reason, Pos pos, boolean io) {
        g.waitReason = reason;
        g.waitPos = pos;
        g.woken = false;
        g.ioWait = io;
        // The caller releases the lock once before awaiting: a nested hold would keep it while parked.
        if (lock.getHoldCount() != 1) throw new IllegalStateException("park with the run lock held " + lock.getHoldCount() + " times");
        blocked++;
        if (io) ioWaiters++;
        run.out.flush();
        checkAllAsleep();
    }

    /**
     * Parks g (blocked, lock released) until it is readied; whoever readied it has finished the
     * operation for it. The loop's test runs only after a park, never before (see block).
     */
    public void await(Goroutine g) {
        if (run.exited()) throw new ExitException();
        do {
            LockSupport.park(this);
        } while (!g.woken && !run.exited());
        if (run.exited()) throw new ExitException();
    }

    /** block, unlock and await: for callers with nothing to do after waking. */
    public void park(Goroutine g, String reason, Pos pos, boolean io) {
        block(g, reason, pos, io);
        unlock();
        await(g);
    }

    /** Wakes a parked goroutine (lock held); its thread is unparked when the lock is released. */
    public void ready(Goroutine g) {
        if (g.woken) return;
        g.waitReason = null;
        if (g.ioWait) {
            g.ioWait = false;
            ioWaiters--;
        }
        blocked--;
        g.woken = true;
        progress++;
        if (wakeOne == null) wakeOne = g;
        else wakeMore.add(g);
    }

    /** Unparks the readied goroutines while still holding the lock (the timer thread). */
    private void wakeNow() {
        if (wakeOne == null) return;
        LockSupport.unpark(wakeOne.thread);
        wakeOne = null;
        for (Goroutine g : wakeMore) LockSupport.unpark(g.thread);
        wakeMore.clear();
    }

    /** Runs fire (lock held) after d nanoseconds of the run's clock. */
    public Timer addTimer(long delayNanos, Runnable fire) {
        Timer t = new Timer(run.clock.elapsed() + Math.max(0, delayNanos), fire, timerSeq++);
        t.pending = true;
        timers.add(t);
        if (!run.clock.fake) {
            startTimerThread();
            timerChanged.signal();
        }
        return t;
    }

    /** Stops a timer (lock held); true if it was pending. */
    public boolean removeTimer(Timer t) {
        boolean was = t.pending;
        t.pending = false;
        timers.remove(t);
        return was;
    }

    /** When every goroutine waits: advance the fake clock, or report a deadlock. */
    private void checkAllAsleep() {
        while (blocked >= all.size() && !all.isEmpty() && !run.exited()) {
            if (!timers.isEmpty()) {
                if (!run.clock.fake) return;
                Timer t = timers.peek();
                if (run.timeLimit > 0 && t.when > run.timeLimit) {
                    run.clock.advanceTo(run.timeLimit);
                    run.stopAtTimeLimit();
                    return;
                }
                run.clock.advanceTo(t.when);
                fireDue();
                continue;
            }
            if (ioWaiters > 0) return;
            run.fatal("all goroutines are asleep - deadlock!", goroutineList());
            return;
        }
    }

    private void fireDue() {
        long now = run.clock.elapsed();
        while (!timers.isEmpty() && timers.peek().when <= now) {
            Timer t = timers.poll();
            t.pending = false;
            t.fire.run();
        }
    }

    private void startTimerThread() {
        if (timerThread != null) return;
        timerThread = Thread.ofPlatform().daemon().name("gosub-timers").start(() -> {
            lock();
            try {
                while (!run.exited()) {
                    wakeNow();
                    if (timers.isEmpty()) {
                        timerChanged.awaitUninterruptibly();
                        continue;
                    }
                    long wait = timers.peek().when - run.clock.elapsed();
                    if (wait > 0) {
                        try {
                            timerChanged.awaitNanos(wait);
                        } catch (InterruptedException e) {
                            return;
                        }
                        continue;
                    }
                    fireDue();
                }
            } finally {
                unlock();
            }
        });
    }

    /** Wakes everything so that parked goroutines see the run has ended (lock not needed). */
    void wakeAllForExit() {
        lock();
        try {
            for (Goroutine g : all) LockSupport.unpark(g.thread);
            timerChanged.signalAll();
        } finally {
            unlock();
        }
    }

    /** For the Monitor (read without the lock): lock acquisitions so far. */
    long progress() {
        return progress;
    }

    /** For the Monitor (read without the lock, so only an estimate): goroutines not blocked. */
    int notBlocked() {
        return all.size() - blocked;
    }

    boolean exitedRun() {
        return run.exited();
    }

    /** Go's goroutine dump: the main goroutine first, then the others in creation order. */
    public String goroutineList() {
        return goroutineList(null);
    }

    /** The goroutine dump without except (which the caller reports itself). */
    public String goroutineList(Goroutine except) {
        StringBuilder sb = new StringBuilder();
        lock();
        try {
            for (Goroutine g : all) {
                if (g != except) dump(sb, g);
            }
        } finally {
            unlock();
        }
        return sb.toString();
    }

    private void dump(StringBuilder sb, Goroutine g) {
        if (sb.length() > 0) sb.append('\n');
        sb.append("goroutine ").append(g.id).append(" [").append(g.waitReason == null ? "running" : g.waitReason).append("]:\n");
        sb.append(g.shownFn()).append("()\n\t").append(run.fileName).append(':').append(g.waitPos == null ? 0 : g.waitPos.line()).append('\n');
        sb.append(g.createdBy());
    }

    /** Sleeps the current goroutine for d nanoseconds of the run's clock. */
    public void sleep(Goroutine g, long d, Pos pos) {
        lock();
        try {
            if (d <= 0) {
                run.out.flush();
                return;
            }
            addTimer(d, () -> ready(g));
            block(g, "sleep", pos, false);
        } finally {
            unlock();
        }
        await(g);
    }

    /** Used by timeouts of the real clock: waits at most until the run ends. */
    static void awaitQuietly(Condition c, long nanos) {
        try {
            c.await(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
