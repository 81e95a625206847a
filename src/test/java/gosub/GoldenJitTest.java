package gosub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosub.engine.Golden;
import gosub.exec.Jit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden programs again with every function and loop compiled to bytecode on first use,
 * so that each emitter is checked against the tree's exact output. In this mode a function
 * the generator cannot compile is an error, not a quiet fallback.
 */
class GoldenJitTest {
    @TestFactory
    Stream<DynamicTest> goldenProgramsCompiled() throws IOException {
        List<Path> programs = Golden.programs(Path.of("golden"));
        assertFalse(programs.isEmpty(), "no golden programs found");
        return programs.stream().map(p -> DynamicTest.dynamicTest(Path.of("golden").relativize(p).toString(), () -> {
            Golden.Result r = Golden.check(p, Jit.ALL);
            assertTrue(r.passed(), r.failure());
        }));
    }
}
