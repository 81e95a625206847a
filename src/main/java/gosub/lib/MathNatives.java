package gosub.lib;

import gosub.exec.NativeFn;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** math's functions: Go's algorithms (GoMath), so results agree with Go bit for bit. */
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
        m.put("math.NaN", (a, g, p) -> GoMath.NAN);
        m.put("math.Signbit", (a, g, p) -> Double.doubleToRawLongBits((Double) a[0]) < 0);
        m.put("math.Float64bits", (a, g, p) -> Double.doubleToRawLongBits((Double) a[0]));
        m.put("math.Float64frombits", (a, g, p) -> Double.longBitsToDouble((Long) a[0]));
        m.put("math.Float32bits", (a, g, p) -> (long) Float.floatToRawIntBits((float) (double) (Double) a[0]) & 0xFFFFFFFFL);
        m.put("math.Float32frombits", (a, g, p) -> (double) Float.intBitsToFloat((int) (long) (Long) a[0]));
        f1(m, "Abs", x -> GoMath.frombits(GoMath.bits(x) & ~GoMath.SIGN_MASK));
        f2(m, "Copysign", GoMath::copysign);
        f1(m, "Sqrt", Math::sqrt);
        f1(m, "Cbrt", GoMath::cbrt);
        f2(m, "Pow", GoMath::pow);
        m.put("math.Pow10", (a, g, p) -> GoMath.pow10((Long) a[0]));
        f1(m, "Exp", GoMath::exp);
        f1(m, "Exp2", GoMath::exp2);
        f1(m, "Expm1", GoMath::expm1);
        f1(m, "Log", GoMath::log);
        f1(m, "Log2", GoMath::log2);
        f1(m, "Log10", GoMath::log10);
        f1(m, "Log1p", GoMath::log1p);
        f1(m, "Logb", x -> {
            if (x == 0) return Double.NEGATIVE_INFINITY;
            if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
            if (Double.isNaN(x)) return x;
            return GoMath.ilogb(x);
        });
        m.put("math.Ilogb", (a, g, p) -> {
            double x = (Double) a[0];
            if (x == 0) return (long) Integer.MIN_VALUE;
            if (Double.isNaN(x) || Double.isInfinite(x)) return (long) Integer.MAX_VALUE;
            return GoMath.ilogb(x);
        });
        f1(m, "Sin", GoMath::sin);
        f1(m, "Cos", GoMath::cos);
        f1(m, "Tan", GoMath::tan);
        m.put("math.Sincos", (a, g, p) -> {
            double[] r = GoMath.sincos((Double) a[0]);
            return new Object[] {r[0], r[1]};
        });
        f1(m, "Asin", GoMath::asin);
        f1(m, "Acos", GoMath::acos);
        f1(m, "Atan", GoMath::atan);
        f2(m, "Atan2", GoMath::atan2);
        f1(m, "Sinh", GoMath::sinh);
        f1(m, "Cosh", GoMath::cosh);
        f1(m, "Tanh", GoMath::tanh);
        f1(m, "Asinh", GoMath::asinh);
        f1(m, "Acosh", GoMath::acosh);
        f1(m, "Atanh", GoMath::atanh);
        f2(m, "Hypot", GoMath::hypot);
        f1(m, "Floor", Math::floor);
        f1(m, "Ceil", Math::ceil);
        f1(m, "Trunc", GoMath::trunc);
        f1(m, "Round", GoMath::round);
        f1(m, "RoundToEven", GoMath::roundToEven);
        f2(m, "Mod", GoMath::mod);
        f2(m, "Remainder", GoMath::remainder);
        m.put("math.Modf", (a, g, p) -> {
            double f = (Double) a[0];
            return new Object[] {GoMath.modfInt(f), GoMath.modfFrac(f)};
        });
        m.put("math.Frexp", (a, g, p) -> {
            double f = (Double) a[0];
            return new Object[] {GoMath.frexpFrac(f), (long) GoMath.frexpExp(f)};
        });
        m.put("math.Ldexp", (a, g, p) -> GoMath.ldexp((Double) a[0], (Long) a[1]));
        f2(m, "Max", GoMath::max);
        f2(m, "Min", GoMath::min);
        m.put("math.FMA", (a, g, p) -> Math.fma((Double) a[0], (Double) a[1], (Double) a[2]));
        f1(m, "Erf", GoMath::erf);
        f1(m, "Erfc", GoMath::erfc);
        f1(m, "Erfinv", GoMath::erfinv);
        f1(m, "Gamma", GoMath::gamma);
        m.put("math.Lgamma", (a, g, p) -> {
            double[] r = GoMath.lgamma((Double) a[0]);
            return new Object[] {r[0], (long) r[1]};
        });
        f2(m, "Nextafter", GoMath::nextafter);
    }
}
