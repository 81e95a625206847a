package gosub.runtime;

import gosub.syntax.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A select statement in progress: picks uniformly among ready cases, else waits on all of
 * them at once (runtime/select.go, with the run lock standing in for Go's channel locks).
 */
public final class SelectOp {
    private final Chan[] chans;
    private final boolean[] isSend;
    private final Object[] values;
    private final List<Waiter> waiters = new ArrayList<>();
    private Waiter chosen;

    private SelectOp(Chan[] chans, boolean[] isSend, Object[] values) {
        this.chans = chans;
        this.isSend = isSend;
        this.values = values;
    }

    /**
     * Runs a select. Returns the chosen case index (or -1 for default); a received value and
     * ok flag land in recv[0], recv[1].
     */
    public static int run(Chan[] chans, boolean[] isSend, Object[] values, boolean hasDefault, Object[] recv, Goroutine g, Pos pos) {
        Scheduler s = g.run.scheduler;
        s.lock();
        try {
            int n = chans.length;
            int[] order = new int[n];
            int ready = 0;
            for (int i = 0; i < n; i++) {
                Chan c = chans[i];
                if (c != null && (isSend[i] ? c.canSend() : c.canRecv())) order[ready++] = i;
            }
            if (ready > 0) {
                int i = order[ThreadLocalRandom.current().nextInt(ready)];
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
            SelectOp op = new SelectOp(chans, isSend, values);
            for (int i = 0; i < n; i++) {
                if (chans[i] == null) continue;
                Waiter w = new Waiter(g, isSend[i] ? values[i] : null, op, i);
                op.waiters.add(w);
                (isSend[i] ? chans[i].sendq : chans[i].recvq).add(w);
            }
            s.park(g, n == 0 ? "select (no cases)" : "select", pos, false);
            Waiter w = op.chosen;
            if (isSend[w.caseIndex]) {
                if (w.closed) throw Panics.plain("send on closed channel", pos);
            } else {
                recv[0] = w.value;
                recv[1] = w.ok;
            }
            return w.caseIndex;
        } finally {
            s.unlockIfHeld();
        }
    }

    /** Called (lock held) when one case completed: remove the other cases' waiters. */
    void finish(Waiter w) {
        chosen = w;
        for (Waiter other : waiters) {
            if (other == w) continue;
            Chan c = chans[other.caseIndex];
            (isSend[other.caseIndex] ? c.sendq : c.recvq).remove(other);
        }
    }
}
