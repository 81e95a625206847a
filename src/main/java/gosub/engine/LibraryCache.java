package gosub.engine;

import gosub.lib.Stdlib;
import gosub.syntax.AstReader;
import gosub.syntax.Decl;
import gosub.syntax.GoSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsed library packages, shared by every run in this JVM (their trees are immutable).
 * A package is parsed on a background thread as soon as some source's import block names it: a
 * cold parser is the largest cost of starting a program, and two cores can share it.
 */
final class LibraryCache {
    private LibraryCache() {}

    private static final Map<String, FutureTask<Decl.File>> PARSED = new ConcurrentHashMap<>();
    /** One thread: the machine's other core, while the main thread reads the command line or checks. */
    private static final java.util.concurrent.Executor PARSER = java.util.concurrent.Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("gosub-parser").unstarted(r));
    private static final Pattern IMPORT = Pattern.compile("\"([a-z0-9/]+)\"");

    /** Starts parsing the packages a Go source's import block names (and theirs). */
    static void prefetchImports(String source) {
        int end = source.indexOf("func ");
        Matcher m = IMPORT.matcher(end < 0 ? source : source.substring(0, end));
        while (m.find()) prefetch(m.group(1));
    }

    private static void prefetch(String path) {
        if (PARSED.containsKey(path) || !Stdlib.provides(path)) return;
        FutureTask<Decl.File> task = new FutureTask<>(() -> {
            long t0 = System.nanoTime();
            Decl.File f = load(path);
            if (Timing.ON) System.err.printf("gosub:   load %s %.1f ms%n", path, (System.nanoTime() - t0) / 1e6);
            for (Decl.Import i : f.imports()) prefetch(i.path());
            return f;
        });
        if (PARSED.putIfAbsent(path, task) == null) PARSER.execute(task);
    }

    /** Reads the tree the build wrote for the package, or parses its source when there is none for this source. */
    private static Decl.File load(String path) {
        String name = "$GOROOT/src/" + path + ".go";
        byte[] src = Stdlib.sourceBytes(path);
        byte[] tree = Stdlib.tree(path);
        Decl.File f = tree == null ? null : AstReader.read(name, tree, src);
        return f != null ? f : GoSource.parseLibrary(name, src);
    }

    /** The parsed package (waiting for it if needed); path must be one Stdlib provides. */
    static Decl.File get(String path) {
        prefetch(path);
        try {
            FutureTask<Decl.File> task = PARSED.get(path);
            long t0 = System.nanoTime();
            task.run(); // parse it here if the parser thread has not started it yet
            Decl.File f = task.get();
            if (Timing.ON) System.err.printf("gosub:   got %s after %.1f ms%n", path, (System.nanoTime() - t0) / 1e6);
            return f;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
