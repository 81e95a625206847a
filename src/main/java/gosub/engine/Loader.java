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

    /** Checks the main file; returns false when there are compile errors (in diags). */
    public boolean load(String fileName, byte[] source) {
        LibraryCache.prefetchImports(new String(source, java.nio.charset.StandardCharsets.UTF_8));
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
