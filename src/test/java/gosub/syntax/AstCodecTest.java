package gosub.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A tree written by AstWriter reads back as the tree the parser built, for every library and golden file. */
class AstCodecTest {
    @TestFactory
    Stream<DynamicTest> everyLibraryAndGoldenFileReadsBackTheSame() throws IOException {
        return Stream.concat(goFiles("src/main/resources/gosub/lib"), goFiles("golden"))
                .map(p -> DynamicTest.dynamicTest(p.toString(), () -> assertRoundTrip(Files.readAllBytes(p))));
    }

    @Test
    void anotherSourceOrFormatIsNotRead() {
        byte[] src = "package p\n\nfunc f() int { return 1 }\n".getBytes();
        byte[] tree = AstWriter.write(GoSource.parse("f.go", src), src);
        assertTrue(AstReader.writtenFrom(tree, src));
        assertFalse(AstReader.writtenFrom(tree, "package p\n\nfunc f() int { return 2 }\n".getBytes()));
        byte[] other = tree.clone();
        other[4]++; // the version
        assertFalse(AstReader.writtenFrom(other, src));
        assertNull(AstReader.read("f.go", other));
        assertFalse(AstReader.writtenFrom(new byte[3], src));
    }

    private static Stream<Path> goFiles(String dir) throws IOException {
        return Files.walk(Path.of(dir)).filter(p -> p.toString().endsWith(".go")).sorted();
    }

    private static void assertRoundTrip(byte[] src) {
        Decl.File parsed;
        try {
            parsed = GoSource.parse("f.go", src);
        } catch (SyntaxError e) {
            return; // a golden program with syntax errors has no tree
        }
        Decl.File read = AstReader.read("f.go", AstWriter.write(parsed, src));
        assertEquals(parsed.pos(), read.pos());
        assertEquals(parsed.pkg(), read.pkg());
        assertEquals(parsed.imports(), read.imports());
        List<Decl> whole = parsed.decls();
        List<Decl> back = read.decls();
        assertEquals(whole.size(), back.size());
        for (int i = 0; i < whole.size(); i++) {
            if (whole.get(i) instanceof Decl.Func w) {
                Decl.Func r = (Decl.Func) back.get(i);
                assertEquals(w.pos(), r.pos());
                assertEquals(w.recv(), r.recv());
                assertEquals(w.name(), r.name());
                assertEquals(w.type(), r.type());
                assertEquals(w.hasBody(), r.hasBody());
                assertEquals(w.body(), r.body(), "body of " + w.name().name());
            } else {
                assertEquals(whole.get(i), back.get(i));
            }
        }
    }
}
