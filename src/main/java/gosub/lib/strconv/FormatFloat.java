package gosub.lib.strconv;

import gosub.lib.strconv.FloatDigits.Decimal;

/**
 * Go's strconv.FormatFloat, byte for byte, plus the float form of fmt's %v.
 *
 * <p>Formats: 'b' (-ddddp±ddd), 'e'/'E' (-d.dddde±dd), 'f' (-ddd.dddd), 'g'/'G' ('e' for
 * large exponents, 'f' otherwise), 'x'/'X' (-0xd.ddddp±ddd). A negative prec means the
 * fewest digits that read back exactly; otherwise fixed precision, rounded half to even on
 * the exact binary value. With bitSize 32 the value is first converted to float32 (round to
 * nearest) and all digits are those of that float32. Any other format letter gives "%" + fmt,
 * as in Go.
 */
public final class FormatFloat {
    private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();
    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

    private FormatFloat() {}

    /**
     * strconv.FormatFloat(v, fmt, prec, bitSize).
     *
     * @throws IllegalArgumentException if bitSize is not 32 or 64 (Go panics)
     */
    public static String format(double v, char fmt, int prec, int bitSize) {
        boolean f32;
        if (bitSize == 32) {
            f32 = true;
            v = (float) v;
        } else if (bitSize == 64) {
            f32 = false;
        } else {
            throw new IllegalArgumentException("strconv: illegal AppendFloat/FormatFloat bitSize");
        }
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        boolean neg = (Double.doubleToRawLongBits(v) < 0);
        if (fmt == 'b') {
            return fmtB(v, neg, f32);
        }
        if (fmt == 'x' || fmt == 'X') {
            return fmtX(v, neg, f32, prec, fmt);
        }
        boolean shortest = prec < 0;
        Decimal digs;
        if (shortest) {
            digs = FloatDigits.shortest(v, f32);
            switch (fmt) {
                case 'e', 'E' -> prec = Math.max(digs.nd() - 1, 0);
                case 'f' -> prec = Math.max(digs.nd() - digs.dp(), 0);
                case 'g', 'G' -> prec = digs.nd();
                default -> {
                    return "%" + fmt;
                }
            }
        } else {
            switch (fmt) {
                case 'e', 'E' -> digs = FloatDigits.significant(v, prec + 1);
                case 'f' -> digs = FloatDigits.fraction(v, prec);
                case 'g', 'G' -> {
                    if (prec == 0) {
                        prec = 1;
                    }
                    digs = FloatDigits.significant(v, prec);
                }
                default -> {
                    return "%" + fmt;
                }
            }
        }
        StringBuilder sb = new StringBuilder(Math.max(prec, 0) + 24);
        if (neg) {
            sb.append('-');
        }
        switch (fmt) {
            case 'e', 'E' -> fmtE(sb, digs, prec, fmt);
            case 'f' -> fmtF(sb, digs, prec);
            default -> fmtG(sb, digs, prec, fmt, shortest);
        }
        return sb.toString();
    }

    /**
     * The float form of fmt's %v (also Print/Println and %v inside composite values). Go's
     * fmt formats %v as strconv 'g' with the shortest precision, and for the shortest
     * precision strconv switches to an exponent when the decimal exponent is below -4 or at
     * least 6 (not 21: that threshold belongs to encoding/json and JavaScript). Examples:
     * 1e+06, 123456.789, 100000, 1.2345678e+07, 0.0001, 1e-05, 3.14, +Inf, -Inf, NaN.
     * bitSize is 32 for float32 and 64 for float64.
     */
    public static String formatV(double v, int bitSize) {
        return format(v, 'g', -1, bitSize);
    }

