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
            for (int i = 0; i < r; i++) s.array[s.off + i] = (long) (buf[i] & 0xFF);
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
            String k = Args.str(a[0]);
            if (k.isEmpty() || k.indexOf('=') >= 0 || k.indexOf('\0') >= 0) return false;
            env(g).put(k, Args.str(a[1]));
            return true;
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
            Map<String, String> env = env(g);
            synchronized (env) {
                Object[] out = new Object[env.size()];
                int i = 0;
                for (Map.Entry<String, String> e : env.entrySet()) out[i++] = GoString.of(e.getKey() + "=" + e.getValue());
                return Slice.of(out);
            }
        });
    }

    /** The program's environment: the process's, copied on first use so that Setenv stays inside the run. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> env(Goroutine g) {
        return (Map<String, String>) g.run.libState.computeIfAbsent("os.env",
                k -> java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(System.getenv())));
    }
}
