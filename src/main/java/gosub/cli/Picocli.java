package gosub.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The full command line, read by picocli: help, version, test, and any run that PlainRun leaves
 * to it. The commands are described with picocli's programmatic model rather than annotations:
 * reading annotations by reflection cost a tenth of a second of every start.
 */
final class Picocli {
    private Picocli() {}

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
        if (sub.commandSpec().name().equals("test")) return Main.test(Path.of((String) sub.matchedPositionalValue(0, null)));
        return Main.run(sub.matchedPositionalValue(0, null), sub.matchedOptionValue("--fake-time", false),
                sub.matchedOptionValue("--time-limit", null), sub.matchedPositionalValue(1, List.of()));
    }
}
