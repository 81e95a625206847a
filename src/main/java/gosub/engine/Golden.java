package gosub.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden programs: NAME.go with NAME.out (exact stdout), and optionally NAME.exit (exit
 * code, default 0), NAME.stderr (the first line of stderr), NAME.flags (run options such as
 * --fake-time) and NAME.in (standard input).
 */
public final class Golden {
    private Golden() {}

    public record Result(Path program, boolean passed, String failure) {}

    public static List<Path> programs(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".go") && Files.exists(sibling(p, ".out"))).sorted().toList();
        }
    }

    static Path sibling(Path program, String ext) {
        String name = program.getFileName().toString();
        return program.resolveSibling(name.substring(0, name.length() - 3) + ext);
    }

    public static Result check(Path program) {
        return check(program, -1);
    }

    /** jit: the bytecode compiler's mode (gosub.exec.Jit), or -1 for the default. */
    public static Result check(Path program, int jit) {
        try {
            byte[] want = Files.readAllBytes(sibling(program, ".out"));
            int wantExit = Files.exists(sibling(program, ".exit")) ? Integer.parseInt(Files.readString(sibling(program, ".exit")).trim()) : 0;
            String wantErr = Files.exists(sibling(program, ".stderr")) ? firstLine(Files.readString(sibling(program, ".stderr"))) : null;
            List<String> flags = Files.exists(sibling(program, ".flags"))
                    ? Arrays.asList(Files.readString(sibling(program, ".flags")).trim().split("\\s+")) : List.of();
            byte[] in = Files.exists(sibling(program, ".in")) ? Files.readAllBytes(sibling(program, ".in")) : new byte[0];
            Options opts = Flags.parse(flags, List.of());
            if (jit >= 0) opts = opts.withJit(jit);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code;
            try (PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                code = Engine.run(program.getFileName().toString(), Files.readAllBytes(program), opts, new ByteArrayInputStream(in), out, errStream);
            }
            List<String> problems = new ArrayList<>();
            if (!Arrays.equals(out.toByteArray(), want)) problems.add("stdout differs:\n" + diff(want, out.toByteArray()));
            if (code != wantExit) problems.add("exit code " + code + ", want " + wantExit);
            String gotErr = firstLine(err.toString(StandardCharsets.UTF_8));
            if (wantErr != null && !wantErr.equals(gotErr)) problems.add("stderr first line: got \"" + gotErr + "\", want \"" + wantErr + "\"");
            if (wantErr == null && wantExit != code && !gotErr.isEmpty()) problems.add("stderr: " + gotErr);
            return new Result(program, problems.isEmpty(), String.join("; ", problems));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return new Result(program, false, "could not run: " + e);
        }
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The first differing line, with context enough to see what went wrong. */
    static String diff(byte[] want, byte[] got) {
        String[] w = new String(want, StandardCharsets.UTF_8).split("\n", -1);
        String[] g = new String(got, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(w.length, g.length); i++) {
            String a = i < w.length ? w[i] : "<missing>";
            String b = i < g.length ? g[i] : "<missing>";
            if (!a.equals(b)) return "  line " + (i + 1) + ":\n    want: " + a + "\n    got:  " + b;
        }
        return "  (differs in bytes)";
    }
}
