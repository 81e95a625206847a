package gosub.syntax;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
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
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The trees in data by package path; empty when data is not a bundle. */
    public static Map<String, byte[]> read(byte[] data) {
        Map<String, byte[]> trees = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(data))) {
            if (data.length < 8 || in.readInt() != MAGIC) return trees;
            int n = in.readInt();
            int at = 8;
            for (int i = 0; i < n; i++) {
                String path = in.readUTF();
                int len = in.readInt();
                at = data.length - in.available();
                trees.put(path, Arrays.copyOfRange(data, at, at + len));
                in.skipNBytes(len);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return trees;
    }
}
