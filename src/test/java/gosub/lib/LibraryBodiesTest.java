package gosub.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosub.engine.Loader;
import gosub.syntax.Decl;
import gosub.types.Info;
import gosub.types.Obj;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Library function bodies are type-checked only when first compiled, and constants only when
 * first used, so an error in one would surface in some user's program as a gosub failure. Here
 * every body and constant of every package is checked up front.
 */
class LibraryBodiesTest {
    @Test
    void everyLibraryBodyTypeChecks() throws IOException {
        Path root = Path.of("src/main/resources/gosub/lib");
        List<String> paths = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".go")).forEach(p -> {
                String rel = root.relativize(p).toString().replace('\\', '/');
                String path = rel.substring(0, rel.length() - 3);
                if (!path.startsWith("internal/")) paths.add(path);
            });
        }
        assertTrue(paths.size() > 20, "library packages found: " + paths);
        StringBuilder src = new StringBuilder("package main\n\nimport (\n");
        for (String p : paths) src.append("\t_ \"").append(p).append("\"\n");
        src.append(")\n\nfunc main() {}\n");
        Loader loader = new Loader();
        boolean ok = loader.load("all.go", src.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(ok, "imports: " + loader.errors());
        for (Decl.Func d : new ArrayList<>(loader.info().uncheckedBodies.keySet())) loader.info().ensureChecked(d);
        // Constants too are resolved only when first used.
        for (Info.Checked c : loader.info().packages) {
            for (Obj o : c.pkg().scope.names.values()) if (o instanceof Obj.Const k) k.resolve();
        }
        assertEquals(List.of(), loader.errors().stream().map(Object::toString).toList());
    }
}
