package gosub.runtime;

import gosub.syntax.Pos;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Knows every goroutine and why it waits. Every block and wake goes through park/ready, so
 * deadlock detection, the fake clock and (later) tracing live here. One lock guards all
 * channels, timers and sync primitives of a run, which keeps select and the all-asleep check
 * simple and exact.
 */
public final class Scheduler {
    public final ReentrantLock lock = new ReentrantLock();
    /**
     * Prefix of a creator that is library code run by the runtime (a timer's AfterFunc): its
     * `created by` line is given whole, with no goroutine number (as Go prints time.goFunc).
     */
    public static final String RUNTIME_CREATOR = "\0runtime:";
    private final Run run;
    /** In creation order, for Go's goroutine list; removal must be O(1) with a million of them. */
    private final java.util.Set<Goroutine> all = new java.util.LinkedHashSet<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final Condition timerChanged = lock.newCondition();
    private long nextId = 1;
    private long timerSeq;
    private int blocked;
    /** Goroutines blocked on the outside world (a server waiting for connections). */
    private int ioWaiters;
    private Thread timerThread;

    Scheduler(Run run) {
        this.run = run;
    }

    public Clock clock() {
        return run.clock;
    }

    /** Starts a goroutine running body on a new virtual thread. */
    public Goroutine spawn(String funcName, String creator, Pos createdAt, java.util.function.Consumer<Goroutine> body) {
        lock.lock();
        try {
            if (run.exited()) throw new ExitException();
            long id = nextId == 1 ? 1 : nextId + 4;
            nextId++;
            Goroutine g = new Goroutine(id, run, funcName, creator, createdAt, lock.newCondition());
            Goroutine parent = Goroutine.current();
            g.creatorId = parent != null && parent.run == run ? parent.id : 0;
            all.add(g);
            g.thread = Thread.ofVirtual().unstarted(() -> {
                Goroutine.CURRENT.set(g);
                try {
                    body.accept(g);
                } finally {
                    exited(g);
                }
            });
            g.thread.start();
            return g;
        } finally {
            lock.unlock();
        }
    }

    private void exited(Goroutine g) {
        g.panicEnded();
        lock.lock();
        try {
            all.remove(g);
            if (all.isEmpty() && !run.exited()) {
                // Only possible when main called runtime.Goexit and every other goroutine ended.
                run.fatal("no goroutines (main called runtime.Goexit) - deadlock!", "");
                return;
            }
            if (!run.exited()) checkAllAsleep();
        } finally {
            lock.unlock();
        }
    }

    public int count() {
        lock.lock();
        try {
            return all.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks g (the current goroutine, lock held) until ready(g). reason is Go's wait reason
     * ("chan receive", "sleep", ...). io: the wait is on the outside world, never a deadlock.
     */
    public void park(Goroutine g, String reason, Pos pos, boolean io) {
        g.waitReason = reason;
        g.waitPos = pos;
        g.woken = false;
        blocked++;
        if (io) ioWaiters++;
        run.out.flush();
        try {
            checkAllAsleep();
            while (!g.woken) {
                if (run.exited()) throw new ExitException();
                g.cond.awaitUninterruptibly();
            }
        } finally {
            if (io) ioWaiters--;
            g.waitReason = null;
        }
        if (run.exited()) throw new ExitException();
    }

    /** Wakes a parked goroutine (lock held). */
    public void ready(Goroutine g) {
        if (g.woken) return;
        g.woken = true;
        blocked--;
        g.cond.signal();
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
            lock.lock();
            try {
                while (!run.exited()) {
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
                lock.unlock();
            }
        });
    }

    /** Wakes everything so that parked goroutines see the run has ended (lock not needed). */
    void wakeAllForExit() {
        lock.lock();
        try {
            for (Goroutine g : all) g.cond.signal();
            timerChanged.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Go's goroutine dump: the main goroutine first, then the others in creation order. */
    public String goroutineList() {
        return goroutineList(null);
    }

    /** The goroutine dump without except (which the caller reports itself). */
    public String goroutineList(Goroutine except) {
        StringBuilder sb = new StringBuilder();
        lock.lock();
        try {
            for (Goroutine g : all) {
                if (g != except) dump(sb, g);
            }
        } finally {
            lock.unlock();
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
        lock.lock();
        try {
            if (d <= 0) {
                run.out.flush();
                return;
            }
            addTimer(d, () -> ready(g));
            park(g, "sleep", pos, false);
        } finally {
            lock.unlock();
        }
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
