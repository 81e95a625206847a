package gosub.lib.strconv;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal digit generation for {@link FormatFloat}: a finite non-negative value becomes a
 * digit string d (no leading or trailing zeros) and a decimal point position dp, meaning
 * 0.d × 10^dp. Zero is the empty digit string with dp 0.
 */
final class FloatDigits {
    /** Digits and decimal point position; nd() is the number of digits. */
    record Decimal(String d, int dp) {
        int nd() {
            return d.length();
        }

        char at(int i) {
            return d.charAt(i);
        }
    }

    static final Decimal ZERO = new Decimal("", 0);

    private FloatDigits() {}

    /**
     * The shortest digits that read back (round to nearest even) as v, of type float32 if f32,
     * choosing the one closest to v among those of that length.
     *
     * <p>Java's Double/Float.toString (JDK 19+) produce shortest-uniquely-identifying digits,
     * closest to the exact value, except that when a single digit would do they may print two
     * (e.g. 4.9E-324 where 5e-324 suffices). That case is fixed up here.
     */
    static Decimal shortest(double v, boolean f32) {
        double a = Math.abs(v);
        if (a == 0) {
            return ZERO;
        }
        String s = f32 ? Float.toString((float) a) : Double.toString(a);
        Decimal dec = parseJava(s);
        if (dec.nd() == 2) {
            Decimal one = oneDigit(dec, a, f32);
            if (one != null) {
                return one;
            }
        }
        return dec;
    }

    /** v (finite, any sign) rounded half-to-even to n >= 1 significant digits. */
    static Decimal significant(double v, int n) {
        double a = Math.abs(v);
        if (a == 0) {
            return ZERO;
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        return fromBig(r);
    }

    /** v (finite, any sign) rounded half-to-even to prec >= 0 digits after the decimal point. */
    static Decimal fraction(double v, int prec) {
        double a = Math.abs(v);
        if (a == 0) {
            return ZERO;
        }
        BigDecimal r = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN);
        return fromBig(r);
    }

    private static Decimal fromBig(BigDecimal r) {
        if (r.signum() == 0) {
            return ZERO;
        }
        BigDecimal t = r.stripTrailingZeros();
        String d = t.unscaledValue().toString();
        return new Decimal(d, d.length() - t.scale());
    }

    /** Parses the output of Double.toString / Float.toString for a positive finite value. */
    private static Decimal parseJava(String s) {
        int e = s.indexOf('E');
        int exp = 0;
        String mant = s;
        if (e >= 0) {
            exp = Integer.parseInt(s.substring(e + 1));
            mant = s.substring(0, e);
        }
        int dot = mant.indexOf('.');
        String intPart = dot < 0 ? mant : mant.substring(0, dot);
        String all = dot < 0 ? mant : intPart + mant.substring(dot + 1);
        int lead = 0;
        while (lead < all.length() && all.charAt(lead) == '0') {
            lead++;
        }
        int trail = all.length();
        while (trail > lead && all.charAt(trail - 1) == '0') {
            trail--;
        }
        return new Decimal(all.substring(lead, trail), intPart.length() - lead + exp);
    }

    /**
     * For a two-digit shortest candidate, the one-digit decimal that also reads back as a,
     * closest to a, if any.
     */
    private static Decimal oneDigit(Decimal two, double a, boolean f32) {
        int first = two.at(0) - '0';
        Decimal down = new Decimal(String.valueOf(first), two.dp());
        Decimal up = first == 9 ? new Decimal("1", two.dp() + 1)
                : new Decimal(String.valueOf(first + 1), two.dp());
        boolean downOk = readsBack(down, a, f32);
        boolean upOk = readsBack(up, a, f32);
        if (downOk && upOk) {
            BigDecimal exact = new BigDecimal(a);
            BigDecimal dDown = exact.subtract(toBig(down)).abs();
            BigDecimal dUp = toBig(up).subtract(exact).abs();
            return dDown.compareTo(dUp) <= 0 ? down : up;
        }
        if (downOk) {
            return down;
        }
        return upOk ? up : null;
    }

    private static BigDecimal toBig(Decimal d) {
        return new BigDecimal(new java.math.BigInteger(d.d()), d.nd() - d.dp());
    }

    private static boolean readsBack(Decimal d, double a, boolean f32) {
        String s = "0." + d.d() + "E" + d.dp();
        if (f32) {
            return Float.parseFloat(s) == (float) a;
        }
        return Double.parseDouble(s) == a;
    }
}
