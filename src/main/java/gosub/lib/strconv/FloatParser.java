package gosub.lib.strconv;

import gosub.lib.strconv.ParseNumbers.FloatResult;
import java.math.BigInteger;

/**
 * Go's strconv.ParseFloat: the accepted syntax (decimal and hexadecimal literals with Go's
 * underscore rules, "inf"/"infinity"/"nan" in any case, optional sign except on NaN) and a
 * correctly rounded result (round half to even on the exact value) for float64 or float32.
 * Overflow gives ±Inf with ErrRange; underflow gives ±0 or a denormal without error.
 */
public final class FloatParser {
    private static final String FN = "ParseFloat";

    /** Syntax read by {@link #read}: value = mant × base^exp, where base is 10 or 2. */
    private record Literal(boolean neg, boolean hex, BigInteger mant, int digits, int dp, int end) {}

    private FloatParser() {}

    public static FloatResult parse(byte[] s, int bitSize) {
        boolean f32 = bitSize == 32;
        int special = special(s);
        if (special >= 0) {
            if (special != s.length) {
                return syntax(s);
            }
            double v = specialValue(s);
            return new FloatResult(v, null);
        }
        Literal lit = read(s);
        if (lit == null || lit.end != s.length) {
            return syntax(s);
        }
        double v = lit.hex ? hexValue(lit, f32) : decimalValue(lit, f32);
        if (Double.isInfinite(v)) {
            return new FloatResult(v, NumError.range(FN, s));
        }
        return new FloatResult(v, null);
    }

    /** Go's parseFloatPrefix: the value of the longest number at the start of s, its length, and the error. */
    public record Prefix(double value, int n, NumError err) {}

    public static Prefix parsePrefix(byte[] s, int bitSize) {
        boolean f32 = bitSize == 32;
        int special = special(s);
        if (special >= 0) {
            return new Prefix(specialValue(s), special, null);
        }
        Literal lit = read(s);
        if (lit == null) {
            return new Prefix(0, 0, NumError.syntax(FN, s));
        }
        double v = lit.hex ? hexValue(lit, f32) : decimalValue(lit, f32);
        if (Double.isInfinite(v)) {
            return new Prefix(v, lit.end, NumError.range(FN, java.util.Arrays.copyOf(s, lit.end)));
        }
        return new Prefix(v, lit.end, null);
    }

    private static FloatResult syntax(byte[] s) {
        return new FloatResult(0, NumError.syntax(FN, s));
    }

    /** Length of a leading "inf", "infinity" (optionally signed) or "nan", any case; -1 if none. */
    private static int special(byte[] s) {
        if (s.length == 0) {
            return -1;
        }
        int c = s[0];
        int sign = (c == '+' || c == '-') ? 1 : 0;
        if (sign == 1 || c == 'i' || c == 'I') {
            int n = prefixIgnoreCase(s, sign, "infinity");
            if (n > 3 && n < 8) {
                n = 3;
            }
            if (n == 3 || n == 8) {
                return sign + n;
            }
            return -1;
        }
        if ((c == 'n' || c == 'N') && prefixIgnoreCase(s, 0, "nan") == 3) {
            return 3;
        }
        return -1;
    }

    private static double specialValue(byte[] s) {
        int c = s[0];
        if (c == 'n' || c == 'N') {
            return Double.NaN;
        }
        return c == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    private static int prefixIgnoreCase(byte[] s, int from, String word) {
        int n = 0;
        while (n < word.length() && from + n < s.length) {
            int c = s[from + n];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != word.charAt(n)) {
                break;
            }
            n++;
        }
        return n;
    }

