package gosub.types;

import gosub.types.Type.Basic;
import gosub.types.Type.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact constant values: Boolean, BigInteger (integers and runes), BigDecimal (floats),
 * Cplx, and String for strings, where each char holds one byte (0..255) so that length,
 * concatenation and ordering are those of Go's byte strings.
 */
public final class Constant {
    private Constant() {}

    public static final MathContext MC = new MathContext(120, RoundingMode.HALF_EVEN);

    public record Cplx(BigDecimal re, BigDecimal im) {}

    public static BigDecimal toFloat(Object v) {
        return switch (v) {
            case BigInteger i -> new BigDecimal(i);
            case BigDecimal d -> d;
            case Cplx c -> c.re;
            default -> throw new IllegalArgumentException("not numeric: " + v);
        };
    }

    public static Cplx toComplex(Object v) {
        return v instanceof Cplx c ? c : new Cplx(toFloat(v), BigDecimal.ZERO);
    }

    /** The integer value of v when it is integral, else null. */
    public static BigInteger toInt(Object v) {
        return switch (v) {
            case BigInteger i -> i;
            case BigDecimal d -> {
                try {
                    yield d.toBigIntegerExact();
                } catch (ArithmeticException e) {
                    yield null;
                }
            }
            case Cplx c -> c.im.signum() == 0 ? toInt(c.re) : null;
            default -> null;
        };
    }

    /** Rank of an untyped numeric kind: int < rune < float < complex. */
    static int rank(Kind k) {
        return switch (k) {
            case UNTYPED_INT -> 1;
            case UNTYPED_RUNE -> 2;
            case UNTYPED_FLOAT -> 3;
            case UNTYPED_COMPLEX -> 4;
            default -> 0;
        };
    }

    /** Brings v to the representation of kind (an untyped or typed basic kind). */
    public static Object coerce(Object v, Basic t) {
        if (t.isComplex()) return toComplex(v);
        if (t.isFloat()) return toFloat(v);
        if (t.isInteger()) {
            BigInteger i = toInt(v);
            return i == null ? v : i;
        }
        return v;
    }

    /** Go's string for a constant in error messages, e.g. 300, 1.5, "x". */
    public static String describe(Object v) {
        return switch (v) {
            case BigInteger i -> i.toString();
            case BigDecimal d -> {
                BigInteger i = toInt(d);
                if (i != null && i.abs().bitLength() < 64) yield i.toString();
                yield shortFloat(d);
            }
            case Cplx c -> "(" + shortFloat(c.re) + " + " + shortFloat(c.im) + "i)";
            case String s -> '"' + s + '"';
            default -> String.valueOf(v);
        };
    }

    private static String shortFloat(BigDecimal d) {
        BigDecimal r = d.round(new MathContext(6)).stripTrailingZeros();
        String s = r.toPlainString();
        if (r.abs().compareTo(new BigDecimal("1e21")) >= 0 || (r.signum() != 0 && r.abs().compareTo(new BigDecimal("1e-4")) < 0)) {
            s = String.format("%e", r).replaceAll("\\.?0+e", "e");
        }
        return s;
    }

    /** Whether v fits type t exactly enough (integers: in range; floats: finite). */
    public static boolean representable(Object v, Basic t) {
        if (t.isBoolean()) return v instanceof Boolean;
        if (t.isString()) return v instanceof String;
        if (t.isInteger()) {
            BigInteger i = toInt(v);
            if (i == null) return false;
            if (t.isUntyped()) return true;
            int bits = t.bits();
            if (t.isUnsigned()) return i.signum() >= 0 && i.bitLength() <= bits;
            return i.bitLength() <= bits - 1;
        }
        if (t.isFloat()) {
            if (v instanceof Cplx c && c.im.signum() != 0) return false;
            if (t.isUntyped()) return true;
            double d = toFloat(v).doubleValue();
            if (t.kind == Kind.FLOAT32) return Float.isFinite((float) d);
            return Double.isFinite(d);
        }
        if (t.isComplex()) {
            Cplx c = toComplex(v);
            if (t.isUntyped()) return true;
            return Double.isFinite(c.re.doubleValue()) && Double.isFinite(c.im.doubleValue());
        }
        return false;
    }

