package gosub.lib;

/**
 * Package math's functions as Go computes them on amd64, so that results agree with Go to
 * the last bit: the pure Go algorithms of src/math (Cephes and FreeBSD derived), and for the
 * functions Go implements in amd64 assembly (Exp, Log, Hypot) the assembly's algorithm.
 * Constants that Go folds exactly (4/Pi, 1/Ln10, ...) are given by their bits.
 */
final class GoMath {
    private GoMath() {}

    static final double PI = Math.PI;
    static final double PI_2 = Double.longBitsToDouble(0x3ff921fb54442d18L);
    static final double PI_4 = Double.longBitsToDouble(0x3fe921fb54442d18L);
    static final double THREE_PI_4 = Double.longBitsToDouble(0x4002d97c7f3321d2L);
    static final double FOUR_OVER_PI = Double.longBitsToDouble(0x3ff45f306dc9c883L);
    static final double INV_LN10 = Double.longBitsToDouble(0x3fdbcb7b1526e50eL);
    static final double INV_LN2 = Double.longBitsToDouble(0x3ff71547652b82feL);
    static final double LN2 = Double.longBitsToDouble(0x3fe62e42fefa39efL);
    static final double SQRT2_2 = Double.longBitsToDouble(0x3fe6a09e667f3bcdL);
    static final double HALF_MAX = Double.longBitsToDouble(0x7fdfffffffffffffL);
    static final double NAN = Double.longBitsToDouble(0x7FF8000000000001L);
    static final double INF = Double.POSITIVE_INFINITY;

    static final int SHIFT = 52, BIAS = 1023;
    static final long MASK = 0x7FF, SIGN_MASK = 1L << 63, FRAC_MASK = (1L << SHIFT) - 1, UVONE = 0x3FF0000000000000L;

    /** Whether the CPU has FMA, which Go's amd64 Exp uses when present. */
    static final boolean USE_FMA = detectFMA();

