package gosub.syntax;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The library's syntax trees in one file, by package path: one resource read at start-up
 * instead of one per package (each costs milliseconds while the JVM is cold).
 */
public final class TreeBundle {
    private TreeBundle() {}

    private static final int MAGIC = 0x47534231; // "GSB1"

    public static byte[] write(Map<String, byte[]> trees) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(trees.size());
            for (Map.Entry<String, byte[]> e : new TreeMap<>(trees).entrySet()) {
                if (!e.getKey().chars().allMatch(c -> c > 0 && c < 0x80)) throw new IllegalArgumentException("package path not ASCII: " + e.getKey());
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The trees in data by package path; empty when data is not a bundle. Read by hand, not
     * with a DataInputStream: this runs once per start, cold, on the critical path.
     */
    public static Map<String, byte[]> read(byte[] data) {
        Map<String, byte[]> trees = new HashMap<>();
        if (data.length < 8 || readInt(data, 0) != MAGIC) return trees;
        int n = readInt(data, 4);
        int at = 8;
        for (int i = 0; i < n; i++) {
            // writeUTF's length prefix; package paths are ASCII, which it writes as is
            int pathLen = ((data[at] & 0xff) << 8) | (data[at + 1] & 0xff);
            String path = new String(data, at + 2, pathLen, java.nio.charset.StandardCharsets.ISO_8859_1);
            at += 2 + pathLen;
            int len = readInt(data, at);
            at += 4;
            trees.put(path, Arrays.copyOfRange(data, at, at + len));
            at += len;
        }
        return trees;
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
