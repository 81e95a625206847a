package gosub.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeBundleTest {
    @Test
    void readsBackWhatWasWritten() {
        Map<String, byte[]> trees = Map.of("fmt", new byte[] {1, 2, 3}, "unicode/utf8", new byte[0],
                "golang.org/x/exp/slices", new byte[] {(byte) 0xff, 0, 7});
        Map<String, byte[]> back = TreeBundle.read(TreeBundle.write(trees));
        assertEquals(trees.keySet(), back.keySet());
        for (String path : trees.keySet()) assertArrayEquals(trees.get(path), back.get(path), path);
    }

    @Test
    void somethingElseReadsAsNoTrees() {
        assertTrue(TreeBundle.read(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}).isEmpty());
        assertTrue(TreeBundle.read(new byte[0]).isEmpty());
    }

    @Test
    void aPathThatIsNotAsciiIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TreeBundle.write(Map.of("ünicode", new byte[0])));
    }
}