    /** Rounds v to the precision of a typed float or complex kind (float32 / float64). */
    public static Object round(Object v, Basic t) {
        if (t.kind == Kind.FLOAT32) return new BigDecimal((double) (float) toFloat(v).doubleValue());
        if (t.kind == Kind.FLOAT64) return new BigDecimal(toFloat(v).doubleValue());
        if (t.kind == Kind.COMPLEX64 || t.kind == Kind.COMPLEX128) {
            Cplx c = toComplex(v);
            boolean small = t.kind == Kind.COMPLEX64;
            return new Cplx(roundF(c.re, small), roundF(c.im, small));
        }
        return v;
    }

    private static BigDecimal roundF(BigDecimal d, boolean small) {
        double x = d.doubleValue();
        return new BigDecimal(small ? (double) (float) x : x);
    }

    public static int compare(Object a, Object b) {
        if (a instanceof String s && b instanceof String t) return s.compareTo(t);
        if (a instanceof BigInteger x && b instanceof BigInteger y) return x.compareTo(y);
        return toFloat(a).compareTo(toFloat(b));
    }

    public static boolean equal(Object a, Object b) {
        if (a instanceof Boolean || a instanceof String) return a.equals(b);
        if (a instanceof Cplx || b instanceof Cplx) {
            Cplx x = toComplex(a), y = toComplex(b);
            return x.re.compareTo(y.re) == 0 && x.im.compareTo(y.im) == 0;
        }
        return compare(a, b) == 0;
    }

    /** Arithmetic on two numeric constants already coerced to the same representation. */
    public static Object arith(String op, Object a, Object b, boolean integerDivision) {
        if (a instanceof BigInteger x && b instanceof BigInteger y) {
            return switch (op) {
                case "+" -> x.add(y);
                case "-" -> x.subtract(y);
                case "*" -> x.multiply(y);
                case "/" -> integerDivision ? x.divide(y) : new BigDecimal(x).divide(new BigDecimal(y), MC);
                case "%" -> x.remainder(y);
                case "&" -> x.and(y);
                case "|" -> x.or(y);
                case "^" -> x.xor(y);
                case "&^" -> x.andNot(y);
                default -> throw new IllegalArgumentException(op);
            };
        }
        if (a instanceof Cplx || b instanceof Cplx) {
            Cplx x = toComplex(a), y = toComplex(b);
            return switch (op) {
                case "+" -> new Cplx(x.re.add(y.re), x.im.add(y.im));
                case "-" -> new Cplx(x.re.subtract(y.re), x.im.subtract(y.im));
                case "*" -> new Cplx(x.re.multiply(y.re).subtract(x.im.multiply(y.im)), x.re.multiply(y.im).add(x.im.multiply(y.re)));
                case "/" -> {
                    BigDecimal d = y.re.multiply(y.re).add(y.im.multiply(y.im));
                    BigDecimal re = x.re.multiply(y.re).add(x.im.multiply(y.im)).divide(d, MC);
                    BigDecimal im = x.im.multiply(y.re).subtract(x.re.multiply(y.im)).divide(d, MC);
                    yield new Cplx(re, im);
                }
                default -> throw new IllegalArgumentException(op);
            };
        }
        BigDecimal x = toFloat(a), y = toFloat(b);
        return switch (op) {
            case "+" -> x.add(y, MC);
            case "-" -> x.subtract(y, MC);
            case "*" -> x.multiply(y, MC);
            case "/" -> x.divide(y, MC);
            default -> throw new IllegalArgumentException(op);
        };
    }

    public static boolean isZero(Object v) {
        return switch (v) {
            case BigInteger i -> i.signum() == 0;
            case BigDecimal d -> d.signum() == 0;
            case Cplx c -> c.re.signum() == 0 && c.im.signum() == 0;
            default -> false;
        };
    }

    /** Wraps an integer constant to a typed integer kind's width (for ^x on unsigned). */
    public static BigInteger wrap(BigInteger i, Basic t) {
        int bits = t.bits();
        BigInteger mod = BigInteger.ONE.shiftLeft(bits);
        BigInteger r = i.mod(mod);
        if (!t.isUnsigned() && r.testBit(bits - 1)) r = r.subtract(mod);
        return r;
    }
}
