package gosub.cli;

import gosub.engine.Engine;
import gosub.engine.Flags;
import gosub.engine.Golden;
import gosub.engine.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The gosub command line. Only this class calls System.exit. The commands are described with
 * picocli's programmatic model rather than annotations: reading annotations by reflection
 * cost a tenth of a second of every start.
 */
public final class Main {
    private Main() {}

    static CommandSpec spec() {
        CommandSpec run = CommandSpec.create().name("run");
        run.usageMessage().description("Run a Go program.");
        run.addOption(OptionSpec.builder("--fake-time").arity("0").type(boolean.class)
                .description("Use the Go playground's fake clock: sleeps take no time.").build());
        run.addOption(OptionSpec.builder("--time-limit").paramLabel("DURATION").type(String.class)
                .description("Stop the program after this much (virtual, with --fake-time) time, e.g. 12s.").build());
        run.mixinStandardHelpOptions(true);
        run.parser().stopAtPositional(true); // what follows the file is the program's, flags too
        run.addPositional(PositionalParamSpec.builder().index("0").arity("1").required(true).paramLabel("FILE.go").type(String.class).build());
        run.addPositional(PositionalParamSpec.builder().index("1..*").arity("0..*").required(false).paramLabel("ARGS").type(List.class)
                .auxiliaryTypes(String.class).description("Arguments for os.Args.").build());

        CommandSpec test = CommandSpec.create().name("test");
        test.usageMessage().description("Run every golden program under DIR and compare with its expected output.");
        test.mixinStandardHelpOptions(true);
        test.addPositional(PositionalParamSpec.builder().index("0").arity("1").required(true).paramLabel("DIR").type(String.class).build());

        CommandSpec top = CommandSpec.create().name("gosub").mixinStandardHelpOptions(true).version("gosub 0.1.0");
        top.usageMessage().description("Runs single-file Go programs and shows what real Go would print.");
        top.addSubcommand("run", run);
        top.addSubcommand("test", test);
        return top;
    }

    static int execute(String[] args) {
        CommandLine cl = new CommandLine(spec());
        ParseResult parsed;
        try {
            parsed = cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            System.err.println("gosub: " + e.getMessage());
            e.getCommandLine().usage(System.err);
            return 2;
        }
        if (CommandLine.printHelpIfRequested(parsed)) return 0;
        ParseResult sub = parsed.subcommand();
        if (sub == null) {
            cl.usage(System.err);
            return 2;
        }
        if (sub.commandSpec().name().equals("test")) return test(Path.of((String) sub.matchedPositionalValue(0, null)));
        return run(sub.matchedPositionalValue(0, null), sub.matchedOptionValue("--fake-time", false),
                sub.matchedOptionValue("--time-limit", null), sub.matchedPositionalValue(1, List.of()));
    }

    private static int run(String file, boolean fakeTime, String timeLimit, List<String> args) {
        byte[] src;
        try {
            src = Files.readAllBytes(Path.of(file));
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
        return Engine.run(file, src, new Options(fakeTime, limit, args), System.in, System.out, System.err);
    }

    private static int test(Path dir) {
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
        // Reading the command line takes a while: meanwhile, on another core, start loading
        // the packages the program file (the first .go argument) imports.
        for (String a : args) {
            if (a.endsWith(".go")) {
                Thread.ofPlatform().daemon().start(() -> Engine.prepare(Path.of(a)));
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
        System.exit(code);
    }
}
