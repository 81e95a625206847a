package gosub.exec;

import gosub.runtime.Cell;
import gosub.runtime.GoPanic;
import gosub.runtime.Goroutine;
import gosub.runtime.OverflowTrace;
import gosub.runtime.Panics;
import gosub.syntax.Pos;
import java.util.ArrayList;

/** Calls a function value: frame set-up, deferred calls, panics and recover. */
public final class Invoke {
    private Invoke() {}

    static {
        // Loaded, linked and run once now: a class first loaded at the end of an overflowing
        // stack would fail to load, and stay broken for every later run in this JVM.
        new OverflowTrace().note("init", false, 0, null);
    }

    /** args excludes a bound receiver, which is prepended here. */
    public static Object call(FuncValue fv, Object[] args, Goroutine g, Pos callSite, boolean deferred) {
        if (fv == null) throw Panics.nilDeref(callSite);
        if (fv.bound) {
            Object[] a = new Object[args.length + 1];
            a[0] = fv.recv;
            System.arraycopy(args, 0, a, 1, args.length);
            args = a;
        }
        return run(fv.code, fv.captured, args, g, callSite, deferred);
    }

    public static Object run(FuncCode c, Object[] captured, Object[] args, Goroutine g, Pos callSite, boolean deferred) {
        if (c.nativeFn != null) {
            try {
                return c.nativeFn.call(args, g, callSite);
            } catch (GoPanic p) {
                if (p.pos == null) p.pos = callSite;
                throw p;
            }
        }
        if (c.body == null) throw new IllegalStateException("function " + c.name + " was not compiled");
        Frame f = new Frame(c.slots, c.prims, captured, g);
        f.deferredCall = deferred;
        Object[] s = f.s;
        boolean[] cells = c.paramCells;
        int[] kinds = c.paramKinds, slots = c.paramSlots;
        for (int i = 0; i < c.params; i++) {
            if (kinds[i] != Prim.REF) f.p[slots[i]] = Prim.unbox(kinds[i], args[i]);
            else s[slots[i]] = cells[i] ? new Cell(args[i]) : args[i];
        }
        int[] rs = c.resultSlots;
        for (int i = 0; i < rs.length; i++) {
            if (c.resultKinds[i] != Prim.REF) continue;
            Object z = c.resultZeros[i].make();
            s[rs[i]] = c.resultCells[i] ? new Cell(z) : z;
        }
        body(c, f, callSite);
        return results(c, f);
    }

    /** A frame for c with zeroed results; the caller stores the parameters. */
    static Frame frame(FuncCode c, Object[] captured, Goroutine g) {
        Frame f = new Frame(c.slots, c.prims, captured, g);
        int[] rs = c.resultSlots;
        for (int i = 0; i < rs.length; i++) {
            if (c.resultKinds[i] != Prim.REF) continue;
            Object z = c.resultZeros[i].make();
            f.s[rs[i]] = c.resultCells[i] ? new Cell(z) : z;
        }
        return f;
    }

    /** A fast method's named result of reference kind that nothing stored: its zero value. */
    static Object zeroResult(FuncCode c) {
        return c.resultZeros[0].make();
    }

    /**
     * A fast call site's callee that has no fast method runs its tree: arguments come as long
     * bits or objects, and the caller's site does the rest (trace, overflow, currentFn).
     */
    static long slowBits(FuncCode c, Goroutine g, Frame unused, int depth, Object[] args) {
        return slowRun(c, g, args).p[c.resultSlots[0]];
    }

    static Object slowRef(FuncCode c, Goroutine g, Frame unused, int depth, Object[] args) {
        return slowRun(c, g, args).s[c.resultSlots[0]];
    }

    static void slowVoid(FuncCode c, Goroutine g, Frame unused, int depth, Object[] args) {
        slowRun(c, g, args);
    }

    private static Frame slowRun(FuncCode c, Goroutine g, Object[] args) {
        Frame f = frame(c, null, g);
        for (int i = 0; i < c.params; i++) {
            if (c.paramKinds[i] != Prim.REF) f.p[c.paramSlots[i]] = (Long) args[i];
            else f.s[c.paramSlots[i]] = args[i];
        }
        String savedFn = g.currentFn;
        if (c.inProgram) g.currentFn = c.name;
        c.body.exec(f);
        g.currentFn = savedFn;
        return f;
    }

    /** A chain of fast calls too deep: Go's stack would have hit its limit (see JitEmitter.DEPTH). */
    static StackOverflowError tooDeep() {
        return new StackOverflowError();
    }

    /** Invoke.frame for a call from compiled code, counting the call like body does. */
    static Frame frameFor(FuncCode c, Goroutine g) {
        if (!c.jitTried) Jit.called(c, g.run);
        return frame(c, null, g);
    }

    static Frame frame(FuncCode c, Goroutine g) {
        return frame(c, null, g);
    }

