package gosub.lib;

import gosub.compile.Natives;
import gosub.exec.NativeFn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The standard packages gosub provides: each is a Go source file under resources
 * gosub/lib/, whose functions without a body are bound here to Java code by full name.
 */
public final class Stdlib {
    private Stdlib() {}

    /** The Go source of package path, or null when gosub does not provide it. */
    public static String source(String path) {
        byte[] b = resource(path + ".go");
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /** Whether gosub provides package path. */
    public static boolean provides(String path) {
        if (Trees.FROM_JAR && Trees.BY_PATH.containsKey(path)) return true;
        return Stdlib.class.getResource("/gosub/lib/" + path + ".go") != null;
    }

    /** The source of package path as bytes, or null when gosub does not provide it. */
    public static byte[] sourceBytes(String path) {
        return resource(path + ".go");
    }

    /**
     * The syntax tree of package path as the build wrote it (see gosub.syntax.AstReader), or
     * null when there is none.
     */
    public static byte[] tree(String path) {
        return Trees.BY_PATH.get(path);
    }

    /**
     * Whether the trees come from gosub's jar, which the build made from the very sources the
     * trees were written from; elsewhere (a build directory) a tree may be older than its source.
     */
    public static boolean treesFromJar() {
        return Trees.FROM_JAR;
    }

    /** The trees the build wrote, read once. */
    private static final class Trees {
        static final String NAME = "gosub/lib/" + gosub.syntax.WriteLibraryTrees.BUNDLE;
        static final byte[] IN_JAR = readFromJar();
        static final boolean FROM_JAR = IN_JAR != null;
        static final Map<String, byte[]> BY_PATH = FROM_JAR ? gosub.syntax.TreeBundle.read(IN_JAR) : readResource();

        /**
         * The bundle read straight from the jar gosub runs from, or null when it runs from a
         * directory. Asking the class loader for the resource first searched the JDK's own
         * modules and took 3-5 ms more of every start.
         */
        private static byte[] readFromJar() {
            var source = Stdlib.class.getProtectionDomain().getCodeSource();
            java.net.URL where = source == null ? null : source.getLocation();
            if (where == null || !where.getProtocol().equals("file") || !where.getPath().endsWith(".jar")) return null;
            try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(new java.io.File(where.toURI()))) {
                java.util.zip.ZipEntry e = jar.getEntry(NAME);
                if (e == null) return null;
                try (InputStream in = jar.getInputStream(e)) {
                    return in.readAllBytes();
                }
            } catch (IOException | java.net.URISyntaxException | IllegalArgumentException e) {
                return null;
            }
        }

        private static Map<String, byte[]> readResource() {
            try (InputStream in = Stdlib.class.getResourceAsStream("/" + NAME)) {
                return in == null ? Map.of() : gosub.syntax.TreeBundle.read(in.readAllBytes());
            } catch (IOException e) {
                return Map.of();
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Stdlib.class.getResourceAsStream("/gosub/lib/" + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Which registrars bind each package's natives. A program pays only for the packages it
     * imports: registering every native (hundreds of lambdas) was a visible part of start-up.
     */
    private static final Map<String, List<Consumer<Map<String, NativeFn>>>> REGISTRARS = Map.ofEntries(
            Map.entry("fmt", List.of(FmtNatives::register)),
            Map.entry("os", List.of(OsNatives::register, OsFileNatives::register)),
            Map.entry("sync", List.of(SyncNatives::register)),
            Map.entry("sync/atomic", List.of(AtomicNatives::register)),
            Map.entry("time", List.of(TimeNatives::register)),
            Map.entry("errors", List.of(ErrorsNatives::register)),
            Map.entry("runtime", List.of(RuntimeNatives::register)),
            Map.entry("net/http", List.of(RuntimeNatives::register)),
            Map.entry("strings", List.of(StringsNatives::register)),
            Map.entry("strconv", List.of(StrconvNatives::register, FmtNatives::register)),
            Map.entry("math", List.of(MathNatives::register)),
            Map.entry("math/bits", List.of(BitsNatives::register)),
            Map.entry("math/rand", List.of(RandNatives::register)),
            Map.entry("unicode", List.of(UnicodeNatives::register)),
            Map.entry("unicode/utf8", List.of(Utf8Natives::register, StringsNatives::register)),
            Map.entry("sort", List.of(SortNatives::register)),
            Map.entry("bytes", List.of(BytesNatives::register)),
            Map.entry("bufio", List.of(BytesNatives::register)));

    private static final Map<String, NativeFn> NATIVES = new ConcurrentHashMap<>();
    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();

    private static NativeFn lookup(String fullName) {
        int dot = fullName.indexOf('.');
        String pkg = dot < 0 ? fullName : fullName.substring(0, dot);
        NativeFn fn = NATIVES.get(fullName);
        if (fn == null && !REGISTERED.contains(pkg)) {
            register(pkg);
            fn = NATIVES.get(fullName);
        }
        return fn;
    }

    private static synchronized void register(String pkg) {
        if (REGISTERED.contains(pkg)) return;
        Map<String, NativeFn> m = new HashMap<>();
        for (Consumer<Map<String, NativeFn>> r : REGISTRARS.getOrDefault(pkg, List.of())) r.accept(m);
        // A registrar may bind names of other packages too; those are kept but never replace
        // a binding already made.
        m.forEach(NATIVES::putIfAbsent);
        REGISTERED.add(pkg);
    }

    public static Natives natives() {
        return Stdlib::lookup;
    }
}
