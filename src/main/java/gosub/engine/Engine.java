package gosub.engine;

import gosub.compile.Compiler;
import gosub.compile.Program;
import gosub.exec.FuncCode;
import gosub.exec.Goroutines;
import gosub.exec.Invoke;
import gosub.lib.Stdlib;
import gosub.runtime.Run;
import gosub.types.Diagnostics;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Runs one Go program with its own streams, clock and limits, and returns its exit code.
 * Embeddable: the golden tests run programs in-process through this class.
 */
public final class Engine {
    private Engine() {}

    /**
     * Gets ready to run the program in file, if it exists: starts loading the packages it
     * imports, and initialises the parser. Safe on any thread; a wrong guess only wastes work.
     */
    public static void prepare(String file) {
        try (java.io.FileInputStream in = new java.io.FileInputStream(file)) {
            LibraryCache.prefetchImports(in.readAllBytes());
        } catch (java.io.IOException | RuntimeException e) {
            // not a readable Go file: nothing to prepare
        }
        gosub.syntax.GoSource.preload();
    }

    public static int run(String fileName, byte[] source, Options opts, InputStream in, OutputStream out, PrintStream err) {
        Program program;
        try {
            program = build(fileName, source, err);
        } catch (RuntimeException | StackOverflowError e) {
            err.println("gosub: internal error while compiling: " + e);
            return 2;
        }
        return program == null ? 1 : execute(program, opts, in, out, err);
    }

    /** Parses, checks and compiles; prints the errors and returns null when there are any. */
    static Program build(String fileName, byte[] source, PrintStream err) {
        Timing.mark("start");
        Loader loader = new Loader();
        boolean ok = loader.load(fileName, source);
        Timing.mark("parse+check");
        if (!ok) {
            for (Diagnostics.Error e : loader.errors()) err.println(e);
            return null;
        }
        Compiler compiler = new Compiler(loader.info(), Stdlib.natives(), fileName);
        Program program = compiler.compile();
        Timing.mark("compile");
        if (!compiler.errors().isEmpty()) {
            err.println(compiler.errors().get(0));
            return null;
        }
        if (!loader.errors().isEmpty()) {
            // A library body is type-checked when first compiled: an error there is a gosub
            // bug (LibraryBodiesTest checks them all), never the user's.
            err.println("gosub: internal error: a library package does not type-check:");
            for (Diagnostics.Error e : loader.errors()) err.println(e);
            return null;
        }
        return program;
    }

    static int execute(Program program, Options opts, InputStream in, OutputStream out, PrintStream err) {
        Run run = start(program, opts, in, out, err);
        try {
            int code = run.awaitExit();
            Timing.mark("exit");
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    /** Starts the program's main goroutine; the run ends when run.awaitExit() returns. */
    static Run start(Program program, Options opts, InputStream in, OutputStream out, PrintStream err) {
        Run run = new Run(program.fileName(), in, out, err, opts.fakeTime(), opts.timeLimitNanos());
        run.globals = new Object[program.globals()];
        run.jit = opts.jit();
        run.methods = new ProgramMethods(program.methods());
        run.libState.put("os.Args", opts.args());
        run.timeLimitText = gosub.lib.time.DurationText.format(opts.timeLimitNanos());
        if (opts.timeLimitNanos() > 0 && !opts.fakeTime()) startWallLimit(run, opts.timeLimitNanos());
        FuncCode init = program.init();
        FuncCode main = program.main();
        run.scheduler.spawn("main.main", null, null, null, g -> Goroutines.body(g, () -> {
            Invoke.run(init, null, new Object[0], g, null, false);
            Invoke.run(main, null, new Object[0], g, null, false);
            run.awaitPanics();
            run.exit(0);
        }));
        return run;
    }

    private static void startWallLimit(Run run, long nanos) {
        Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            } catch (InterruptedException e) {
                return;
            }
            run.stopAtTimeLimit();
        });
    }
}
