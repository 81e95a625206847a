package gosub.engine;

import java.util.List;

/** How to run a program: clock, limits and the arguments os.Args sees. */
public record Options(boolean fakeTime, long timeLimitNanos, List<String> args, int jit) {
    /** The bytecode compiler's mode comes from GOSUB_JIT (gosub.exec.Jit). */
    public Options(boolean fakeTime, long timeLimitNanos, List<String> args) {
        this(fakeTime, timeLimitNanos, args, gosub.exec.Jit.modeFromEnv());
    }

    public Options withJit(int mode) {
        return new Options(fakeTime, timeLimitNanos, args, mode);
    }

    public static Options defaults() {
        return new Options(false, 0, List.of());
    }
}
