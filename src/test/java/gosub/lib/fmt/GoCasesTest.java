package gosub.lib.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosub.runtime.GoString;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of {@link GoCases} (outputs recorded from Go) through the Printer. */
class GoCasesTest {
    static Stream<GoCases.Case> cases() {
        return GoCases.ALL.stream();
    }

    static byte[] run(GoCases.Case c) {
        return switch (c.mode()) {
            case 'f' -> Printer.sprintf(new GoString(c.format().getBytes(StandardCharsets.UTF_8)), c.args(),
                    GoValues.METHOD_CALLER, null);
            case 'p' -> Printer.sprint(c.args(), GoValues.METHOD_CALLER, null);
            default -> Printer.sprintln(c.args(), GoValues.METHOD_CALLER, null);
        };
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesGo(GoCases.Case c) {
        byte[] got = run(c);
        assertEquals(show(c.expected()), show(got));
    }

    private static String show(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
