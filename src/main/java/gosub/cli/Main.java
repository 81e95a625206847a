package gosub.cli;

import gosub.engine.Engine;
import gosub.engine.Flags;
import gosub.engine.Golden;
import gosub.engine.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The gosub command line. Only this class calls System.exit. */
@Command(name = "gosub", mixinStandardHelpOptions = true, version = "gosub 0.1.0",
        description = "Runs single-file Go programs and shows what real Go would print.",
        subcommands = {Main.RunCmd.class, Main.TestCmd.class})
public final class Main implements Callable<Integer> {

    @Override
    public Integer call() {
        CommandLine.usage(this, System.err);
        return 2;
    }

    @Command(name = "run", description = "Run a Go program.")
    static final class RunCmd implements Callable<Integer> {
        @Option(names = "--fake-time", description = "Use the Go playground's fake clock: sleeps take no time.")
        boolean fakeTime;

        @Option(names = "--time-limit", paramLabel = "DURATION", description = "Stop the program after this much (virtual, with --fake-time) time, e.g. 12s.")
        String timeLimit;

        @Parameters(index = "0", paramLabel = "FILE.go")
        Path file;

        @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for os.Args.")
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() {
            byte[] src;
            try {
                src = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                System.err.println("gosub: open " + file + ": no such file or directory");
                return 1;
            } catch (IOException e) {
                System.err.println("gosub: " + file + ": " + e.getMessage());
                return 1;
            }
            long limit;
            try {
                limit = timeLimit == null ? 0 : Flags.duration(timeLimit);
            } catch (IllegalArgumentException e) {
                System.err.println("gosub: --time-limit: " + e.getMessage());
                return 2;
            }
            Options opts = new Options(fakeTime, limit, args);
            return Engine.run(file.toString(), src, opts, System.in, System.out, System.err);
        }
    }

    @Command(name = "test", description = "Run every golden program under DIR and compare with its expected output.")
    static final class TestCmd implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR")
        Path dir;

        @Override
        public Integer call() throws IOException {
            int passed = 0, failed = 0;
            for (Path p : Golden.programs(dir)) {
                Golden.Result r = Golden.check(p);
                if (r.passed()) {
                    passed++;
                } else {
                    failed++;
                    System.out.println("FAIL " + p + ": " + r.failure());
                }
            }
            System.out.println(passed + " passed, " + failed + " failed");
            return failed == 0 ? 0 : 1;
        }
    }

    public static void main(String[] args) {
        // The parser's first use is slow: start it on another core while picocli reads the
        // command line.
        Thread.ofPlatform().daemon().start(Engine::warmUp);
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            System.err.println("gosub: internal error: " + e);
            return 2;
        });
        int code = cl.execute(args);
        System.out.flush();
        System.exit(code);
    }
}
