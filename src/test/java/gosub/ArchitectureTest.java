package gosub;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Data flows forward: each package may use only the packages listed for it. */
class ArchitectureTest {
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "syntax", Set.of("parser"),
            "types", Set.of("syntax"),
            "runtime", Set.of("types", "syntax"),
            "exec", Set.of("runtime", "types", "syntax"),
            "compile", Set.of("exec", "runtime", "types", "syntax"),
            "lib", Set.of("compile", "exec", "runtime", "types", "syntax"),
            "engine", Set.of("lib", "compile", "exec", "runtime", "types", "syntax"),
            "cli", Set.of("engine"));

    private static final Pattern REF = Pattern.compile("\\bgosub\\.([a-z]+)\\.");

    @Test
    void dependenciesPointOneWay() throws IOException {
        List<String> violations = new ArrayList<>();
        Path root = Path.of("src/main/java/gosub");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f).getName(0).toString();
                Set<String> allowed = ALLOWED.get(pkg);
                if (allowed == null) continue;
                Matcher m = REF.matcher(Files.readString(f));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && !allowed.contains(used)) violations.add(f + " uses gosub." + used);
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }
}
