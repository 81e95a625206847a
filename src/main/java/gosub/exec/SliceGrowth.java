package gosub.exec;

import java.util.Arrays;

/**
 * The capacity append gives a slice that must grow, as Go's runtime computes it (current Go,
 * amd64): the growth rule of runtime/slice.go, then the allocation rounded up to the memory
 * allocator's size class, so that programs printing cap(s) see Go's numbers.
 */
final class SliceGrowth {
    private SliceGrowth() {}

    /** The allocator's small object sizes (runtime/sizeclasses.go); larger ones take whole pages. */
    private static final int[] SIZE_CLASSES = {
        8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
        352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
        2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472,
        9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
        28672, 32768};
    private static final long MAX_SMALL = 32768, PAGE = 8192;
    /** Objects with pointers above this size carry an 8-byte header inside their size class. */
    private static final long HEADER_FROM = 512, HEADER = 8;

    /** The new capacity for a slice of cap oldCap that must hold needed elements. */
    static int newCap(int oldCap, int needed, long elemSize, boolean pointers) {
        if (elemSize == 0) return needed;
        long cap = nextCap(oldCap, needed);
        long bytes = allocationSize(cap * elemSize, pointers);
        return (int) Math.min(bytes / elemSize, Integer.MAX_VALUE - 8);
    }

    /** Doubling for small slices, then a smooth move towards growing by a quarter. */
    private static long nextCap(int oldCap, int needed) {
        long doubled = 2L * oldCap;
        if (needed > doubled) return needed;
        if (oldCap < 256) return doubled;
        long c = oldCap;
        while (c < needed) c += (c + 3 * 256) >> 2;
        return c;
    }

    /** The usable size of the block the allocator hands out for a request of size bytes. */
    static long allocationSize(long size, boolean pointers) {
        if (size <= MAX_SMALL - HEADER) {
            long header = pointers && size > HEADER_FROM ? HEADER : 0;
            return smallClass(size + header) - header;
        }
        return (size + PAGE - 1) / PAGE * PAGE;
    }

    private static long smallClass(long size) {
        int i = Arrays.binarySearch(SIZE_CLASSES, (int) size);
        return SIZE_CLASSES[i >= 0 ? i : -i - 1];
    }
}
