package gosub.engine;

import gosub.lib.Stdlib;
import gosub.syntax.Decl;
import gosub.syntax.GoSource;
import gosub.syntax.ImportClause;
import gosub.syntax.SyntaxError;
import gosub.types.Checker;
import gosub.types.Diagnostics;
import gosub.types.Info;
import gosub.types.Package;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Parses and checks a program and the library packages it imports (which are Go source
 * files shipped with gosub, their bodiless functions bound to Java code).
 */
public final class Loader {
    private Info info = new Info();
    private Diagnostics diags = new Diagnostics();
    private Map<String, Package> loaded = new HashMap<>();
    private final Map<String, Boolean> loading = new HashMap<>();

    public Info info() {
        return info;
    }

    /** Checks the main file; returns false when there are compile errors (in diags). */
    public boolean load(String fileName, byte[] source) {
        // The packages a file imports do not depend on the file: they are checked here while
        // another thread parses it, in the order the file's checker would ask for them.
        List<String> imports = ImportClause.paths(source);
        if (imports != null) for (String path : imports) LibraryCache.prefetch(path);
        FutureTask<Decl.File> parse = new FutureTask<>(() -> {
            Decl.File f = GoSource.parse(fileName, source);
            Timing.mark("parse main");
            return f;
        });
        if (imports != null && !imports.isEmpty()) {
            Thread.ofPlatform().daemon().name("gosub-parse-main").start(parse);
            for (String path : imports) importPackage(path);
            Timing.mark("check imports");
        } else {
            parse.run();
        }
        Decl.File file;
        try {
            file = parsed(parse);
        } catch (SyntaxError e) {
            diags.add(fileName, e.pos, e.getMessage());
            return false;
        }
        if (imports != null && !imports.equals(file.imports().stream().map(Decl.Import::path).toList())) {
            // Packages the file does not import were checked: start again without them.
            info = new Info();
            diags = new Diagnostics();
            loaded = new HashMap<>();
        }
        if (!file.pkg().equals("main")) {
            diags.add(fileName, file.pos(), "package " + file.pkg() + " is not a main package");
            return false;
        }
        Checker checker = new Checker(info, diags, file, "main", this::importPackage);
        Package p = checker.check(file);
        info.packages.add(new Info.Checked(p, file));
        return !diags.any();
    }

    /** The parsed file, or the parser's exception as it would have been thrown on this thread. */
    private static Decl.File parsed(FutureTask<Decl.File> parse) {
        try {
            return parse.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Package importPackage(String path) {
        Package p = loaded.get(path);
        if (p != null) return p;
        if (loading.containsKey(path)) throw new IllegalStateException("import cycle through " + path);
        if (!Stdlib.provides(path)) return null;
        loading.put(path, true);
        Decl.File file = LibraryCache.get(path);
        long t0 = System.nanoTime();
        Checker checker = new Checker(info, diags, file, path, this::importPackage);
        p = checker.check(file);
        if (Timing.ON) System.err.printf("gosub:   check %s %.1f ms (with its imports)%n", path, (System.nanoTime() - t0) / 1e6);
        info.packages.add(new Info.Checked(p, file));
        loaded.put(path, p);
        loading.remove(path);
        return p;
    }

    public List<Diagnostics.Error> errors() {
        return diags.sorted();
    }
}
