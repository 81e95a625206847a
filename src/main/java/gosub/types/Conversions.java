package gosub.types;

import gosub.types.Type.Basic;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** The spec's conversion rules, for values and for constants. */
final class Conversions {
    private Conversions() {}

    static boolean convertible(Operand x, Type t) {
        Type v = x.type;
        if (v instanceof Type.TypeParam || t instanceof Type.TypeParam) return true;
        if (x.isConst() && TypeOps.basic(t) != null && !TypeOps.isInterface(t) && !(t instanceof Type.TypeParam)) {
            Basic tb = TypeOps.basic(t);
            Basic vb = TypeOps.basic(v);
            if (vb == null) return false;
            if (vb.isNumeric() && tb.isNumeric()) return true;
            if (vb.isInteger() && tb.isString()) return true;
            return vb.isBoolean() == tb.isBoolean() && vb.isString() == tb.isString() && !vb.isNumeric();
        }
        if (TypeOps.isUntyped(v) && v != Universe.UNTYPED_NIL) v = TypeOps.defaultType(v);
        if (v == Universe.UNTYPED_NIL) return TypeOps.nillable(t);
        if (TypeOps.assignable(v, t)) return true;
        Type vu = v.underlying(), tu = t.underlying();
        if (TypeOps.identical(vu, tu)) return true;
        if (vu instanceof Type.Pointer vp && tu instanceof Type.Pointer tp && TypeOps.identical(vp.elem.underlying(), tp.elem.underlying())) return true;
        if (TypeOps.isNumeric(vu) && TypeOps.isNumeric(tu)) {
            return ((Basic) vu).isComplex() == ((Basic) tu).isComplex();
        }
        if (TypeOps.isString(tu)) {
            if (TypeOps.isInteger(vu)) return true;
            if (vu instanceof Type.Slice s && isByteOrRune(s.elem)) return true;
        }
        if (TypeOps.isString(vu) && tu instanceof Type.Slice s && isByteOrRune(s.elem)) return true;
        if (vu instanceof Type.Slice s && tu instanceof Type.Array a && TypeOps.identical(s.elem, a.elem)) return true;
        if (vu instanceof Type.Slice s && tu instanceof Type.Pointer p && p.elem.underlying() instanceof Type.Array a
                && TypeOps.identical(s.elem, a.elem)) return true;
        return false;
    }

    private static boolean isByteOrRune(Type t) {
        Basic b = TypeOps.basic(t);
        return b != null && (b.kind == Type.Kind.UINT8 || b.kind == Type.Kind.INT32);
    }

    /** The value of converting constant x to basic type t, or null when it does not fit. */
    static Object constant(Operand x, Basic t) {
        Object v = x.value;
        if (t.isString() && !(v instanceof String)) {
            BigInteger i = Constant.toInt(v);
            int cp = i == null || i.bitLength() > 31 || !Character.isValidCodePoint(i.intValue())
                    || (i.intValue() >= 0xD800 && i.intValue() <= 0xDFFF) ? 0xFFFD : i.intValue();
            return new String(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        }
        if (!Constant.representable(v, t)) return null;
        return Constant.round(Constant.coerce(v, t), t);
    }
}
