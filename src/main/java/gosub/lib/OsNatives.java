package gosub.lib;

import gosub.exec.NativeFn;
import gosub.runtime.*;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** os: standard streams, exit, environment. */
final class OsNatives {
    private OsNatives() {}

    static int fd(Object file) {
        return (int) (long) (Long) ((StructValue) ((Pointer) file).load()).fields[0];
    }

    static void write(Goroutine g, int fd, byte[] b) {
        if (fd == 2) g.run.stderr(new String(b, java.nio.charset.StandardCharsets.UTF_8));
        else g.run.out.write(b);
    }

    static void register(Map<String, NativeFn> m) {
        m.put("os.read", (a, g, p) -> {
            Slice s = (Slice) a[1];
            int n = s == null ? 0 : s.len;
            byte[] buf = new byte[n];
            int r;
            try {
                r = n == 0 ? 0 : g.run.in.read(buf);
            } catch (IOException e) {
                r = -1;
            }
            if (r < 0) return new Object[] {0L, true};
            Args.putBytes(s, buf, 0, r);
            return new Object[] {(long) r, false};
        });
        m.put("os.Exit", (a, g, p) -> {
            g.run.exit((int) (long) (Long) a[0]);
            throw new ExitException();
        });
        m.put("os.args", (a, g, p) -> {
            @SuppressWarnings("unchecked")
            List<String> args = (List<String>) g.run.libState.getOrDefault("os.Args", List.of());
            Object[] out = new Object[args.size() + 1];
            out[0] = GoString.of("/tmp/go-build/exe/" + g.run.fileName.replaceAll("\\.go$", "").replaceAll(".*/", ""));
            for (int i = 0; i < args.size(); i++) out[i + 1] = GoString.of(args.get(i));
            return Slice.of(out);
        });
        m.put("os.Getenv", (a, g, p) -> {
            String v = env(g).get(Args.str(a[0]));
            return GoString.of(v == null ? "" : v);
        });
        m.put("os.LookupEnv", (a, g, p) -> {
            String v = env(g).get(Args.str(a[0]));
            return new Object[] {GoString.of(v == null ? "" : v), v != null};
        });
        m.put("os.setenv", (a, g, p) -> {
            env(g).put(Args.str(a[0]), Args.str(a[1]));
            return null;
        });
        m.put("os.unsetenv", (a, g, p) -> {
            env(g).remove(Args.str(a[0]));
            return null;
        });
        m.put("os.Clearenv", (a, g, p) -> {
            env(g).clear();
            return null;
        });
        m.put("os.Environ", (a, g, p) -> {
            List<Object> out = new java.util.ArrayList<>();
            env(g).forEach((k, v) -> out.add(GoString.of(k + "=" + v)));
            return Slice.of(out.toArray());
        });
    }

    /** The program's environment: a copy of the process's, which Setenv and Unsetenv change. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> env(Goroutine g) {
        return (Map<String, String>) g.run.libState.computeIfAbsent("os.env",
                k -> java.util.Collections.synchronizedMap(new java.util.TreeMap<>(System.getenv())));
    }
}
