package gosub.runtime;

/** A pending timer: at elapsed time `when`, `fire` runs with the scheduler lock held. */
public final class Timer implements Comparable<Timer> {
    public long when;
    public final Runnable fire;
    final long seq;
    boolean pending;

    Timer(long when, Runnable fire, long seq) {
        this.when = when;
        this.fire = fire;
        this.seq = seq;
    }

    public boolean pending() {
        return pending;
    }

    @Override
    public int compareTo(Timer o) {
        return when != o.when ? Long.compare(when, o.when) : Long.compare(seq, o.seq);
    }
}
