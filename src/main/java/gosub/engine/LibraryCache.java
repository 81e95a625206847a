package gosub.engine;

import gosub.lib.Stdlib;
import gosub.syntax.AstReader;
import gosub.syntax.Decl;
import gosub.syntax.GoSource;
import gosub.syntax.ImportClause;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The library packages' syntax trees, shared by every run in this JVM (they are immutable). A
 * package's tree is loaded (read as the build wrote it, or else parsed) on a background thread
 * as soon as some source's import clause names it, so that it is ready when the checker asks.
 */
final class LibraryCache {
    private LibraryCache() {}

    private static final Map<String, FutureTask<Decl.File>> PARSED = new ConcurrentHashMap<>();
    /** One thread: it loads trees while the main thread reads the command line or checks. */
    private static final java.util.concurrent.Executor PARSER = java.util.concurrent.Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("gosub-parser").unstarted(r));

    /** Starts loading the packages a Go source's import clause names (and theirs). */
    static void prefetchImports(byte[] source) {
        List<String> paths = ImportClause.paths(source);
        if (paths != null) for (String p : paths) prefetch(p);
    }

    static void prefetch(String path) {
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
        byte[] tree = Stdlib.tree(path);
        if (tree != null && Stdlib.treesFromJar()) {
            Decl.File f = AstReader.read(name, tree);
            if (f != null) return f;
        }
        byte[] src = Stdlib.sourceBytes(path);
        Decl.File f = tree != null && AstReader.writtenFrom(tree, src) ? AstReader.read(name, tree) : null;
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
            long waited = System.nanoTime() - t0;
            if (Timing.ON && waited > 500_000) System.err.printf("gosub:   waited %.1f ms for %s%n", waited / 1e6, path);
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