    /** A panic leaving c's frame, called at the site pos in compiled code. */
    static GoPanic unwound(GoPanic p, FuncCode c, Goroutine g, Pos callSite) {
        p.addFrame(c.name, g.run.fileName, callSite);
        return p;
    }

    static StackOverflowError overflowed(StackOverflowError e, FuncCode c, Goroutine g, Pos callSite) {
        return overflowed(g, c, callSite, e);
    }

    /** Runs c's body in frame f (parameters stored), with its deferred calls and panics. */
    static void body(FuncCode c, Frame f, Pos callSite) {
        if (!c.jitTried) Jit.called(c, f.g.run);
        // The program's function running innermost, for the goroutine list. Restored only on
        // a normal return: a frame that recovers a panic returns normally and restores its own.
        Goroutine g = f.g;
        String savedFn = g.currentFn;
        if (c.inProgram) g.currentFn = c.name;
        body0(c, f, callSite);
        g.currentFn = savedFn;
    }

    private static void body0(FuncCode c, Frame f, Pos callSite) {
        if (!c.hasDefer) {
            try {
                c.body.exec(f);
            } catch (GoPanic p) {
                throw unwound(p, c, f, callSite);
            } catch (StackOverflowError e) {
                throw overflowed(e, c, f, callSite);
            }
            return;
        }
        GoPanic panic = null;
        try {
            c.body.exec(f);
        } catch (GoPanic p) {
            panic = p;
        } catch (StackOverflowError e) {
            throw overflowed(f.g, c, callSite, e);
        }
        panic = runDefers(f, panic);
        if (panic != null) {
            panic.addFrame(c.name, f.g.run.fileName, callSite);
            throw panic;
        }
    }

    /** A panic leaving c's frame: the frame joins its trace. */
    static GoPanic unwound(GoPanic p, FuncCode c, Frame f, Pos callSite) {
        p.addFrame(c.name, f.g.run.fileName, callSite);
        return p;
    }

    static StackOverflowError overflowed(StackOverflowError e, FuncCode c, Frame f, Pos callSite) {
        return overflowed(f.g, c, callSite, e);
    }

    /**
     * Notes c's frame in the goroutine's overflow trace while a stack overflow unwinds (Go does
     * not run deferred calls on this fatal error). Near the stack's end the note itself may
     * overflow: the frame is then left out and the new error unwinds instead.
     */
    private static StackOverflowError overflowed(Goroutine g, FuncCode c, Pos callSite, StackOverflowError e) {
        try {
            if (g.overflow == null) g.overflow = new OverflowTrace();
            // Called by a native (fmt calling a String method): the caller's line is where the
            // program called into the library.
            g.overflow.note(c.name, c.params > 0, c.line, callSite != null ? callSite : g.libCallSite);
        } catch (StackOverflowError again) {
            // no room left for the note in this frame: skipped
        }
        return e;
    }

    static Object results(FuncCode c, Frame f) {
        int[] rs = c.resultSlots;
        if (rs.length == 0) return null;
        if (rs.length == 1) return result(c, f, 0);
        Object[] out = new Object[rs.length];
        for (int i = 0; i < rs.length; i++) out[i] = result(c, f, i);
        return out;
    }

    static Object result(FuncCode c, Frame f, int i) {
        int slot = c.resultSlots[i];
        if (c.resultKinds[i] != Prim.REF) return Prim.box(c.resultKinds[i], f.p[slot]);
        return c.resultCells[i] ? ((Cell) f.s[slot]).v : f.s[slot];
    }

    /** Runs deferred calls LIFO; returns the panic still in flight afterwards (or null). */
    public static GoPanic runDefers(Frame f, GoPanic panic) {
        ArrayList<Deferred> ds = f.defers;
        if (ds == null) return panic;
        Goroutine g = f.g;
        // Deferred calls run for a panic: main's return waits for it (unless recovered). A
        // panic recovered inside a deferred call of another panic leaves the outer one running.
        boolean panicked = panic != null && !panic.goexit;
        boolean nested = g.panicking != null;
        if (panicked) g.panicStarted();
        while (!ds.isEmpty()) {
            Deferred d = ds.remove(ds.size() - 1);
            GoPanic saved = g.panicking;
            g.panicking = panic;
            try {
                d.run(g);
                if (panic != null && panic.recovered) panic = null;
            } catch (GoPanic p) {
                // A panic raised by a deferred call keeps the earlier one (recovered or not) in
                // its report, as Go prints both.
                if (panic != null && p != panic) p.previous = panic;
                panic = p;
            } finally {
                g.panicking = saved;
            }
        }
        if (panicked && panic == null && !nested) g.panicEnded();
        return panic;
    }

    /** recover(): stops the current panic when called directly by a deferred function. */
    public static Object recover(Frame f) {
        GoPanic p = f.g.panicking;
        if (p == null || p.recovered || p.goexit || !f.deferredCall) return null;
        p.recovered = true;
        return p.value;
    }
}
