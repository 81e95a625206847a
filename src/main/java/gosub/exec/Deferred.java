package gosub.exec;

import gosub.runtime.Goroutine;

/** A deferred call whose function and arguments were evaluated at the defer statement. */
public interface Deferred {
    void run(Goroutine g);
}
