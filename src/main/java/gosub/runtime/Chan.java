package gosub.runtime;

import gosub.syntax.Pos;
import java.util.ArrayDeque;

/**
 * A Go channel, after runtime/chan.go: a ring buffer and queues of waiting senders and
 * receivers. Invariants at every unlock: at most one queue is non-empty; a non-empty buffer
 * means no waiting receivers; a buffer with room means no waiting senders.
 */
public final class Chan {
    public final int cap;
    final ArrayDeque<Object> buf = new ArrayDeque<>();
    /** Stands in the buffer for a nil value (Java null), which ArrayDeque cannot hold. */
    private static final Object NIL = new Object();
    final ArrayDeque<Waiter> recvq = new ArrayDeque<>();
    final ArrayDeque<Waiter> sendq = new ArrayDeque<>();
    boolean closed;
    /** The element type's zero value, received from a closed channel. */
    final Object zero;

    public Chan(int cap, Object zero) {
        this.cap = cap;
        this.zero = zero;
    }

    public int len(Scheduler s) {
        s.lock();
        try {
            return buf.size();
        } finally {
            s.unlock();
        }
    }

    public static void send(Chan c, Object v, Goroutine g, Pos pos) {
        Scheduler s = g.run.scheduler;
        Waiter w = null;
        s.lock();
        try {
            if (c == null) {
                s.block(g, "chan send (nil chan)", pos, false);
            } else {
                if (c.closed) throw Panics.plain("send on closed channel", pos);
                if (c.trySend(v, s)) return;
                w = new Waiter(g, v, null, 0);
                c.sendq.add(w);
                s.block(g, "chan send", pos, false);
            }
        } finally {
            s.unlock();
        }
        // After a park: see Scheduler.block. (A nil channel's waiter is never woken.)
        s.await(g);
        if (w.closed) throw Panics.plain("send on closed channel", pos);
    }

    /** Receives into result[0] (value) and returns ok. */
    public static boolean recv(Chan c, Object[] result, Goroutine g, Pos pos) {
        Scheduler s = g.run.scheduler;
        Waiter w = null;
        s.lock();
        try {
            if (c == null) {
                s.block(g, "chan receive (nil chan)", pos, false);
            } else {
                if (c.tryRecv(result, s)) return result[1] == Boolean.TRUE;
                w = new Waiter(g, null, null, 0);
                c.recvq.add(w);
                s.block(g, "chan receive", pos, false);
            }
        } finally {
            s.unlock();
        }
        s.await(g);
        result[0] = w.value;
        return w.ok;
    }

    public static void close(Chan c, Goroutine g, Pos pos) {
        Scheduler s = g.run.scheduler;
        s.lock();
        try {
            if (c == null) throw Panics.plain("close of nil channel", pos);
            if (c.closed) throw Panics.plain("close of closed channel", pos);
            c.closed = true;
            for (Waiter w; (w = c.recvq.poll()) != null; ) {
                w.value = c.zero;
                w.ok = false;
                c.complete(w, s);
            }
            for (Waiter w; (w = c.sendq.poll()) != null; ) {
                w.closed = true;
                c.complete(w, s);
            }
        } finally {
            s.unlock();
        }
    }

    /** Sends without blocking if a receiver waits or the buffer has room (lock held). */
    boolean trySend(Object v, Scheduler s) {
        Waiter r = recvq.poll();
        if (r != null) {
            r.value = v;
            r.ok = true;
            complete(r, s);
            return true;
        }
        if (buf.size() < cap) {
            buf.add(v == null ? NIL : v);
            return true;
        }
        return false;
    }

    /** Receives without blocking when possible (lock held): result = {value, ok}. */
    boolean tryRecv(Object[] result, Scheduler s) {
        if (!buf.isEmpty()) {
            Object x = buf.poll();
            result[0] = x == NIL ? null : x;
            result[1] = Boolean.TRUE;
            Waiter w = sendq.poll();
            if (w != null) {
                buf.add(w.value == null ? NIL : w.value);
                complete(w, s);
            }
            return true;
        }
        Waiter w = sendq.poll();
        if (w != null) {
            result[0] = w.value;
            result[1] = Boolean.TRUE;
            complete(w, s);
            return true;
        }
        if (closed) {
            result[0] = zero;
            result[1] = Boolean.FALSE;
            return true;
        }
        return false;
    }

    /** A non-blocking send from timers (lock held): dropped when the buffer is full. */
    public boolean offer(Object v, Scheduler s) {
        return !closed && trySend(v, s);
    }

    boolean canSend() {
        return closed || !recvq.isEmpty() || buf.size() < cap;
    }

    boolean canRecv() {
        return closed || !buf.isEmpty() || !sendq.isEmpty();
    }

    /** Wakes a waiter whose operation is done; for a select, withdraws its other cases. */
    void complete(Waiter w, Scheduler s) {
        if (w.select != null) w.select.finish(w);
        s.ready(w.g);
    }
}
