package gosub.lib;

import gosub.exec.NativeFn;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** math's functions on StrictMath (fdlibm), with Go's special cases where they differ. */
final class MathNatives {
    private MathNatives() {}

    private static void f1(Map<String, NativeFn> m, String name, DoubleUnaryOperator op) {
        m.put("math." + name, (a, g, p) -> op.applyAsDouble((Double) a[0]));
    }

    private static void f2(Map<String, NativeFn> m, String name, DoubleBinaryOperator op) {
        m.put("math." + name, (a, g, p) -> op.applyAsDouble((Double) a[0], (Double) a[1]));
    }

    static void register(Map<String, NativeFn> m) {
        m.put("math.Inf", (a, g, p) -> (Long) a[0] >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        m.put("math.NaN", (a, g, p) -> Double.NaN);
        m.put("math.Signbit", (a, g, p) -> Double.doubleToRawLongBits((Double) a[0]) < 0);
        m.put("math.Float64bits", (a, g, p) -> Double.doubleToRawLongBits((Double) a[0]));
        m.put("math.Float64frombits", (a, g, p) -> Double.longBitsToDouble((Long) a[0]));
        m.put("math.Float32bits", (a, g, p) -> (long) Float.floatToRawIntBits((float) (double) (Double) a[0]) & 0xFFFFFFFFL);
        m.put("math.Float32frombits", (a, g, p) -> (double) Float.intBitsToFloat((int) (long) (Long) a[0]));
        f1(m, "Sqrt", StrictMath::sqrt);
        f1(m, "Cbrt", StrictMath::cbrt);
        f2(m, "Pow", MathNatives::pow);
        f1(m, "Exp", StrictMath::exp);
        f1(m, "Expm1", StrictMath::expm1);
        f1(m, "Log", StrictMath::log);
        f1(m, "Log2", MathNatives::log2);
        f1(m, "Log10", StrictMath::log10);
        f1(m, "Log1p", StrictMath::log1p);
        f1(m, "Sin", StrictMath::sin);
        f1(m, "Cos", StrictMath::cos);
        f1(m, "Tan", StrictMath::tan);
        f1(m, "Asin", StrictMath::asin);
        f1(m, "Acos", StrictMath::acos);
        f1(m, "Atan", StrictMath::atan);
        f2(m, "Atan2", StrictMath::atan2);
        f1(m, "Sinh", StrictMath::sinh);
        f1(m, "Cosh", StrictMath::cosh);
        f1(m, "Tanh", StrictMath::tanh);
        f2(m, "Hypot", StrictMath::hypot);
        f1(m, "Floor", StrictMath::floor);
        f1(m, "Ceil", StrictMath::ceil);
        f1(m, "Trunc", x -> x < 0 ? StrictMath.ceil(x) : StrictMath.floor(x));
        f1(m, "Round", MathNatives::round);
        f1(m, "RoundToEven", StrictMath::rint);
        f2(m, "Mod", MathNatives::mod);
        f2(m, "Remainder", StrictMath::IEEEremainder);
        m.put("math.Frexp", (a, g, p) -> {
            double f = (Double) a[0];
            if (f == 0 || Double.isNaN(f) || Double.isInfinite(f)) return new Object[] {f, 0L};
            int e = StrictMath.getExponent(f);
            double frac = f;
            long exp = 0;
            if (e == Double.MIN_EXPONENT - 1) {
                frac = f * 0x1p52;
                exp = -52;
                e = StrictMath.getExponent(frac);
            }
            exp += e + 1;
            frac = StrictMath.scalb(frac, -(e + 1));
            return new Object[] {frac, exp};
        });
        m.put("math.Ldexp", (a, g, p) -> StrictMath.scalb((Double) a[0], (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, (Long) a[1]))));
    }

    /** Go rounds half away from zero. */
    static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double t = x < 0 ? StrictMath.ceil(x) : StrictMath.floor(x);
        if (Math.abs(x - t) >= 0.5) t += Math.copySign(1.0, x);
        return t == 0 ? Math.copySign(0.0, x) : t;
    }

    /** Go's Mod: the result has the sign of x (Java's % on doubles agrees). */
    static double mod(double x, double y) {
        if (y == 0 || Double.isInfinite(x) || Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        return x % y;
    }

    static double log2(double x) {
        int e = StrictMath.getExponent(x);
        if (x > 0 && !Double.isInfinite(x) && x == StrictMath.scalb(1.0, e)) return e;
        return StrictMath.log(x) / StrictMath.log(2);
    }

    static double pow(double x, double y) {
        return StrictMath.pow(x, y);
    }
}
