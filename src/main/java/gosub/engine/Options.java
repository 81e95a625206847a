package gosub.engine;

import java.util.List;

/** How to run a program: clock, limits and the arguments os.Args sees. */
public record Options(boolean fakeTime, long timeLimitNanos, List<String> args) {
    public static Options defaults() {
        return new Options(false, 0, List.of());
    }
}
