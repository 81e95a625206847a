package gosub.lib;

import gosub.compile.Natives;
import gosub.exec.NativeFn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The standard packages gosub provides: each is a Go source file under resources
 * gosub/lib/, whose functions without a body are bound here to Java code by full name.
 */
public final class Stdlib {
    private Stdlib() {}

    /** The Go source of package path, or null when gosub does not provide it. */
    public static String source(String path) {
        try (InputStream in = Stdlib.class.getResourceAsStream("/gosub/lib/" + path + ".go")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static final Map<String, NativeFn> NATIVES = build();

    private static Map<String, NativeFn> build() {
        Map<String, NativeFn> m = new HashMap<>();
        FmtNatives.register(m);
        OsNatives.register(m);
        SyncNatives.register(m);
        TimeNatives.register(m);
        ErrorsNatives.register(m);
        RuntimeNatives.register(m);
        StringsNatives.register(m);
        StrconvNatives.register(m);
        MathNatives.register(m);
        UnicodeNatives.register(m);
        BitsNatives.register(m);
        AtomicNatives.register(m);
        RandNatives.register(m);
        OsFileNatives.register(m);
        SortNatives.register(m);
        Utf8Natives.register(m);
        BytesNatives.register(m);
        return Map.copyOf(m);
    }

    public static Natives natives() {
        return NATIVES::get;
    }
}
