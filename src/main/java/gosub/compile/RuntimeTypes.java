package gosub.compile;

import gosub.exec.IntKind;
import gosub.exec.ZeroValue;
import gosub.runtime.*;
import gosub.types.Constant;
import gosub.types.Type;
import gosub.types.TypeOps;
import java.math.BigDecimal;
import java.math.BigInteger;

/** How Go types look at run time: zero values, constant values, integer kinds. */
public final class RuntimeTypes {
    private RuntimeTypes() {}

    public static int intKind(Type t) {
        Type.Basic b = TypeOps.basic(t);
        return switch (b.kind) {
            case INT32 -> IntKind.I32;
            case INT16 -> IntKind.I16;
            case INT8 -> IntKind.I8;
            case UINT, UINT64, UINTPTR -> IntKind.U64;
            case UINT32 -> IntKind.U32;
            case UINT16 -> IntKind.U16;
            case UINT8 -> IntKind.U8;
            default -> IntKind.I64;
        };
    }

    /** Structs and arrays are copied when assigned. */
    public static boolean isValueAggregate(Type t) {
        Type u = t.underlying();
        return u instanceof Type.Struct || u instanceof Type.Array;
    }

    /** The kind of backing store (Elems) for slices and arrays of element type t. */
    public static int storeKind(Type t) {
        if (!(t.underlying() instanceof Type.Basic b) || t instanceof Type.TypeParam) return Elems.OBJ;
        if (b.isBoolean()) return Elems.BOOL;
        if (b.kind == Type.Kind.UINT8) return Elems.BYTE;
        if (b.isInteger()) return Elems.LONG;
        if (b.isFloat()) return Elems.DOUBLE;
        return Elems.OBJ;
    }

    public static ZeroValue zero(Type t) {
        Type u = t.underlying();
        switch (u) {
            case Type.Basic b -> {
                Object z = basicZero(b);
                return () -> z;
            }
            case Type.Struct s -> {
                ZeroValue[] fs = new ZeroValue[s.fields.size()];
                for (int i = 0; i < fs.length; i++) fs[i] = zero(s.fields.get(i).type);
                return () -> {
                    Object[] v = new Object[fs.length];
                    for (int i = 0; i < v.length; i++) v[i] = fs[i].make();
                    return new StructValue(v);
                };
            }
            case Type.Array a -> {
                ZeroValue e = zero(a.elem);
                int n = (int) a.len;
                int kind = storeKind(a.elem);
                return () -> new ArrayValue(gosub.exec.Stores.alloc(kind, n, e));
            }
            default -> {
                return () -> null;
            }
        }
    }

    static Object basicZero(Type.Basic b) {
        if (b.isBoolean()) return Boolean.FALSE;
        if (b.isString()) return GoString.EMPTY;
        if (b.isInteger()) return 0L;
        if (b.isFloat()) return 0.0;
        if (b.isComplex()) return new Complex(0, 0);
        return null;
    }

    /** The run-time value of a constant of type t. */
    public static Object constant(Object v, Type t) {
        if (v == null) return null;
        Type.Basic b = TypeOps.basic(t);
        if (b == null || TypeOps.isInterface(t)) b = TypeOps.basic(TypeOps.defaultType(untypedKindOf(v)));
        if (b.isUntyped()) b = (Type.Basic) TypeOps.defaultType(b);
        if (b.isBoolean()) return v;
        if (b.isString()) return GoString.ofLatin1((String) v);
        if (b.isInteger()) {
            BigInteger i = Constant.toInt(v);
            return IntKind.wrap(intKind(b), i.longValue());
        }
        if (b.isFloat()) {
            double d = Constant.toFloat(v).doubleValue();
            return b.kind == Type.Kind.FLOAT32 ? (double) (float) d : d;
        }
        if (b.isComplex()) {
            Constant.Cplx c = Constant.toComplex(v);
            double re = c.re().doubleValue(), im = c.im().doubleValue();
            return b.kind == Type.Kind.COMPLEX64 ? new Complex((float) re, (float) im) : new Complex(re, im);
        }
        return v;
    }

    private static Type untypedKindOf(Object v) {
        return switch (v) {
            case Boolean x -> gosub.types.Universe.UNTYPED_BOOL;
            case String x -> gosub.types.Universe.UNTYPED_STRING;
            case BigInteger x -> gosub.types.Universe.UNTYPED_INT;
            case BigDecimal x -> gosub.types.Universe.UNTYPED_FLOAT;
            default -> gosub.types.Universe.UNTYPED_COMPLEX;
        };
    }
}
