package gosub.syntax;

/** A source position: 1-based line and column (column counts bytes, as Go's do). */
public record Pos(int line, int col) {
    public static final Pos NONE = new Pos(0, 0);

    // equals and hashCode written out: a record's generated ones are bootstrapped at run time,
    // which costs milliseconds of every start.
    @Override
    public boolean equals(Object o) {
        return o instanceof Pos p && p.line == line && p.col == col;
    }

    @Override
    public int hashCode() {
        return line * 31 + col;
    }

    @Override
    public String toString() {
        return line + ":" + col;
    }
}
