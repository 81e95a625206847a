package gosub.cli;

import gosub.engine.Engine;
import gosub.engine.Flags;
import gosub.engine.Golden;
import gosub.engine.Options;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The gosub command line. Only this class ends the JVM. The common `run FILE.go` form is
 * read by PlainRun; everything else (help, version, test, errors) by picocli.
 */
public final class Main {
    private Main() {}

    static int execute(String[] args) {
        PlainRun plain = PlainRun.read(args);
        if (plain != null) return run(plain.file(), plain.fakeTime(), plain.timeLimit(), plain.args());
        return Picocli.execute(args);
    }

    static int run(String file, boolean fakeTime, String timeLimit, List<String> args) {
        byte[] src;
        // java.io, not Files: a FileChannel's first use loads two native libraries (1-2 ms).
        try (java.io.FileInputStream in = new java.io.FileInputStream(file)) {
            src = in.readAllBytes();
        } catch (IOException e) {
            if (!new java.io.File(file).exists()) {
                System.err.println("gosub: open " + file + ": no such file or directory");
            } else {
                // FileInputStream says "FILE (reason)"
                String msg = String.valueOf(e.getMessage());
                if (msg.startsWith(file + " (") && msg.endsWith(")")) msg = msg.substring(file.length() + 2, msg.length() - 1);
                System.err.println("gosub: " + file + ": " + msg);
            }
            return 1;
        }
        long limit;
        try {
            limit = timeLimit == null ? 0 : Flags.duration(timeLimit);
        } catch (IllegalArgumentException e) {
            System.err.println("gosub: --time-limit: " + e.getMessage());
            return 2;
        }
        return Engine.run(file, src, new Options(fakeTime, limit, args), System.in, System.out, System.err);
    }

    static int test(Path dir) {
        int passed = 0, failed = 0;
        try {
            for (Path p : Golden.programs(dir)) {
                Golden.Result r = Golden.check(p);
                if (r.passed()) {
                    passed++;
                } else {
                    failed++;
                    System.out.println("FAIL " + p + ": " + r.failure());
                }
            }
        } catch (IOException e) {
            System.err.println("gosub: " + dir + ": " + e.getMessage());
            return 1;
        }
        System.out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    public static void main(String[] args) {
        gosub.engine.Timing.mark("main");
        // From the first instruction, on another core: start loading the packages the program
        // file (the first .go argument) imports, and initialise the parser.
        for (String a : args) {
            if (a.endsWith(".go")) {
                Thread.ofPlatform().daemon().start(() -> Engine.prepare(a));
                break;
            }
        }
        int code;
        try {
            code = execute(args);
        } catch (RuntimeException | StackOverflowError e) {
            System.err.println("gosub: internal error: " + e);
            code = 2;
        }
        System.out.flush();
        System.err.flush();
        // Not System.exit: it first asks for a System.Logger to log the exit, which starts the
        // JDK's logging (7-13 ms of every run). Nothing here needs shutdown hooks.
        Runtime.getRuntime().halt(code);
    }
}