    private static void fmtG(StringBuilder sb, Decimal digs, int prec, char fmt, boolean shortest) {
        int eprec = prec;
        if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
            eprec = digs.nd();
        }
        if (shortest) {
            eprec = 6;
        }
        int exp = digs.dp() - 1;
        if (exp < -4 || exp >= eprec) {
            if (prec > digs.nd()) {
                prec = digs.nd();
            }
            fmtE(sb, digs, prec - 1, fmt == 'g' ? 'e' : 'E');
            return;
        }
        if (prec > digs.dp()) {
            prec = digs.nd();
        }
        fmtF(sb, digs, Math.max(prec - digs.dp(), 0));
    }

    /** d.ddddde±dd with prec digits after the point (exponent has at least two digits). */
    private static void fmtE(StringBuilder sb, Decimal digs, int prec, char fmt) {
        sb.append(digs.nd() == 0 ? '0' : digs.at(0));
        if (prec > 0) {
            sb.append('.');
            for (int i = 1; i <= prec; i++) {
                sb.append(i < digs.nd() ? digs.at(i) : '0');
            }
        }
        sb.append(fmt);
        int exp = digs.nd() == 0 ? 0 : digs.dp() - 1;
        sb.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            sb.append('0');
        }
        sb.append(exp);
    }

    /** ddd.ddd with prec digits after the point. */
    private static void fmtF(StringBuilder sb, Decimal digs, int prec) {
        if (digs.dp() > 0) {
            for (int i = 0; i < digs.dp(); i++) {
                sb.append(i < digs.nd() ? digs.at(i) : '0');
            }
        } else {
            sb.append('0');
        }
        if (prec > 0) {
            sb.append('.');
            for (int i = 0; i < prec; i++) {
                int j = digs.dp() + i;
                sb.append(j >= 0 && j < digs.nd() ? digs.at(j) : '0');
            }
        }
    }

    private static int mantBits(boolean f32) {
        return f32 ? 23 : 52;
    }

    /** Integer mantissa (implicit bit included) of v. */
    private static long mantissa(double v, boolean f32) {
        if (f32) {
            int bits = Float.floatToRawIntBits((float) v);
            int m = bits & 0x7FFFFF;
            return ((bits >>> 23) & 0xFF) == 0 ? m : m | 0x800000;
        }
        long bits = Double.doubleToRawLongBits(v);
        long m = bits & 0xFFFFFFFFFFFFFL;
        return ((bits >>> 52) & 0x7FF) == 0 ? m : m | (1L << 52);
    }

    /** Unbiased binary exponent of the leading mantissa bit position (denormals: the minimum). */
    private static int exponent(double v, boolean f32) {
        if (f32) {
            int e = (Float.floatToRawIntBits((float) v) >>> 23) & 0xFF;
            return (e == 0 ? 1 : e) - 127;
        }
        int e = (int) ((Double.doubleToRawLongBits(v) >>> 52) & 0x7FF);
        return (e == 0 ? 1 : e) - 1023;
    }

    /** 'b': decimal mantissa, 'p', binary exponent of its last bit. */
    private static String fmtB(double v, boolean neg, boolean f32) {
        StringBuilder sb = new StringBuilder(24);
        if (neg) {
            sb.append('-');
        }
        sb.append(mantissa(v, f32)).append('p');
        int exp = exponent(v, f32) - mantBits(f32);
        if (exp >= 0) {
            sb.append('+');
        }
        sb.append(exp);
        return sb.toString();
    }

    /** 'x'/'X': 0x1.hhhhp±dd, normalized so that the leading digit is 1 (or 0 for zero). */
    private static String fmtX(double v, boolean neg, boolean f32, int prec, char fmt) {
        long mant = mantissa(v, f32);
        int exp = mant == 0 ? 0 : exponent(v, f32);
        // Place the mantissa so that its leading 1 is at bit 60.
        mant <<= 60 - mantBits(f32);
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int keep = prec * 4;
            long dropped = (mant << keep) & ((1L << 60) - 1);
            mant >>>= 60 - keep;
            // Round half to even: compare the dropped bits with one half.
            if ((dropped | (mant & 1)) > (1L << 59)) {
                mant++;
            }
            mant <<= 60 - keep;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1;
                exp++;
            }
        }
        char[] hex = fmt == 'X' ? UPPER_HEX : LOWER_HEX;
        StringBuilder sb = new StringBuilder(32);
        if (neg) {
            sb.append('-');
        }
        sb.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0) {
            sb.append('.');
            while (mant != 0) {
                sb.append(hex[(int) ((mant >>> 60) & 15)]);
                mant <<= 4;
            }
        } else if (prec > 0) {
            sb.append('.');
            for (int i = 0; i < prec; i++) {
                sb.append(hex[(int) ((mant >>> 60) & 15)]);
                mant <<= 4;
            }
        }
        sb.append(fmt == 'X' ? 'P' : 'p');
        sb.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            sb.append('0');
        }
        sb.append(exp);
        return sb.toString();
    }
}
