package gosub.syntax;

/** A compile-time error at a position, reported as `file:line:col: message`. */
public class SyntaxError extends RuntimeException {
    public final Pos pos;

    public SyntaxError(Pos pos, String message) {
        super(message, null, false, false);
        this.pos = pos;
    }
}