    /**
     * Reads the longest number literal at the start of s as Go's readFloat does, or returns
     * null when that prefix is malformed. Exponents stop accumulating past 10000 like Go's.
     */
    private static Literal read(byte[] s) {
        int n = s.length;
        int i = 0;
        if (n == 0) {
            return null;
        }
        boolean neg = false;
        if (s[0] == '+') {
            i++;
        } else if (s[0] == '-') {
            neg = true;
            i++;
        }
        boolean hex = false;
        boolean underscores = false;
        if (i + 2 < n && s[i] == '0' && ParseNumbers.lower(s[i + 1]) == 'x') {
            hex = true;
            i += 2;
        }
        StringBuilder digits = new StringBuilder();
        boolean sawDot = false;
        boolean sawDigits = false;
        int dp = 0;
        for (; i < n; i++) {
            int c = s[i] & 0xFF;
            if (c == '_') {
                underscores = true;
            } else if (c == '.') {
                if (sawDot) {
                    break;
                }
                sawDot = true;
                dp = digits.length();
            } else if (c >= '0' && c <= '9') {
                sawDigits = true;
                if (c == '0' && digits.isEmpty()) {
                    dp--; // leading zero: not a significant digit
                    continue;
                }
                digits.append((char) c);
            } else if (hex && ParseNumbers.lower(c) >= 'a' && ParseNumbers.lower(c) <= 'f') {
                sawDigits = true;
                digits.append((char) c);
            } else {
                break;
            }
        }
        if (!sawDigits) {
            return null;
        }
        if (!sawDot) {
            dp = digits.length();
        }
        if (hex) {
            dp *= 4;
        }
        int expChar = hex ? 'p' : 'e';
        if (i < n && ParseNumbers.lower(s[i]) == expChar) {
            i++;
            if (i >= n) {
                return null;
            }
            int esign = 1;
            if (s[i] == '+') {
                i++;
            } else if (s[i] == '-') {
                i++;
                esign = -1;
            }
            if (i >= n || s[i] < '0' || s[i] > '9') {
                return null;
            }
            int e = 0;
            for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++) {
                if (s[i] == '_') {
                    underscores = true;
                    continue;
                }
                if (e < 10000) {
                    e = e * 10 + (s[i] - '0');
                }
            }
            dp += e * esign;
        } else if (hex) {
            return null; // hexadecimal mantissa requires a 'p' exponent
        }
        if (underscores && !ParseNumbers.underscoreOK(s, i)) {
            return null;
        }
        BigInteger mant = digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits.toString(), hex ? 16 : 10);
        return new Literal(neg, hex, mant, digits.length(), dp, i);
    }

    private static double signed(boolean neg, double v) {
        return neg ? -v : v;
    }

    /** Decimal: value = 0.DIGITS × 10^dp. */
    private static double decimalValue(Literal lit, boolean f32) {
        if (lit.mant.signum() == 0 || lit.dp < -330) {
            return signed(lit.neg, 0.0);
        }
        if (lit.dp > 310) {
            return signed(lit.neg, Double.POSITIVE_INFINITY);
        }
        int k = lit.dp - lit.digits; // value = mant × 10^k
        BigInteger num = lit.mant;
        BigInteger den = BigInteger.ONE;
        if (k >= 0) {
            num = num.multiply(BigInteger.TEN.pow(k));
        } else {
            den = BigInteger.TEN.pow(-k);
        }
        return signed(lit.neg, round(num, den, f32));
    }

    /** Hexadecimal: value = 0.HEXDIGITS × 2^dp (dp already in bits). */
    private static double hexValue(Literal lit, boolean f32) {
        if (lit.mant.signum() == 0) {
            return signed(lit.neg, 0.0);
        }
        long k = (long) lit.dp - 4L * lit.digits; // value = mant × 2^k
        // Far outside the float range either way: avoid building huge numbers.
        long top = k + lit.mant.bitLength();
        if (top > 2000) {
            return signed(lit.neg, Double.POSITIVE_INFINITY);
        }
        if (top < -2000) {
            return signed(lit.neg, 0.0);
        }
        BigInteger num = lit.mant;
        BigInteger den = BigInteger.ONE;
        if (k >= 0) {
            num = num.shiftLeft((int) k);
        } else {
            den = den.shiftLeft((int) -k);
        }
        return signed(lit.neg, round(num, den, f32));
    }

    /**
     * num/den (both positive) rounded half to even to the nearest float64, or float32 when f32
     * (widened to double); +Inf past the largest finite value.
     */
    static double round(BigInteger num, BigInteger den, boolean f32) {
        final int precision = f32 ? 24 : 53;
        final int minLsb = f32 ? -149 : -1074;
        final int bias = f32 ? 127 : 1023;
        final int maxBiased = f32 ? 255 : 2047;
        // The value lies in (2^(a-1), 2^(a+1)).
        int a = num.bitLength() - den.bitLength();
        // Work at a bit position at least two places finer than the final last bit.
        int work = Math.max(a - precision - 3, minLsb) - 2;
        BigInteger n = num;
        BigInteger d = den;
        if (work < 0) {
            n = n.shiftLeft(-work);
        } else {
            d = d.shiftLeft(work);
        }
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        boolean sticky = qr[1].signum() != 0;
        int lead = work + q.bitLength() - 1; // exponent of the leading bit
        int lsb = Math.max(lead - (precision - 1), minLsb);
        int drop = lsb - work; // >= 2 by the choice of work
        BigInteger kept = q.shiftRight(drop);
        boolean half = q.testBit(drop - 1);
        boolean below = sticky || q.getLowestSetBit() < drop - 1;
        if (half && (below || kept.testBit(0))) {
            kept = kept.add(BigInteger.ONE);
            if (kept.bitLength() > precision) {
                kept = kept.shiftRight(1);
                lsb++;
            }
        }
        long m = kept.longValue();
        if (m == 0) {
            return 0.0;
        }
        long bits;
        if (m >>> (precision - 1) == 0) {
            bits = m; // denormal: lsb == minLsb
        } else {
            long biased = (long) lsb + (precision - 1) + bias;
            if (biased >= maxBiased) {
                return Double.POSITIVE_INFINITY;
            }
            bits = (biased << (precision - 1)) | (m & ((1L << (precision - 1)) - 1));
        }
        return f32 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
    }
}
