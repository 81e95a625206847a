package gosub.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A library file parsed with its bodies cut out and parsed later gives the AST of a whole parse. */
class LazyBodiesTest {
    @TestFactory
    Stream<DynamicTest> everyLibraryFileGivesTheSameTree() throws IOException {
        return Files.walk(Path.of("src/main/resources/gosub/lib")).filter(p -> p.toString().endsWith(".go")).sorted()
                .map(p -> DynamicTest.dynamicTest(p.toString(), () -> assertSameTree(Files.readAllBytes(p))));
    }

    @Test
    void signaturesWithBracesAndTopLevelFunctionLiterals() {
        assertSameTree("""
                package p

                var f = func(x int) int { return x + 1 }

                type F func(int) int

                func g(x interface{ M() }, y struct{ a int }) struct{ b int } {
                \treturn struct{ b int }{y.a}
                }

                func (r *T) h(fn func() int) { if fn() > 0 { r.n++ } }

                func native(x int) int
                """.getBytes());
    }

    private static void assertSameTree(byte[] src) {
        List<Decl> whole = GoSource.parse("f.go", src).decls();
        List<Decl> lazy = GoSource.parseLibrary("f.go", src).decls();
        assertEquals(whole.size(), lazy.size());
        for (int i = 0; i < whole.size(); i++) {
            if (whole.get(i) instanceof Decl.Func w) {
                Decl.Func l = (Decl.Func) lazy.get(i);
                assertEquals(w.name(), l.name());
                assertEquals(w.type(), l.type());
                assertEquals(w.hasBody(), l.hasBody());
                assertEquals(w.body(), l.body(), "body of " + w.name().name());
            } else {
                assertEquals(whole.get(i), lazy.get(i));
            }
        }
        assertTrue(lazy.stream().anyMatch(d -> d instanceof Decl.Func) || whole.stream().noneMatch(d -> d instanceof Decl.Func));
    }
}
