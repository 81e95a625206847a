package gosub.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** ImportClause names exactly the imports the parser finds, or admits it is unsure. */
class ImportClauseTest {
    @Test
    void plainForms() {
        assertEquals(List.of("fmt"), paths("package main\n\nimport \"fmt\"\n\nfunc main() {}\n"));
        assertEquals(List.of("fmt", "os", "math/rand", "strings"), paths("""
                // Doc.
                package main /* c */

                import (
                \t"fmt"
                \tf "os" // why
                \t. "math/rand"
                )
                import _ "strings"; var x = 1
                """));
        assertEquals(List.of(), paths("package main\nfunc main() {}\n"));
        assertEquals(List.of("a", "b"), paths("package p; import (\"a\"; \"b\")"));
    }

    @Test
    void unsureOfAnythingElse() {
        assertNull(paths("import \"fmt\""));
        assertNull(paths("package main\nimport `fmt`\n"));
        assertNull(paths("package main\nimport \"f\\x6dt\"\n"));
        assertNull(paths("package main\nimport (\n\"fmt\"\n"));
        assertNull(paths("package main\nimport é \"fmt\"\n"));
        assertNull(paths("package main\nimport \"fmt\n"));
    }

    @TestFactory
    Stream<DynamicTest> agreesWithTheParserOnEveryGoldenFile() throws IOException {
        return Files.walk(Path.of("golden")).filter(p -> p.toString().endsWith(".go")).sorted()
                .map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
                    byte[] src = Files.readAllBytes(p);
                    List<String> scanned = ImportClause.paths(src);
                    Decl.File f;
                    try {
                        f = GoSource.parse("f.go", src);
                    } catch (SyntaxError e) {
                        return; // nothing to agree with
                    }
                    if (scanned != null) assertEquals(f.imports().stream().map(Decl.Import::path).toList(), scanned);
                }));
    }

    private static List<String> paths(String src) {
        return ImportClause.paths(src.getBytes());
    }
}
