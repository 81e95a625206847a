package gosub.types;

import gosub.syntax.Pos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Compile errors of one program, reported sorted by position as Go does (at most 10, then "too many errors"). */
public final class Diagnostics {
    public record Error(String file, Pos pos, String message) {
        @Override
        public String toString() {
            return file + ":" + pos.line() + ":" + pos.col() + ": " + message;
        }
    }

    private final List<Error> errors = new ArrayList<>();

    public void add(String file, Pos pos, String message) {
        for (Error e : errors) if (e.pos.equals(pos) && e.file.equals(file)) return;
        errors.add(new Error(file, pos, message));
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public List<Error> sorted() {
        if (errors.isEmpty()) return List.of(); // (the comparator's lambdas cost a cold start milliseconds)
        List<Error> out = new ArrayList<>(errors);
        out.sort(Comparator.comparing((Error e) -> e.pos.line()).thenComparing(e -> e.pos.col()));
        if (out.size() < 10) return out;
        // Like cmd/compile: the tenth error ends the build with "too many errors" at its position.
        List<Error> first = new ArrayList<>(out.subList(0, 10));
        Error last = first.get(9);
        first.add(new Error(last.file, last.pos, "too many errors"));
        return first;
    }
}
