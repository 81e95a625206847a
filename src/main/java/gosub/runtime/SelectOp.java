package gosub.runtime;

import gosub.syntax.Pos;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A select statement in progress: picks uniformly among ready cases, else waits on all of
 * them at once (runtime/select.go, with the run lock standing in for Go's channel locks).
 */
public final class SelectOp {
    private final Chan[] chans;
    private final boolean[] isSend;
    private final Object[] values;
    private final Waiter[] waiters;
    private Waiter chosen;

    private SelectOp(Chan[] chans, boolean[] isSend, Object[] values) {
        this.chans = chans;
        this.isSend = isSend;
        this.values = values;
        this.waiters = new Waiter[chans.length];
    }

    /**
     * Runs a select. Returns the chosen case index (or -1 for default); a received value and
     * ok flag land in recv[0], recv[1].
     */
    public static int run(Chan[] chans, boolean[] isSend, Object[] values, boolean hasDefault, Object[] recv, Goroutine g, Pos pos) {
        Scheduler s = g.run.scheduler;
        SelectOp op;
        s.lock();
        try {
            int n = chans.length;
            // Uniform among the ready cases without allocating: count them, draw one, find it.
            int ready = 0;
            for (int i = 0; i < n; i++) {
                if (isReady(chans[i], isSend[i])) ready++;
            }
            if (ready > 0) {
                int k = ready == 1 ? 0 : ThreadLocalRandom.current().nextInt(ready);
                int i = 0;
                for (; ; i++) {
                    if (isReady(chans[i], isSend[i]) && k-- == 0) break;
                }
                Chan c = chans[i];
                if (isSend[i]) {
                    if (c.closed) throw Panics.plain("send on closed channel", pos);
                    c.trySend(values[i], s);
                } else {
                    c.tryRecv(recv, s);
                }
                return i;
            }
            if (hasDefault) return -1;
            op = new SelectOp(chans, isSend, values);
            for (int i = 0; i < n; i++) {
                if (chans[i] == null) continue;
                Waiter w = new Waiter(g, isSend[i] ? values[i] : null, op, i);
                op.waiters[i] = w;
                (isSend[i] ? chans[i].sendq : chans[i].recvq).add(w);
            }
            s.block(g, n == 0 ? "select (no cases)" : "select", pos, false);
        } finally {
            s.unlock();
        }
        // After a park: see Scheduler.block.
        s.await(g);
        Waiter w = op.chosen;
        if (isSend[w.caseIndex]) {
            if (w.closed) throw Panics.plain("send on closed channel", pos);
        } else {
            recv[0] = w.value;
            recv[1] = w.ok;
        }
        return w.caseIndex;
    }

    private static boolean isReady(Chan c, boolean send) {
        return c != null && (send ? c.canSend() : c.canRecv());
    }

    /** Called (lock held) when one case completed: remove the other cases' waiters. */
    void finish(Waiter w) {
        chosen = w;
        for (Waiter other : waiters) {
            if (other == null || other == w) continue;
            Chan c = chans[other.caseIndex];
            (isSend[other.caseIndex] ? c.sendq : c.recvq).remove(other);
        }
    }
}
