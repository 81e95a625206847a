package gosub.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosub.engine.Engine;
import gosub.engine.Options;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs a Go program in-process through the Engine, as `gosub run` would, and returns its stdout. */
final class GoRun {
    private GoRun() {}

    /** Runs source (real clock, or the playground's fake clock); it must exit 0 with nothing on stderr. */
    static String run(String source, boolean fakeTime) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Engine.run("stress.go", source.getBytes(StandardCharsets.UTF_8), new Options(fakeTime, 0, List.of()),
                    new ByteArrayInputStream(new byte[0]), out, errStream);
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, () -> "exit status; stderr:\n" + stderr + "\nstdout:\n" + stdout);
        assertEquals("", stderr, "stderr");
        return stdout;
    }

    static String run(String source) {
        return run(source, false);
    }

    /** Replaces each ${NAME} in template by its value. */
    static String fill(String template, Map<String, ?> values) {
        String s = template;
        for (Map.Entry<String, ?> e : values.entrySet()) s = s.replace("${" + e.getKey() + "}", String.valueOf(e.getValue()));
        if (s.contains("${")) throw new IllegalArgumentException("unfilled placeholder in " + s);
        return s;
    }
}
