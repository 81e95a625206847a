package gosub.lib;

import gosub.exec.NativeFn;
import gosub.runtime.Panics;
import java.util.Map;

/** math/bits: the 64-bit primitives on Java's Long intrinsics. */
final class BitsNatives {
    private BitsNatives() {}

    static void register(Map<String, NativeFn> m) {
        m.put("math/bits.TrailingZeros64", (a, g, p) -> (long) Long.numberOfTrailingZeros((Long) a[0]));
        m.put("math/bits.OnesCount64", (a, g, p) -> (long) Long.bitCount((Long) a[0]));
        m.put("math/bits.Reverse64", (a, g, p) -> Long.reverse((Long) a[0]));
        m.put("math/bits.ReverseBytes64", (a, g, p) -> Long.reverseBytes((Long) a[0]));
        m.put("math/bits.Len64", (a, g, p) -> (long) (64 - Long.numberOfLeadingZeros((Long) a[0])));
        m.put("math/bits.Mul64", (a, g, p) -> {
            long x = (Long) a[0], y = (Long) a[1];
            return new Object[] {Math.unsignedMultiplyHigh(x, y), x * y};
        });
        m.put("math/bits.div128", (a, g, p) -> {
            long hi = (Long) a[0], lo = (Long) a[1], y = (Long) a[2];
            java.math.BigInteger n = new java.math.BigInteger(Long.toUnsignedString(hi)).shiftLeft(64)
                    .or(new java.math.BigInteger(Long.toUnsignedString(lo)));
            java.math.BigInteger[] qr = n.divideAndRemainder(new java.math.BigInteger(Long.toUnsignedString(y)));
            return new Object[] {qr[0].longValue(), qr[1].longValue()};
        });
        m.put("math/bits.panicOverflow", (a, g, p) -> {
            throw Panics.error("integer overflow", p);
        });
        m.put("math/bits.panicDivide", (a, g, p) -> {
            throw Panics.divide(p);
        });
    }
}
