package gosub.exec;

import gosub.runtime.Goroutine;
import java.util.ArrayList;

/** The activation of one function call: its local slots and deferred calls. */
public final class Frame {
    public final Object[] s;
    /** Scalar locals (ints, floats as raw bits, bools as 0/1) live unboxed here. */
    public final long[] p;
    /** The cells a closure captured (null for plain functions). */
    public final Object[] captured;
    public final Goroutine g;
    public ArrayList<Deferred> defers;
    /** This call was made by a deferred-call mechanism: recover() may stop a panic here. */
    public boolean deferredCall;
    /** The label a pending labelled break or continue targets. */
    public String label;

    private static final long[] NO_PRIMS = new long[0];
    private static final Object[] NO_REFS = new Object[0];

    public Frame(int slots, int prims, Object[] captured, Goroutine g) {
        this.s = slots == 0 ? NO_REFS : new Object[slots];
        this.p = prims == 0 ? NO_PRIMS : new long[prims];
        this.captured = captured;
        this.g = g;
    }
}
