package gosub.engine;

import gosub.lib.Stdlib;
import gosub.syntax.Decl;
import gosub.syntax.GoSource;
import gosub.syntax.SyntaxError;
import gosub.types.Checker;
import gosub.types.Diagnostics;
import gosub.types.Info;
import gosub.types.Package;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses and checks a program and the library packages it imports (which are Go source
 * files shipped with gosub, their bodiless functions bound to Java code).
 */
public final class Loader {
    public final Info info = new Info();
    public final Diagnostics diags = new Diagnostics();
    private final Map<String, Package> loaded = new HashMap<>();
    private final Map<String, Boolean> loading = new HashMap<>();
    /** Library sources being parsed in the background while the program is parsed and checked. */
    private final Map<String, java.util.concurrent.Future<Decl.File>> parsing = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern IMPORT = java.util.regex.Pattern.compile("\"([a-z0-9/]+)\"");

    /** Checks the main file; returns false when there are compile errors (in diags). */
    public boolean load(String fileName, byte[] source) {
        prefetchImports(new String(source, java.nio.charset.StandardCharsets.UTF_8));
        Decl.File file;
        try {
            file = GoSource.parse(fileName, source);
            Timing.mark("parse main");
        } catch (SyntaxError e) {
            diags.add(fileName, e.pos, e.getMessage());
            return false;
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

    private Package importPackage(String path) {
        Package p = loaded.get(path);
        if (p != null) return p;
        if (loading.containsKey(path)) throw new IllegalStateException("import cycle through " + path);
        if (Stdlib.source(path) == null) return null;
        loading.put(path, true);
        Decl.File file = parsed(path);
        Checker checker = new Checker(info, diags, file, path, this::importPackage);
        p = checker.check(file);
        info.packages.add(new Info.Checked(p, file));
        loaded.put(path, p);
        loading.remove(path);
        return p;
    }

    /**
     * Starts parsing, on other threads, the library packages a source's import block names
     * (and theirs): a cold parser is the largest cost of starting a program.
     */
    private void prefetchImports(String source) {
        int end = source.indexOf("func ");
        String head = end < 0 ? source : source.substring(0, end);
        java.util.regex.Matcher m = IMPORT.matcher(head);
        while (m.find()) prefetch(m.group(1));
    }

    private void prefetch(String path) {
        if (parsing.containsKey(path)) return;
        String src = Stdlib.source(path);
        if (src == null) return;
        java.util.concurrent.FutureTask<Decl.File> task = new java.util.concurrent.FutureTask<>(() -> {
            prefetchImports(src);
            return GoSource.parseLibrary("$GOROOT/src/" + path + ".go", src.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        if (parsing.putIfAbsent(path, task) == null) Thread.ofPlatform().daemon().start(task);
    }

    private Decl.File parsed(String path) {
        prefetch(path);
        try {
            return parsing.get(path).get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public List<Diagnostics.Error> errors() {
        return diags.sorted();
    }
}