    static boolean detectFMA() {
        String forced = System.getenv("GOSUB_MATH_FMA");
        if (forced != null) return !forced.equals("0");
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("flags")) {
                    java.util.List<String> f = java.util.Arrays.asList(line.substring(line.indexOf(':') + 1).trim().split("\\s+"));
                    return f.contains("fma") && f.contains("avx");
                }
            }
        } catch (Exception e) {
            // not Linux: assume a modern x86-64
        }
        return true;
    }

    static long bits(double f) {
        return Double.doubleToRawLongBits(f);
    }

    static double frombits(long b) {
        return Double.longBitsToDouble(b);
    }

    static boolean isInf(double f, int sign) {
        return sign >= 0 && f > Double.MAX_VALUE || sign <= 0 && f < -Double.MAX_VALUE;
    }

    static double copysign(double f, double sign) {
        return frombits(bits(f) & ~SIGN_MASK | bits(sign) & SIGN_MASK);
    }

    static boolean signbit(double x) {
        return bits(x) < 0;
    }

    // ---------------------------------------------------------------- frexp, ldexp, modf

    /** normalize: a subnormal x scaled to a normal number, with the exponent correction. */
    static double normX(double x) {
        return Math.abs(x) < 2.2250738585072014e-308 ? x * (1L << 52) : x;
    }

    static int normE(double x) {
        return Math.abs(x) < 2.2250738585072014e-308 ? -52 : 0;
    }

    static double frexpFrac(double f) {
        if (f == 0 || Double.isInfinite(f) || Double.isNaN(f)) return f;
        double n = normX(f);
        long x = bits(n);
        x &= ~(MASK << SHIFT);
        x |= (long) (-1 + BIAS) << SHIFT;
        return frombits(x);
    }

    static int frexpExp(double f) {
        if (f == 0 || Double.isInfinite(f) || Double.isNaN(f)) return 0;
        int e = normE(f);
        long x = bits(normX(f));
        return e + (int) ((x >>> SHIFT) & MASK) - BIAS + 1;
    }

    static double ldexp(double frac, long exp) {
        if (frac == 0 || Double.isInfinite(frac) || Double.isNaN(frac)) return frac;
        int e = normE(frac);
        frac = normX(frac);
        exp += e;
        long x = bits(frac);
        exp += (int) ((x >>> SHIFT) & MASK) - BIAS;
        if (exp < -1075) return copysign(0, frac);
        if (exp > 1023) return frac < 0 ? -INF : INF;
        double m = 1;
        if (exp < -1022) {
            exp += 53;
            m = 1.0 / (1L << 53);
        }
        x &= ~(MASK << SHIFT);
        x |= (exp + BIAS) << SHIFT;
        return m * frombits(x);
    }

    /** Modf's integer part (the fraction is f - int, with the sign of f). */
    static double modfInt(double f) {
        if (f < 1) {
            if (f < 0) return -modfInt(-f);
            if (f == 0) return f;
            return 0;
        }
        long x = bits(f);
        long e = ((x >>> SHIFT) & MASK) - BIAS;
        if (e < 64 - 12) x &= ~((1L << (64 - 12 - e)) - 1);
        return frombits(x);
    }

    static double modfFrac(double f) {
        if (f < 1) {
            if (f < 0) return -modfFrac(-f);
            return f;
        }
        return f - modfInt(f);
    }

    // ---------------------------------------------------------------- rounding

    static double round(double x) {
        long b = bits(x);
        long e = (b >>> SHIFT) & MASK;
        if (e < BIAS) {
            b &= SIGN_MASK;
            if (e == BIAS - 1) b |= UVONE;
        } else if (e < BIAS + SHIFT) {
            final long half = 1L << (SHIFT - 1);
            e -= BIAS;
            b += half >>> e;
            b &= ~(FRAC_MASK >>> e);
        }
        return frombits(b);
    }

    static double roundToEven(double x) {
        long b = bits(x);
        long e = (b >>> SHIFT) & MASK;
        if (e >= BIAS) {
            final long halfMinusULP = (1L << (SHIFT - 1)) - 1;
            e -= BIAS;
            b += shr(halfMinusULP + (shr(b, (int) (SHIFT - e)) & 1), (int) e);
            b &= ~shr(FRAC_MASK, (int) e);
        } else if (e == BIAS - 1 && (b & FRAC_MASK) != 0) {
            b = b & SIGN_MASK | UVONE;
        } else {
            b &= SIGN_MASK;
        }
        return frombits(b);
    }

    static double trunc(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) return x;
        return modfInt(x);
    }

    // ---------------------------------------------------------------- exp and log (amd64)

    static final double[] EXPRO = {0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2,
        8.3333333333333333333e-3, 1.3888888888888888889e-3, 1.9841269841269841270e-4, 2.4801587301587301587e-5};

    /** math.Exp as exp_amd64.s computes it (with or without FMA, as the CPU has it). */
    static double exp(double x) {
        final double LOG2E = 1.4426950408889634073599246810018920;
        final double LN2U = 0.69314718055966295651160180568695068359375;
        final double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
        final double OVERFLOW = 7.09782712893384e+02;
        if (Double.isNaN(x) || x == INF) return x;
        if (x == -INF) return 0;
        if (x > OVERFLOW) return INF;
        double x1 = LOG2E * x;
        int bx = cvtsd2sl(x1);
        x1 = bx;
        double x0 = x;
        double r;
        if (USE_FMA) {
            x0 = Math.fma(-LN2U, x1, x0);
            x0 = Math.fma(-LN2L, x1, x0);
            x0 *= 0.0625;
            double t = EXPRO[8];
            t = Math.fma(t, x0, EXPRO[7]);
            t = Math.fma(t, x0, EXPRO[6]);
            t = Math.fma(t, x0, EXPRO[5]);
            t = Math.fma(t, x0, EXPRO[4]);
            t = Math.fma(t, x0, EXPRO[3]);
            t = Math.fma(t, x0, EXPRO[0]);
            t = Math.fma(t, x0, EXPRO[1]);
            x0 = x0 * t;
            t = EXPRO[2] + x0;
            x0 = x0 * t;
            t = EXPRO[2] + x0;
            x0 = x0 * t;
            t = EXPRO[2] + x0;
            x0 = x0 * t;
            t = EXPRO[2] + x0;
            r = Math.fma(t, x0, EXPRO[1]);
        } else {
            x0 = x0 - LN2U * x1;
            x0 = x0 - LN2L * x1;
            x0 *= 0.0625;
            double t = EXPRO[8] * x0;
            t = (t + EXPRO[7]) * x0;
            t = (t + EXPRO[6]) * x0;
            t = (t + EXPRO[5]) * x0;
            t = (t + EXPRO[4]) * x0;
            t = (t + EXPRO[3]) * x0;
            t = (t + EXPRO[0]) * x0;
            t = t + EXPRO[1];
            x0 = t * x0;
            t = EXPRO[2] + x0;
            x0 = t * x0;
            t = EXPRO[2] + x0;
            x0 = t * x0;
            t = EXPRO[2] + x0;
            x0 = t * x0;
            t = EXPRO[2] + x0;
            x0 = t * x0;
            r = x0 + EXPRO[1];
        }
        int e = bx + 0x3FF;
        if (e <= 0) {
            if (e < -52) return 0;
            r *= frombits((long) (e + 0x3FE) << 52);
            e = 1;
        } else if (e >= 0x7FF) {
            return INF;
        }
        return r * frombits((long) e << 52);
    }

    /** CVTSD2SL: round to nearest even, out of range giving the integer indefinite value. */
    static int cvtsd2sl(double v) {
        double r = Math.rint(v);
        if (Double.isNaN(r) || r >= 2147483648.0 || r < -2147483648.0) return Integer.MIN_VALUE;
        return (int) r;
    }

    /** math.Log as log_amd64.s computes it. */
    static double log(double x) {
        final double HSQRT2 = 7.07106781186547524401e-01;
        final double LN2HI = 6.93147180369123816490e-01, LN2LO = 1.90821492927058770002e-10;
        final double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01, L3 = 2.857142874366239149e-01,
                L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                L7 = 1.479819860511658591e-01;
        long bx = bits(x);
        if ((bx & ~SIGN_MASK) == 0) return -INF;
        if (bx < 0) return NAN;
        if (bx >= 0x7FF0000000000000L) return x;
        double f1 = frombits((bx & 0x000FFFFFFFFFFFFFL) | 0x3FE0000000000000L);
        double k = (double) (int) (((bx >>> 52) & 0x7FF) - 0x3FE);
        if (f1 < HSQRT2) {
            k -= 1;
            f1 *= 2;
        }
        double f = f1 - 1;
        double s = f / (2 + f);
        double s2 = s * s;
        double s4 = s2 * s2;
        double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
        double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
        double r = t1 + t2;
        double hfsq = 0.5 * f * f;
        return k * LN2HI - ((hfsq - (s * (hfsq + r) + k * LN2LO)) - f);
    }

    static double log10(double x) {
        return log(x) * INV_LN10;
    }

    static double log2(double x) {
        double frac = frexpFrac(x);
        int exp = frexpExp(x);
        if (frac == 0.5) return exp - 1;
        return log(frac) * INV_LN2 + exp;
    }

    static double log1p(double x) {
        final double Sqrt2M1 = 4.142135623730950488017e-01, Sqrt2HalfM1 = -2.928932188134524755992e-01;
        final double Small = 1.0 / (1 << 29), Tiny = 1.0 / (1L << 54), Two53 = 1L << 53;
        final double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
        final double Lp1 = 6.666666666666735130e-01, Lp2 = 3.999999999940941908e-01, Lp3 = 2.857142874366239149e-01,
                Lp4 = 2.222219843214978396e-01, Lp5 = 1.818357216161805012e-01, Lp6 = 1.531383769920937332e-01,
                Lp7 = 1.479819860511658591e-01;
        if (x < -1 || Double.isNaN(x)) return NAN;
        if (x == -1) return -INF;
        if (x == INF) return INF;
        double absx = Math.abs(x);
        double f = 0;
        long iu = 0;
        int k = 1;
        if (absx < Sqrt2M1) {
            if (absx < Small) {
                if (absx < Tiny) return x;
                return x - x * x * 0.5;
            }
            if (x > Sqrt2HalfM1) {
                k = 0;
                f = x;
                iu = 1;
            }
        }
        double c = 0;
        if (k != 0) {
            double u;
            if (absx < Two53) {
                u = 1.0 + x;
                iu = bits(u);
                k = (int) ((iu >>> 52) - 1023);
                if (k > 0) c = 1.0 - (u - x);
                else c = x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                iu = bits(u);
                k = (int) ((iu >>> 52) - 1023);
                c = 0;
            }
            iu &= 0x000fffffffffffffL;
            if (iu < 0x0006a09e667f3bcdL) {
                u = frombits(iu | 0x3ff0000000000000L);
            } else {
                k++;
                u = frombits(iu | 0x3fe0000000000000L);
                iu = (0x0010000000000000L - iu) >>> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        double s, R, z;
        if (iu == 0) {
            if (f == 0) {
                if (k == 0) return 0;
                c += k * Ln2Lo;
                return k * Ln2Hi + c;
            }
            R = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) return f - R;
            return k * Ln2Hi - ((R - (k * Ln2Lo + c)) - f);
        }
        s = f / (2.0 + f);
        z = s * s;
        R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
        if (k == 0) return f - (hfsq - s * (hfsq + R));
        return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + (k * Ln2Lo + c))) - f);
    }

    static double expmulti(double hi, double lo, int k) {
        final double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03, P3 = 6.61375632143793436117e-05,
                P4 = -1.65339022054652515390e-06, P5 = 4.13813679705723846039e-08;
        double r = hi - lo;
        double t = r * r;
        double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
        return ldexp(y, k);
    }

    static double exp2(double x) {
        final double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
        final double Overflow = 1.0239999999999999e+03, Underflow = -1.0740e+03;
        if (Double.isNaN(x) || x == INF) return x;
        if (x == -INF) return 0;
        if (x > Overflow) return INF;
        if (x < Underflow) return 0;
        int k = 0;
        if (x > 0) k = (int) (x + 0.5);
        else if (x < 0) k = (int) (x - 0.5);
        double t = x - k;
        double hi = t * Ln2Hi;
        double lo = -t * Ln2Lo;
        return expmulti(hi, lo, k);
    }

    static double expm1(double x) {
        final double Othreshold = 7.09782712893383973096e+02, Ln2X56 = 3.88162421113569373274e+01,
                Ln2HalfX3 = 1.03972077083991796413e+00, Ln2Half = 3.46573590279972654709e-01,
                Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10, InvLn2 = 1.44269504088896338700e+00,
                Tiny = 1.0 / (1L << 54);
        final double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03, Q3 = -7.93650757867487942473e-05,
                Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;
        if (x == INF || Double.isNaN(x)) return x;
        if (x == -INF) return -1;
        double absx = x;
        boolean sign = false;
        if (x < 0) {
            absx = -absx;
            sign = true;
        }
        if (absx >= Ln2X56) {
            if (sign) return -1;
            if (absx >= Othreshold) return INF;
        }
        double c = 0;
        int k;
        if (absx > Ln2Half) {
            double hi, lo;
            if (absx < Ln2HalfX3) {
                if (!sign) {
                    hi = x - Ln2Hi;
                    lo = Ln2Lo;
                    k = 1;
                } else {
                    hi = x + Ln2Hi;
                    lo = -Ln2Lo;
                    k = -1;
                }
            } else {
                if (!sign) k = (int) (InvLn2 * x + 0.5);
                else k = (int) (InvLn2 * x - 0.5);
                double t = k;
                hi = x - t * Ln2Hi;
                lo = t * Ln2Lo;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (absx < Tiny) {
            return x;
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) return x - (x * e - hxs);
        e = (x * (e - c) - c);
        e -= hxs;
        if (k == -1) return 0.5 * (x - e) - 0.5;
        if (k == 1) {
            if (x < -0.25) return -2 * (e - (x + 0.5));
            return 1 + 2 * (x - e);
        }
        if (k <= -2 || k > 56) {
            double y = 1 - (e - x);
            y = frombits(bits(y) + ((long) k << 52));
            return y - 1;
        }
        if (k < 20) {
            double tt = frombits(0x3ff0000000000000L - (0x20000000000000L >>> k));
            double y = tt - (e - x);
            y = frombits(bits(y) + ((long) k << 52));
            return y;
        }
        double tt = frombits((long) (0x3ff - k) << 52);
        double y = x - (e + tt);
        y++;
        y = frombits(bits(y) + ((long) k << 52));
        return y;
    }

    // ---------------------------------------------------------------- pow, sqrt, cbrt, hypot

    static boolean isOddInt(double x) {
        double xi = modfInt(x), xf = modfFrac(x);
        return xf == 0 && (goInt64(xi) & 1) == 1;
    }

    /** Go's float64 to int64 conversion on amd64 (CVTTSD2SQ): out of range gives MinInt64. */
    static long goInt64(double v) {
        if (Double.isNaN(v) || v >= 9.223372036854775807E18 || v < -9.223372036854775808E18) return Long.MIN_VALUE;
        return (long) v;
    }

    static double pow(double x, double y) {
        if (y == 0 || x == 1) return 1;
        if (y == 1) return x;
        if (Double.isNaN(x) || Double.isNaN(y)) return NAN;
        if (x == 0) {
            if (y < 0) {
                if (isOddInt(y)) return copysign(INF, x);
                return INF;
            }
            if (y > 0) {
                if (isOddInt(y)) return x;
                return 0;
            }
        } else if (Double.isInfinite(y)) {
            if (x == -1) return 1;
            if ((Math.abs(x) < 1) == (y == INF)) return 0;
            return INF;
        } else if (Double.isInfinite(x)) {
            if (x == -INF) return pow(1 / x, -y);
            if (y < 0) return 0;
            if (y > 0) return INF;
        } else if (y == 0.5) {
            return Math.sqrt(x);
        } else if (y == -0.5) {
            return 1 / Math.sqrt(x);
        }
        double ay = Math.abs(y);
        double yi = modfInt(ay), yf = modfFrac(ay);
        if (yf != 0 && x < 0) return NAN;
        if (yi >= 0x1p63) {
            if (x == -1) return 1;
            if ((Math.abs(x) < 1) == (y > 0)) return 0;
            return INF;
        }
        double a1 = 1.0;
        long ae = 0;
        if (yf != 0) {
            if (yf > 0.5) {
                yf--;
                yi++;
            }
            a1 = exp(yf * log(x));
        }
        double x1 = frexpFrac(x);
        long xe = frexpExp(x);
        for (long i = (long) yi; i != 0; i >>= 1) {
            if (xe < -(1 << 12) || (1 << 12) < xe) {
                ae += xe;
                break;
            }
            if ((i & 1) == 1) {
                a1 *= x1;
                ae += xe;
            }
            x1 *= x1;
            xe <<= 1;
            if (x1 < .5) {
                x1 += x1;
                xe--;
            }
        }
        if (y < 0) {
            a1 = 1 / a1;
            ae = -ae;
        }
        return ldexp(a1, ae);
    }

    static double cbrt(double x) {
        final long B1 = 715094163, B2 = 696219795;
        final double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01, E = 1.41428571428571436819e+00,
                F = 1.60714285714285720630e+00, G = 3.57142857142857150787e-01, SmallestNormal = 2.22507385850720138309e-308;
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) return x;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        double t = frombits(Long.divideUnsigned(bits(x), 3) + (B1 << 32));
        if (x < SmallestNormal) {
            t = (double) (1L << 54);
            t *= x;
            t = frombits(Long.divideUnsigned(bits(t), 3) + (B2 << 32));
        }
        double r = t * t / x;
        double s = C + r * t;
        t *= G + F / (s + E + D / s);
        t = frombits((bits(t) & (0xFFFFFFFFCL << 28)) + (1L << 30));
        s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        t = t + t * r;
        if (sign) t = -t;
        return t;
    }

    /** math.Hypot as hypot_amd64.s computes it. */
    static double hypot(double p, double q) {
        p = Math.abs(p);
        q = Math.abs(q);
        if (Double.isInfinite(p) || Double.isInfinite(q)) return INF;
        if (Double.isNaN(p) || Double.isNaN(q)) return NAN;
        if (p == 0 && q == 0) return 0;
        double max = Math.max(p, q), min = Math.min(p, q);
        min = min / max;
        min = min * min;
        min = min + 1.0;
        min = Math.sqrt(min);
        return max * min;
    }

    // ---------------------------------------------------------------- mod, remainder

    static double mod(double x, double y) {
        if (y == 0 || Double.isInfinite(x) || Double.isNaN(x) || Double.isNaN(y)) return NAN;
        y = Math.abs(y);
        double yfr = frexpFrac(y);
        int yexp = frexpExp(y);
        double r = x;
        if (x < 0) r = -x;
        while (r >= y) {
            double rfr = frexpFrac(r);
            int rexp = frexpExp(r);
            if (rfr < yfr) rexp = rexp - 1;
            r = r - ldexp(y, rexp - yexp);
        }
        if (x < 0) r = -r;
        return r;
    }

    static double remainder(double x, double y) {
        final double Tiny = 4.45014771701440276618e-308;
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || y == 0) return NAN;
        if (Double.isInfinite(y)) return x;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        if (y < 0) y = -y;
        if (x == y) return sign ? -0.0 : 0;
        if (y <= HALF_MAX) x = mod(x, y + y);
        if (y < Tiny) {
            if (x + x > y) {
                x -= y;
                if (x + x >= y) x -= y;
            }
        } else {
            double yHalf = 0.5 * y;
            if (x > yHalf) {
                x -= y;
                if (x >= yHalf) x -= y;
            }
        }
        if (sign) x = -x;
        return x;
    }

    // ---------------------------------------------------------------- trigonometry

    static final double[] SIN = {1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
        -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1};
    static final double[] COS = {-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
        2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2};
    static final double PI4A = 7.85398125648498535156e-1, PI4B = 3.77489470793079817668e-8, PI4C = 2.69515142907905952645e-15;
    static final double REDUCE_THRESHOLD = 1 << 29;
    static final long[] M_PI4 = {0x0000000000000001L, 0x45f306dc9c882a53L, 0xf84eafa3ea69bb81L, 0xb6c52b3278872083L,
        0xfca2c757bd778ac3L, 0x6e48dc74849ba5c0L, 0x0c925dd413a32439L, 0xfc3bd63962534e7dL, 0xd1046bea5d768909L,
        0xd338e04d68befc82L, 0x7323ac7306a673e9L, 0x3908bf177bf25076L, 0x3ff12fffbc0b301fL, 0xde5e2316b414da3eL,
        0xda6cfd9e4f96136eL, 0x9e8c7ecd3cbfd45aL, 0xea4f758fd7cbe2f6L, 0x7a0e73ef14a525d4L, 0xd7f6bf623f1aba10L,
        0xac06608df8f6d757L};

    /** Payne-Hanek reduction: returns the reduced argument z, the octant j in jOut[0]. */
    static double trigReduce(double x, long[] jOut) {
        if (x < PI_4) {
            jOut[0] = 0;
            return x;
        }
        long ix = bits(x);
        int exp = (int) ((ix >>> SHIFT) & MASK) - BIAS - SHIFT;
        ix &= ~(MASK << SHIFT);
        ix |= 1L << SHIFT;
        int digit = (exp + 61) / 64, bitshift = (exp + 61) % 64;
        long z0 = (M_PI4[digit] << bitshift) | (bitshift == 0 ? 0 : M_PI4[digit + 1] >>> (64 - bitshift));
        long z1 = (M_PI4[digit + 1] << bitshift) | (bitshift == 0 ? 0 : M_PI4[digit + 2] >>> (64 - bitshift));
        long z2 = (M_PI4[digit + 2] << bitshift) | (bitshift == 0 ? 0 : M_PI4[digit + 3] >>> (64 - bitshift));
        long z2hi = Math.unsignedMultiplyHigh(z2, ix);
        long z1hi = Math.unsignedMultiplyHigh(z1, ix), z1lo = z1 * ix;
        long z0lo = z0 * ix;
        long lo = z1lo + z2hi;
        long c = Long.compareUnsigned(lo, z1lo) < 0 ? 1 : 0;
        long hi = z0lo + z1hi + c;
        long j = hi >>> 61;
        hi = hi << 3 | lo >>> 61;
        int lz = Long.numberOfLeadingZeros(hi);
        long e = BIAS - (lz + 1);
        hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
        hi >>>= 64 - SHIFT;
        hi |= e << SHIFT;
        double z = frombits(hi);
        if ((j & 1) == 1) {
            j++;
            j &= 7;
            z--;
        }
        jOut[0] = j;
        return z * PI_4;
    }

    /** Go's shifts: a count of 64 or more gives 0 (Java takes the count modulo 64). */
    static long shl(long x, int n) {
        return n >= 64 || n < 0 ? 0 : x << n;
    }

    static long shr(long x, int n) {
        return n >= 64 || n < 0 ? 0 : x >>> n;
    }

    static double cos(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return NAN;
        boolean sign = false;
        x = Math.abs(x);
        long j;
        double y, z;
        if (x >= REDUCE_THRESHOLD) {
            long[] jo = new long[1];
            z = trigReduce(x, jo);
            j = jo[0];
        } else {
            j = (long) (x * FOUR_OVER_PI);
            y = j;
            if ((j & 1) == 1) {
                j++;
                y++;
            }
            j &= 7;
            z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
        }
        if (j > 3) {
            j -= 4;
            sign = !sign;
        }
        if (j > 1) sign = !sign;
        double zz = z * z;
        if (j == 1 || j == 2) {
            y = z + z * zz * ((((((SIN[0] * zz) + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5]);
        } else {
            y = 1.0 - 0.5 * zz + zz * zz * ((((((COS[0] * zz) + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5]);
        }
        if (sign) y = -y;
        return y;
    }

    static double sin(double x) {
        if (x == 0 || Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return NAN;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        long j;
        double y, z;
        if (x >= REDUCE_THRESHOLD) {
            long[] jo = new long[1];
            z = trigReduce(x, jo);
            j = jo[0];
        } else {
            j = (long) (x * FOUR_OVER_PI);
            y = j;
            if ((j & 1) == 1) {
                j++;
                y++;
            }
            j &= 7;
            z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
        }
        if (j > 3) {
            sign = !sign;
            j -= 4;
        }
        double zz = z * z;
        if (j == 1 || j == 2) {
            y = 1.0 - 0.5 * zz + zz * zz * ((((((COS[0] * zz) + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5]);
        } else {
            y = z + z * zz * ((((((SIN[0] * zz) + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5]);
        }
        if (sign) y = -y;
        return y;
    }

    /** Sincos: {sin, cos}. */
    static double[] sincos(double x) {
        if (x == 0) return new double[] {x, 1};
        if (Double.isNaN(x) || Double.isInfinite(x)) return new double[] {NAN, NAN};
        boolean sinSign = false, cosSign = false;
        if (x < 0) {
            x = -x;
            sinSign = true;
        }
        long j;
        double y, z;
        if (x >= REDUCE_THRESHOLD) {
            long[] jo = new long[1];
            z = trigReduce(x, jo);
            j = jo[0];
        } else {
            j = (long) (x * FOUR_OVER_PI);
            y = j;
            if ((j & 1) == 1) {
                j++;
                y++;
            }
            j &= 7;
            z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
        }
        if (j > 3) {
            j -= 4;
            sinSign = !sinSign;
            cosSign = !cosSign;
        }
        if (j > 1) cosSign = !cosSign;
        double zz = z * z;
        double cos = 1.0 - 0.5 * zz + zz * zz * ((((((COS[0] * zz) + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5]);
        double sin = z + z * zz * ((((((SIN[0] * zz) + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5]);
        if (j == 1 || j == 2) {
            double t = sin;
            sin = cos;
            cos = t;
        }
        if (cosSign) cos = -cos;
        if (sinSign) sin = -sin;
        return new double[] {sin, cos};
    }

    static final double[] TAN_P = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
    static final double[] TAN_Q = {1.00000000000000000000e0, 1.36812963470692954678e4, -1.32089234440210967447e6,
        2.50083801823357915839e7, -5.38695755929454629881e7};

    static double tan(double x) {
        if (x == 0 || Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return NAN;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        long j;
        double y, z;
        if (x >= REDUCE_THRESHOLD) {
            long[] jo = new long[1];
            z = trigReduce(x, jo);
            j = jo[0];
        } else {
            j = (long) (x * FOUR_OVER_PI);
            y = j;
            if ((j & 1) == 1) {
                j++;
                y++;
            }
            z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
        }
        double zz = z * z;
        if (zz > 1e-14) {
            y = z + z * (zz * (((TAN_P[0] * zz) + TAN_P[1]) * zz + TAN_P[2])
                    / ((((zz + TAN_Q[1]) * zz + TAN_Q[2]) * zz + TAN_Q[3]) * zz + TAN_Q[4]));
        } else {
            y = z;
        }
        if ((j & 2) == 2) y = -1 / y;
        if (sign) y = -y;
        return y;
    }

    static double xatan(double x) {
        final double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01, P2 = -7.500855792314704667340e+01,
                P3 = -1.228866684490136173410e+02, P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02, Q3 = +4.853903996359136964868e+02,
                Q4 = +1.945506571482613964425e+02;
        double z = x * x;
        z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
        z = x * z + x;
        return z;
    }

    static double satan(double x) {
        final double Morebits = 6.123233995736765886130e-17, Tan3pio8 = 2.41421356237309504880;
        if (x <= 0.66) return xatan(x);
        if (x > Tan3pio8) return PI_2 - xatan(1 / x) + Morebits;
        return PI_4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
    }

    static double atan(double x) {
        if (x == 0) return x;
        if (x > 0) return satan(x);
        return -satan(-x);
    }

    static double asin(double x) {
        if (x == 0) return x;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        if (x > 1) return NAN;
        double temp = Math.sqrt(1 - x * x);
        if (x > 0.7) temp = PI_2 - satan(temp / x);
        else temp = satan(x / temp);
        if (sign) temp = -temp;
        return temp;
    }

    static double acos(double x) {
        return PI_2 - asin(x);
    }

    static double atan2(double y, double x) {
        if (Double.isNaN(y) || Double.isNaN(x)) return NAN;
        if (y == 0) {
            if (x >= 0 && !signbit(x)) return copysign(0, y);
            return copysign(PI, y);
        }
        if (x == 0) return copysign(PI_2, y);
        if (Double.isInfinite(x)) {
            if (x == INF) {
                if (Double.isInfinite(y)) return copysign(PI_4, y);
                return copysign(0, y);
            }
            if (Double.isInfinite(y)) return copysign(THREE_PI_4, y);
            return copysign(PI, y);
        }
        if (Double.isInfinite(y)) return copysign(PI_2, y);
        double q = atan(y / x);
        if (x < 0) {
            if (q <= 0) return q + PI;
            return q - PI;
        }
        return q;
    }

    // ---------------------------------------------------------------- hyperbolic

    static double sinh(double x) {
        final double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                Q2 = -0.173678953558233699533450911e+3;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        double temp;
        if (x > 21) {
            temp = exp(x) * 0.5;
        } else if (x > 0.5) {
            double ex = exp(x);
            temp = (ex - 1 / ex) * 0.5;
        } else {
            double sq = x * x;
            temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
            temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
        }
        if (sign) temp = -temp;
        return temp;
    }

    static double cosh(double x) {
        x = Math.abs(x);
        if (x > 21) return exp(x) * 0.5;
        double ex = exp(x);
        return (ex + 1 / ex) * 0.5;
    }

    static final double[] TANH_P = {-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3};
    static final double[] TANH_Q = {1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3};

    static double tanh(double x) {
        final double MAXLOG = 8.8029691931113054295988e+01;
        double z = Math.abs(x);
        if (z > 0.5 * MAXLOG) {
            if (x < 0) return -1;
            return 1;
        } else if (z >= 0.625) {
            double s = exp(2 * z);
            z = 1 - 2 / (s + 1);
            if (x < 0) z = -z;
        } else {
            if (x == 0) return x;
            double s = x * x;
            z = x + x * s * ((TANH_P[0] * s + TANH_P[1]) * s + TANH_P[2]) / (((s + TANH_Q[0]) * s + TANH_Q[1]) * s + TANH_Q[2]);
        }
        return z;
    }

    static double asinh(double x) {
        final double Ln2 = 6.93147180559945286227e-01, NearZero = 1.0 / (1 << 28), Large = 1 << 28;
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        double temp;
        if (x > Large) temp = log(x) + Ln2;
        else if (x > 2) temp = log(2 * x + 1 / (Math.sqrt(x * x + 1) + x));
        else if (x < NearZero) temp = x;
        else temp = log1p(x + x * x / (1 + Math.sqrt(1 + x * x)));
        if (sign) temp = -temp;
        return temp;
    }

    static double acosh(double x) {
        final double Large = 1 << 28;
        if (x < 1 || Double.isNaN(x)) return NAN;
        if (x == 1) return 0;
        if (x >= Large) return log(x) + LN2;
        if (x > 2) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        double t = x - 1;
        return log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double atanh(double x) {
        final double NearZero = 1.0 / (1 << 28);
        if (x < -1 || x > 1 || Double.isNaN(x)) return NAN;
        if (x == 1) return INF;
        if (x == -1) return -INF;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        double temp;
        if (x < NearZero) {
            temp = x;
        } else if (x < 0.5) {
            temp = x + x;
            temp = 0.5 * log1p(temp + temp * x / (1 - x));
        } else {
            temp = 0.5 * log1p((x + x) / (1 - x));
        }
        if (sign) temp = -temp;
        return temp;
    }

    // ---------------------------------------------------------------- erf, gamma

    static final double erx = 8.45062911510467529297e-01, efx = 1.28379167095512586316e-01,
            efx8 = 1.02703333676410069053e+00, pp0 = 1.28379167095512558561e-01, pp1 = -3.25042107247001499370e-01,
            pp2 = -2.84817495755985104766e-02, pp3 = -5.77027029648944159157e-03, pp4 = -2.37630166566501626084e-05,
            qq1 = 3.97917223959155352819e-01, qq2 = 6.50222499887672944485e-02, qq3 = 5.08130628187576562776e-03,
            qq4 = 1.32494738004321644526e-04, qq5 = -3.96022827877536812320e-06, pa0 = -2.36211856075265944077e-03,
            pa1 = 4.14856118683748331666e-01, pa2 = -3.72207876035701323847e-01, pa3 = 3.18346619901161753674e-01,
            pa4 = -1.10894694282396677476e-01, pa5 = 3.54783043256182359371e-02, pa6 = -2.16637559486879084300e-03,
            qa1 = 1.06420880400844228286e-01, qa2 = 5.40397917702171048937e-01, qa3 = 7.18286544141962662868e-02,
            qa4 = 1.26171219808761642112e-01, qa5 = 1.36370839120290507362e-02, qa6 = 1.19844998467991074170e-02,
            ra0 = -9.86494403484714822705e-03, ra1 = -6.93858572707181764372e-01, ra2 = -1.05586262253232909814e+01,
            ra3 = -6.23753324503260060396e+01, ra4 = -1.62396669462573470355e+02, ra5 = -1.84605092906711035994e+02,
            ra6 = -8.12874355063065934246e+01, ra7 = -9.81432934416914548592e+00, sa1 = 1.96512716674392571292e+01,
            sa2 = 1.37657754143519042600e+02, sa3 = 4.34565877475229228821e+02, sa4 = 6.45387271733267880336e+02,
            sa5 = 4.29008140027567833386e+02, sa6 = 1.08635005541779435134e+02, sa7 = 6.57024977031928170135e+00,
            sa8 = -6.04244152148580987438e-02, rb0 = -9.86494292470009928597e-03, rb1 = -7.99283237680523006574e-01,
            rb2 = -1.77579549177547519889e+01, rb3 = -1.60636384855821916062e+02, rb4 = -6.37566443368389627722e+02,
            rb5 = -1.02509513161107724954e+03, rb6 = -4.83519191608651397019e+02, sb1 = 3.03380607434824582924e+01,
            sb2 = 3.25792512996573918826e+02, sb3 = 1.53672958608443695994e+03, sb4 = 3.19985821950859553908e+03,
            sb5 = 2.55305040643316442583e+03, sb6 = 4.74528541206955367215e+02, sb7 = -2.24409524465858183362e+01;

    static double erf(double x) {
        final double VeryTiny = 2.848094538889218e-306, Small = 1.0 / (1 << 28);
        if (Double.isNaN(x)) return NAN;
        if (x == INF) return 1;
        if (x == -INF) return -1;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        if (x < 0.84375) {
            double temp;
            if (x < Small) {
                if (x < VeryTiny) temp = 0.125 * (8.0 * x + efx8 * x);
                else temp = x + efx * x;
            } else {
                double z = x * x;
                double r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
                double s = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
                double y = r / s;
                temp = x + x * y;
            }
            return sign ? -temp : temp;
        }
        if (x < 1.25) {
            double s = x - 1;
            double P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
            double Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
            if (sign) return -erx - P / Q;
            return erx + P / Q;
        }
        if (x >= 6) return sign ? -1 : 1;
        double s = 1 / (x * x);
        double R, S;
        if (x < 1 / 0.35) {
            R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
            S = 1 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
        } else {
            R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
            S = 1 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
        }
        double z = frombits(bits(x) & 0xffffffff00000000L);
        double r = exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
        if (sign) return r / x - 1;
        return 1 - r / x;
    }

    static double erfc(double x) {
        final double Tiny = 1.0 / (1L << 56);
        if (Double.isNaN(x)) return NAN;
        if (x == INF) return 0;
        if (x == -INF) return 2;
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        if (x < 0.84375) {
            double temp;
            if (x < Tiny) {
                temp = x;
            } else {
                double z = x * x;
                double r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
                double s = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
                double y = r / s;
                if (x < 0.25) temp = x + x * y;
                else temp = 0.5 + (x * y + (x - 0.5));
            }
            if (sign) return 1 + temp;
            return 1 - temp;
        }
        if (x < 1.25) {
            double s = x - 1;
            double P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
            double Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
            if (sign) return 1 + erx + P / Q;
            return 1 - erx - P / Q;
        }
        if (x < 28) {
            double s = 1 / (x * x);
            double R, S;
            if (x < 1 / 0.35) {
                R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
                S = 1 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
            } else {
                if (sign && x > 6) return 2;
                R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
                S = 1 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
            }
            double z = frombits(bits(x) & 0xffffffff00000000L);
            double r = exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
            if (sign) return 2 - r / x;
            return r / x;
        }
        return sign ? 2 : 0;
    }

    static final double[] GAM_P = {1.60119522476751861407e-04, 1.19135147006586384913e-03, 1.04213797561761569935e-02,
        4.76367800457137231464e-02, 2.07448227648435975150e-01, 4.94214826801497100753e-01, 9.99999999999999996796e-01};
    static final double[] GAM_Q = {-2.31581873324120129819e-05, 5.39605580493303397842e-04, -4.45641913851797240494e-03,
        1.18139785222060435552e-02, 3.58236398605498653373e-02, -2.34591795718243348568e-01, 7.14304917030273074085e-02,
        1.00000000000000000320e+00};
    static final double[] GAM_S = {7.87311395793093628397e-04, -2.29549961613378126380e-04, -2.68132617805781232825e-03,
        3.47222221605458667310e-03, 8.33333333333482257126e-02};

    static double[] stirling(double x) {
        if (x > 200) return new double[] {INF, 1};
        final double SqrtTwoPi = 2.506628274631000502417, MaxStirling = 143.01608;
        double w = 1 / x;
        w = 1 + w * ((((GAM_S[0] * w + GAM_S[1]) * w + GAM_S[2]) * w + GAM_S[3]) * w + GAM_S[4]);
        double y1 = exp(x);
        double y2 = 1.0;
        if (x > MaxStirling) {
            double v = pow(x, 0.5 * x - 0.25);
            double y1old = y1;
            y1 = v;
            y2 = v / y1old;
        } else {
            y1 = pow(x, x - 0.5) / y1;
        }
        return new double[] {y1, SqrtTwoPi * w * y2};
    }

    static boolean isNegInt(double x) {
        return x < 0 && modfFrac(x) == 0;
    }

    static double gamma(double x) {
        final double Euler = 0.57721566490153286060651209008240243104215933593992;
        if (isNegInt(x) || x == -INF || Double.isNaN(x)) return NAN;
        if (x == INF) return INF;
        if (x == 0) return signbit(x) ? -INF : INF;
        double q = Math.abs(x);
        double p = Math.floor(q);
        if (q > 33) {
            if (x >= 0) {
                double[] s = stirling(x);
                return s[0] * s[1];
            }
            int signgam = 1;
            long ip = goInt64(p);
            if ((ip & 1) == 0) signgam = -1;
            double z = q - p;
            if (z > 0.5) {
                p = p + 1;
                z = q - p;
            }
            z = q * sin(PI * z);
            if (z == 0) return signgam >= 0 ? INF : -INF;
            double[] sq = stirling(q);
            double absz = Math.abs(z);
            double d = absz * sq[0] * sq[1];
            if (Double.isInfinite(d)) z = PI / absz / sq[0] / sq[1];
            else z = PI / d;
            return signgam * z;
        }
        double z = 1.0;
        while (x >= 3) {
            x = x - 1;
            z = z * x;
        }
        boolean small = false;
        while (x < 0) {
            if (x > -1e-09) {
                small = true;
                break;
            }
            z = z / x;
            x = x + 1;
        }
        if (!small) {
            while (x < 2) {
                if (x < 1e-09) {
                    small = true;
                    break;
                }
                z = z / x;
                x = x + 1;
            }
        }
        if (small) {
            if (x == 0) return INF;
            return z / ((1 + Euler * x) * x);
        }
        if (x == 2) return z;
        x = x - 2;
        p = (((((x * GAM_P[0] + GAM_P[1]) * x + GAM_P[2]) * x + GAM_P[3]) * x + GAM_P[4]) * x + GAM_P[5]) * x + GAM_P[6];
        q = ((((((x * GAM_Q[0] + GAM_Q[1]) * x + GAM_Q[2]) * x + GAM_Q[3]) * x + GAM_Q[4]) * x + GAM_Q[5]) * x + GAM_Q[6]) * x + GAM_Q[7];
        return z * p / q;
    }

    static final double[] LA = {7.72156649015328655494e-02, 3.22467033424113591611e-01, 6.73523010531292681824e-02,
        2.05808084325167332806e-02, 7.38555086081402883957e-03, 2.89051383673415629091e-03, 1.19270763183362067845e-03,
        5.10069792153511336608e-04, 2.20862790713908385557e-04, 1.08011567247583939954e-04, 2.52144565451257326939e-05,
        4.48640949618915160150e-05};
    static final double[] LR = {1.0, 1.39200533467621045958e+00, 7.21935547567138069525e-01, 1.71933865632803078993e-01,
        1.86459191715652901344e-02, 7.77942496381893596434e-04, 7.32668430744625636189e-06};
    static final double[] LS = {-7.72156649015328655494e-02, 2.14982415960608852501e-01, 3.25778796408930981787e-01,
        1.46350472652464452805e-01, 2.66422703033638609560e-02, 1.84028451407337715652e-03, 3.19475326584100867617e-05};
    static final double[] LT = {4.83836122723810047042e-01, -1.47587722994593911752e-01, 6.46249402391333854778e-02,
        -3.27885410759859649565e-02, 1.79706750811820387126e-02, -1.03142241298341437450e-02, 6.10053870246291332635e-03,
        -3.68452016781138256760e-03, 2.25964780900612472250e-03, -1.40346469989232843813e-03, 8.81081882437654011382e-04,
        -5.38595305356740546715e-04, 3.15632070903625950361e-04, -3.12754168375120860518e-04, 3.35529192635519073543e-04};
    static final double[] LU = {-7.72156649015328655494e-02, 6.32827064025093366517e-01, 1.45492250137234768737e+00,
        9.77717527963372745603e-01, 2.28963728064692451092e-01, 1.33810918536787660377e-02};
    static final double[] LV = {1.0, 2.45597793713041134822e+00, 2.12848976379893395361e+00, 7.69285150456672783825e-01,
        1.04222645593369134254e-01, 3.21709242282423911810e-03};
    static final double[] LW = {4.18938533204672725052e-01, 8.33333333333329678849e-02, -2.77777777728775536470e-03,
        7.93650558643019558500e-04, -5.95187557450339963135e-04, 8.36339918996282139126e-04, -1.63092934096575273989e-03};

    /** Lgamma: {lgamma, sign}. */
    static double[] lgamma(double x) {
        final double Ymin = 1.461632144968362245, Two52 = 1L << 52, Two58 = 1L << 58, Tiny = 1.0 / 0x1p70,
                Tc = 1.46163214496836224576e+00, Tf = -1.21486290535849611461e-01, Tt = -3.63867699703950536541e-18;
        int sign = 1;
        if (Double.isNaN(x) || Double.isInfinite(x)) return new double[] {x, sign};
        if (x == 0) return new double[] {INF, sign};
        boolean neg = false;
        if (x < 0) {
            x = -x;
            neg = true;
        }
        if (x < Tiny) {
            if (neg) sign = -1;
            return new double[] {-log(x), sign};
        }
        double nadj = 0;
        if (neg) {
            if (x >= Two52) return new double[] {INF, sign};
            double t = sinPi(x);
            if (t == 0) return new double[] {INF, sign};
            nadj = log(PI / Math.abs(t * x));
            if (t < 0) sign = -1;
        }
        double lgamma;
        if (x == 1 || x == 2) {
            return new double[] {0, sign};
        } else if (x < 2) {
            double y;
            int i;
            if (x <= 0.9) {
                lgamma = -log(x);
                if (x >= (Ymin - 1 + 0.27)) {
                    y = 1 - x;
                    i = 0;
                } else if (x >= (Ymin - 1 - 0.27)) {
                    y = x - (Tc - 1);
                    i = 1;
                } else {
                    y = x;
                    i = 2;
                }
            } else {
                lgamma = 0;
                if (x >= (Ymin + 0.27)) {
                    y = 2 - x;
                    i = 0;
                } else if (x >= (Ymin - 0.27)) {
                    y = x - Tc;
                    i = 1;
                } else {
                    y = x - 1;
                    i = 2;
                }
            }
            switch (i) {
                case 0 -> {
                    double z = y * y;
                    double p1 = LA[0] + z * (LA[2] + z * (LA[4] + z * (LA[6] + z * (LA[8] + z * LA[10]))));
                    double p2 = z * (LA[1] + z * (+LA[3] + z * (LA[5] + z * (LA[7] + z * (LA[9] + z * LA[11])))));
                    double p = y * p1 + p2;
                    lgamma += (p - 0.5 * y);
                }
                case 1 -> {
                    double z = y * y;
                    double w = z * y;
                    double p1 = LT[0] + w * (LT[3] + w * (LT[6] + w * (LT[9] + w * LT[12])));
                    double p2 = LT[1] + w * (LT[4] + w * (LT[7] + w * (LT[10] + w * LT[13])));
                    double p3 = LT[2] + w * (LT[5] + w * (LT[8] + w * (LT[11] + w * LT[14])));
                    double p = z * p1 - (Tt - w * (p2 + y * p3));
                    lgamma += (Tf + p);
                }
                default -> {
                    double p1 = y * (LU[0] + y * (LU[1] + y * (LU[2] + y * (LU[3] + y * (LU[4] + y * LU[5])))));
                    double p2 = 1 + y * (LV[1] + y * (LV[2] + y * (LV[3] + y * (LV[4] + y * LV[5]))));
                    lgamma += (-0.5 * y + p1 / p2);
                }
            }
        } else if (x < 8) {
            int i = (int) x;
            double y = x - i;
            double p = y * (LS[0] + y * (LS[1] + y * (LS[2] + y * (LS[3] + y * (LS[4] + y * (LS[5] + y * LS[6]))))));
            double q = 1 + y * (LR[1] + y * (LR[2] + y * (LR[3] + y * (LR[4] + y * (LR[5] + y * LR[6])))));
            lgamma = 0.5 * y + p / q;
            double z = 1.0;
            switch (i) {
                case 7:
                    z *= (y + 6);
                case 6:
                    z *= (y + 5);
                case 5:
                    z *= (y + 4);
                case 4:
                    z *= (y + 3);
                case 3:
                    z *= (y + 2);
                    lgamma += log(z);
                    break;
                default:
                    break;
            }
        } else if (x < Two58) {
            double t = log(x);
            double z = 1 / x;
            double y = z * z;
            double w = LW[0] + z * (LW[1] + y * (LW[2] + y * (LW[3] + y * (LW[4] + y * (LW[5] + y * LW[6])))));
            lgamma = (x - 0.5) * (t - 1) + w;
        } else {
            lgamma = x * (log(x) - 1);
        }
        if (neg) lgamma = nadj - lgamma;
        return new double[] {lgamma, sign};
    }

    static double sinPi(double x) {
        final double Two52 = 1L << 52, Two53 = 1L << 53;
        if (x < 0.25) return -sin(PI * x);
        double z = Math.floor(x);
        int n;
        if (z != x) {
            x = mod(x, 2);
            n = (int) (x * 4);
        } else {
            if (x >= Two53) {
                x = 0;
                n = 0;
            } else {
                if (x < Two52) z = x + Two52;
                n = (int) (1 & bits(z));
                x = n;
                n <<= 2;
            }
        }
        switch (n) {
            case 0 -> x = sin(PI * x);
            case 1, 2 -> x = cos(PI * (0.5 - x));
            case 3, 4 -> x = sin(PI * (1 - x));
            case 5, 6 -> x = -cos(PI * (x - 1.5));
            default -> x = sin(PI * (x - 2));
        }
        return -x;
    }

    static double erfinv(double x) {
        final double a0 = 1.1975323115670912564578e0, a1 = 4.7072688112383978012285e1, a2 = 6.9706266534389598238465e2,
                a3 = 4.8548868893843886794648e3, a4 = 1.6235862515167575384252e4, a5 = 2.3782041382114385731252e4,
                a6 = 1.1819493347062294404278e4, a7 = 8.8709406962545514830200e2, b0 = 1.0000000000000000000e0,
                b1 = 4.2313330701600911252e1, b2 = 6.8718700749205790830e2, b3 = 5.3941960214247511077e3,
                b4 = 2.1213794301586595867e4, b5 = 3.9307895800092710610e4, b6 = 2.8729085735721942674e4,
                b7 = 5.2264952788528545610e3, c0 = 1.42343711074968357734e0, c1 = 4.63033784615654529590e0,
                c2 = 5.76949722146069140550e0, c3 = 3.64784832476320460504e0, c4 = 1.27045825245236838258e0,
                c5 = 2.41780725177450611770e-1, c6 = 2.27238449892691845833e-2, c7 = 7.74545014278341407640e-4,
                d0 = 1.4142135623730950488016887e0, d1 = 2.9036514445419946173133295e0, d2 = 2.3707661626024532365971225e0,
                d3 = 9.7547832001787427186894837e-1, d4 = 2.0945065210512749128288442e-1, d5 = 2.1494160384252876777097297e-2,
                d6 = 7.7441459065157709165577218e-4, d7 = 1.4859850019840355905497876e-9, e0 = 6.65790464350110377720e0,
                e1 = 5.46378491116411436990e0, e2 = 1.78482653991729133580e0, e3 = 2.96560571828504891230e-1,
                e4 = 2.65321895265761230930e-2, e5 = 1.24266094738807843860e-3, e6 = 2.71155556874348757815e-5,
                e7 = 2.01033439929228813265e-7, f0 = 1.414213562373095048801689e0, f1 = 8.482908416595164588112026e-1,
                f2 = 1.936480946950659106176712e-1, f3 = 2.103693768272068968719679e-2, f4 = 1.112800997078859844711555e-3,
                f5 = 2.611088405080593625138020e-5, f6 = 2.010321207683943062279931e-7, f7 = 2.891024605872965461538222e-15;
        if (Double.isNaN(x) || x <= -1 || x >= 1) {
            if (x == -1 || x == 1) return x > 0 ? INF : -INF;
            return NAN;
        }
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = true;
        }
        double ans;
        if (x <= 0.85) {
            double r = 0.180625 - 0.25 * x * x;
            double z1 = ((((((a7 * r + a6) * r + a5) * r + a4) * r + a3) * r + a2) * r + a1) * r + a0;
            double z2 = ((((((b7 * r + b6) * r + b5) * r + b4) * r + b3) * r + b2) * r + b1) * r + b0;
            ans = (x * z1) / z2;
        } else {
            double z1, z2;
            double r = Math.sqrt(LN2 - log(1.0 - x));
            if (r <= 5.0) {
                r -= 1.6;
                z1 = ((((((c7 * r + c6) * r + c5) * r + c4) * r + c3) * r + c2) * r + c1) * r + c0;
                z2 = ((((((d7 * r + d6) * r + d5) * r + d4) * r + d3) * r + d2) * r + d1) * r + d0;
            } else {
                r -= 5.0;
                z1 = ((((((e7 * r + e6) * r + e5) * r + e4) * r + e3) * r + e2) * r + e1) * r + e0;
                z2 = ((((((f7 * r + f6) * r + f5) * r + f4) * r + f3) * r + f2) * r + f1) * r + f0;
            }
            ans = z1 / z2;
        }
        return sign ? -ans : ans;
    }

    // ---------------------------------------------------------------- misc

    static final double[] POW10TAB = {1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31};
    static final double[] POW10POS = {1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288};
    static final double[] POW10NEG = {1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320};

    static double pow10(long n) {
        if (0 <= n && n <= 308) return POW10POS[(int) n / 32] * POW10TAB[(int) n % 32];
        if (-323 <= n && n <= 0) return POW10NEG[(int) -n / 32] / POW10TAB[(int) -n % 32];
        if (n > 0) return INF;
        return 0;
    }

    static double nextafter(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) return NAN;
        if (x == y) return x;
        if (x == 0) return copysign(frombits(1), y);
        if ((y > x) == (x > 0)) return frombits(bits(x) + 1);
        return frombits(bits(x) - 1);
    }

    static long ilogb(double x) {
        int e = normE(x);
        return (int) ((bits(normX(x)) >>> SHIFT) & MASK) - BIAS + e;
    }

    static double max(double x, double y) {
        if (x == INF || y == INF) return INF;
        if (Double.isNaN(x) || Double.isNaN(y)) return NAN;
        if (x == 0 && x == y) return signbit(x) ? y : x;
        return x > y ? x : y;
    }

    static double min(double x, double y) {
        if (x == -INF || y == -INF) return -INF;
        if (Double.isNaN(x) || Double.isNaN(y)) return NAN;
        if (x == 0 && x == y) return signbit(x) ? x : y;
        return x < y ? x : y;
    }
}
