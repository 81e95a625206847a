package gosub.runtime;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The store API: boxing at the edges, Go's copy semantics, the byte store's unsigned view. */
class ElemsTest {
    @Test
    void storesHoldTheirKindsAndBoxOnGet() {
        Object bytes = Elems.alloc(Elems.BYTE, 2);
        Elems.set(bytes, 0, 255L);
        assertEquals(255L, Elems.get(bytes, 0), "a byte store reads back unsigned");
        assertEquals(Elems.BYTE, Elems.kindOf(bytes));
        Object longs = Elems.of(Elems.LONG, new Object[] {1L, -2L});
        assertArrayEquals(new long[] {1, -2}, (long[]) longs);
        Object bools = Elems.alloc(Elems.BOOL, 3);
        Elems.set(bools, 2, true);
        assertEquals(Boolean.TRUE, Elems.get(bools, 2));
        assertEquals(3, Elems.length(bools));
    }

    @Test
    void copyOverlapsLikeMemmoveAndCopiesStructValues() {
        long[] a = {1, 2, 3, 4, 5};
        Elems.copy(a, 0, a, 1, 4);
        assertArrayEquals(new long[] {1, 1, 2, 3, 4}, a);
        StructValue v = new StructValue(new Object[] {1L});
        Object[] src = {v}, dst = new Object[1];
        Elems.copy(src, 0, dst, 0, 1);
        assertNotSame(v, dst[0], "a struct element is copied, not shared");
        assertEquals(v, dst[0]);
    }

    @Test
    void mixedStoresCopyElementWise() {
        Object[] boxed = {7L, 8L};
        byte[] b = new byte[2];
        Elems.copy(boxed, 0, b, 0, 2);
        assertArrayEquals(new byte[] {7, 8}, b);
        assertArrayEquals(new byte[] {8}, Elems.bytes(boxed, 1, 1));
    }

    @Test
    void arraysOfBasicTypesCopyAndCompareByValue() {
        ArrayValue x = new ArrayValue(new double[] {1.5, 2});
        ArrayValue y = x.copy();
        ((double[]) y.elems)[0] = 9;
        assertEquals(1.5, ((double[]) x.elems)[0]);
        assertNotEquals(x, y);
        ((double[]) y.elems)[0] = 1.5;
        assertEquals(x, y);
        assertEquals(x.hashCode(), y.hashCode());
    }
}
