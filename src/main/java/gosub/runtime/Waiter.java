package gosub.runtime;

/** A goroutine queued on a channel, possibly as one case of a select. */
final class Waiter {
    final Goroutine g;
    Object value;
    boolean ok;
    /** Set when a sender was woken by close: it must panic. */
    boolean closed;
    final SelectOp select;
    final int caseIndex;

    Waiter(Goroutine g, Object value, SelectOp select, int caseIndex) {
        this.g = g;
        this.value = value;
        this.select = select;
        this.caseIndex = caseIndex;
    }
}
