package gosub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** PlainRun reads the plain run form exactly as picocli would, and leaves everything else to picocli. */
class PlainRunTest {
    @Test
    void readsThePlainRunForms() {
        assertRead(new PlainRun("a.go", false, null, List.of()), "run", "a.go");
        assertRead(new PlainRun("a.go", true, null, List.of()), "run", "--fake-time", "a.go");
        assertRead(new PlainRun("a.go", false, "3s", List.of()), "run", "--time-limit", "3s", "a.go");
        assertRead(new PlainRun("a.go", true, "3s", List.of()), "run", "--time-limit=3s", "--fake-time", "a.go");
        assertRead(new PlainRun("dir/a b.go", false, null, List.of("x", "--fake-time", "-h", "--", "")),
                "run", "dir/a b.go", "x", "--fake-time", "-h", "--", "");
    }

    @Test
    void leavesEverythingElseToPicocli() {
        assertLeft();
        assertLeft("run");
        assertLeft("test", "golden");
        assertLeft("--help");
        assertLeft("-V");
        assertLeft("run", "-h");
        assertLeft("run", "--help", "a.go");
        assertLeft("run", "--fake-time", "--fake-time", "a.go");
        assertLeft("run", "--fake-time=true", "a.go");
        assertLeft("run", "--time-limit", "1s", "--time-limit", "2s", "a.go");
        assertLeft("run", "--time-limit", "-1s", "a.go");
        assertLeft("run", "--time-limit=", "a.go");
        assertLeft("run", "--time-limit", "@f", "a.go");
        assertLeft("run", "--time-limit");
        assertLeft("run", "--", "a.go");
        assertLeft("run", "--unknown", "a.go");
        assertLeft("run", "a.txt");
        assertLeft("run", "@args.go");
        assertLeft("run", "a.go", "@args");
        assertLeft("run", "--fake-time");
    }

    private static void assertRead(PlainRun expected, String... argv) {
        PlainRun got = PlainRun.read(argv);
        assertEquals(expected, got);
        assertEquals(expected, picocliReads(argv), "picocli reads " + List.of(argv) + " the same way");
    }

    private static void assertLeft(String... argv) {
        assertNull(PlainRun.read(argv), "left to picocli: " + List.of(argv));
    }

    private static PlainRun picocliReads(String[] argv) {
        ParseResult sub = new CommandLine(Picocli.spec()).parseArgs(argv).subcommand();
        assertNotNull(sub);
        return new PlainRun(sub.matchedPositionalValue(0, null), sub.matchedOptionValue("--fake-time", false),
                sub.matchedOptionValue("--time-limit", null), sub.matchedPositionalValue(1, List.of()));
    }
}
