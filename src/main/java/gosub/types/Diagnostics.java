package gosub.types;

import gosub.syntax.Pos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Compile errors of one program, reported sorted by position as Go does (at most 10). */
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
        List<Error> out = new ArrayList<>(errors);
        out.sort(Comparator.comparing((Error e) -> e.pos.line()).thenComparing(e -> e.pos.col()));
        return out.size() > 10 ? out.subList(0, 10) : out;
    }
}
