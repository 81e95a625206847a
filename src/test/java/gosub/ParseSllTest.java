package gosub;

import static org.junit.jupiter.api.Assertions.assertFalse;

import gosub.syntax.GoSource;
import gosub.syntax.SyntaxError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The grammar is predictable: every valid golden program and library file parses in SLL mode
 * alone; programs with syntax errors are rejected in both modes.
 */
class ParseSllTest {
    @TestFactory
    Stream<DynamicTest> everyFileParsesWithoutFallback() throws IOException {
        Stream<Path> golden = Files.walk(Path.of("golden")).filter(p -> p.toString().endsWith(".go"));
        Stream<Path> lib = Files.walk(Path.of("src/main/resources/gosub/lib")).filter(p -> p.toString().endsWith(".go"));
        return Stream.concat(golden, lib).sorted().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            try {
                GoSource.parse(p.getFileName().toString(), Files.readAllBytes(p));
            } catch (SyntaxError e) {
                return; // a program with a syntax error: rejected by SLL and by LL alike
            }
            assertFalse(GoSource.usedFallback.get(), p + " needed the LL fallback");
        }));
    }
}
