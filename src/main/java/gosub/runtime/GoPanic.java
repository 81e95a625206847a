package gosub.runtime;

import gosub.syntax.Pos;
import java.util.ArrayList;
import java.util.List;

/**
 * A Go panic unwinding the Java stack. value is the Go value passed to panic (an interface
 * value). The trace is collected while unwinding: each call node adds its frame.
 */
public final class GoPanic extends RuntimeException {
    public final Object value;
    public boolean recovered;
    /** The panic that was running deferred calls when this one started, if any. */
    public GoPanic previous;
    /** Position reached so far by the unwinding (innermost first). */
    public Pos pos;
    public final List<String> frames = new ArrayList<>();
    /** True for runtime errors raised by the interpreter (index out of range, nil map...). */
    public final boolean runtimeError;
    /** runtime.Goexit: unwinds running deferred calls like a panic, but recover cannot stop it. */
    public boolean goexit;

    public GoPanic(Object value, Pos pos, boolean runtimeError) {
        super(null, null, false, false);
        this.value = value;
        this.pos = pos;
        this.runtimeError = runtimeError;
    }

    /** Adds the frame of fn, which was executing at this.pos; the caller is at callSite. */
    public void addFrame(String fn, String file, Pos callSite) {
        frames.add(fn + "()\n\t" + file + ":" + (pos == null ? 0 : pos.line()));
        pos = callSite;
    }
}
