package gosub.syntax;

/** A source position: 1-based line and column (column counts bytes, as Go's do). */
public record Pos(int line, int col) {
    public static final Pos NONE = new Pos(0, 0);

    @Override
    public String toString() {
        return line + ":" + col;
    }
}
