package gosub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gosub.engine.Golden;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every program under golden/ must print exactly its NAME.out (and exit, stderr) — in-process. */
class GoldenTest {
    @TestFactory
    Stream<DynamicTest> goldenPrograms() throws IOException {
        List<Path> programs = Golden.programs(Path.of("golden"));
        assertFalse(programs.isEmpty(), "no golden programs found");
        return programs.stream().map(p -> DynamicTest.dynamicTest(Path.of("golden").relativize(p).toString(), () -> {
            Golden.Result r = Golden.check(p);
            assertTrue(r.passed(), r.failure());
        }));
    }
}
