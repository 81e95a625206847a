package gosub.exec;

import gosub.runtime.Goroutine;
import gosub.syntax.Pos;

/** A library function written in Java. Returns null, a value, or Object[] for several results. */
@FunctionalInterface
public interface NativeFn {
    Object call(Object[] args, Goroutine g, Pos callSite);
}
