package gosub.exec;

import gosub.runtime.*;
import gosub.types.Type;
import gosub.types.TypeNames;

/** The runtime's own formats: the print/println builtins and the value line of a panic. */
public final class RuntimePrint {
    private RuntimePrint() {}

    public static String format(Object[] vs, Type[] types, boolean ln) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < vs.length; i++) {
            if (ln && i > 0) sb.append(' ');
            sb.append(value(vs[i], types[i]));
        }
        if (ln) sb.append('\n');
        return sb.toString();
    }

    /** Go's printfloat: +1.500000e+000. */
    static String floatText(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "+Inf" : "-Inf";
        String s = String.format("%.6e", Math.abs(d));
        int e = s.indexOf('e');
        String mant = s.substring(0, e);
        int exp = Integer.parseInt(s.substring(e + 1));
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "+";
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%03d", Math.abs(exp));
    }

    static String value(Object v, Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Basic b) {
            if (b.isBoolean()) return String.valueOf(v);
            if (b.isString()) return v.toString();
            if (b.isInteger()) return b.isUnsigned() ? Long.toUnsignedString((Long) v) : v.toString();
            if (b.isFloat()) return floatText((Double) v);
            if (b.isComplex()) {
                Complex c = (Complex) v;
                return "(" + floatText(c.re()) + floatText(c.im()) + "i)";
            }
        }
        if (v == null) return u instanceof Type.Interface ? "(0x0,0x0)" : "0x0";
        if (v instanceof Iface i) return "(" + address(i.type()) + "," + address(i.value()) + ")";
        if (v instanceof Slice s) return "[" + s.len + "/" + s.cap + "]" + address(s.array);
        return address(v);
    }

    static String address(Object o) {
        return "0xc" + String.format("%09x", (System.identityHashCode(o) & 0xfffffffL) << 3);
    }

    /** The text after "panic: " for a panic value (runtime printpanicval). */
    public static String panicValue(Object v, Goroutine g) {
        if (v == null) return "nil";
        Iface i = (Iface) v;
        Type t = i.type();
        MethodCaller m = g.run.methods;
        try {
            if (m != null && m.hasMethod(t, "Error")) return m.call(t, i.value(), "Error", new Object[0], g, null).toString();
            if (m != null && m.hasMethod(t, "String")) return m.call(t, i.value(), "String", new Object[0], g, null).toString();
        } catch (GoPanic p) {
            // A failing Error method: fall through to the plain form.
        }
        Type u = t.underlying();
        if (u instanceof Type.Basic b) {
            String text = value(i.value(), t);
            if (!(t instanceof Type.Named)) return text;
            if (b.isString()) return TypeNames.of(t, true) + "(\"" + text + "\")";
            return TypeNames.of(t, true) + "(" + text + ")";
        }
        return "(" + TypeNames.of(t, true) + ") " + address(i.value() == null ? i : i.value());
    }

    /** Go's full panic report: the chain of panics, then the goroutine trace. */
    public static String panicReport(GoPanic p, Goroutine g) {
        StringBuilder sb = new StringBuilder();
        java.util.ArrayDeque<GoPanic> chain = new java.util.ArrayDeque<>();
        for (GoPanic q = p; q != null; q = q.previous) chain.push(q);
        boolean first = true;
        while (!chain.isEmpty()) {
            GoPanic q = chain.pop();
            if (!first) sb.append('\t');
            sb.append("panic: ").append(panicValue(q.value, g));
            if (q.recovered) {
                GoPanic next = chain.peek();
                // Go 1.23+: re-panicking with the recovered value prints one line.
                if (next != null && next.value == q.value) {
                    chain.pop();
                    sb.append(" [recovered, repanicked]");
                } else {
                    sb.append(" [recovered]");
                }
            }
            sb.append('\n');
            first = false;
        }
        sb.append("\ngoroutine ").append(g.id).append(" [running]:\n");
        for (String fr : p.frames) sb.append(fr).append('\n');
        sb.append(g.createdBy());
        return sb.toString();
    }
}
