package gosub.runtime;

/** Unwinds a goroutine when the program has ended (os.Exit, main returned, fatal error). */
public final class ExitException extends RuntimeException {
    public ExitException() {
        super(null, null, false, false);
    }
}
