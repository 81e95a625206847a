package gosub.types;

import gosub.types.Type.*;
import java.util.List;

/** Relations between types: identity, assignability, comparability, defaults. */
public final class TypeOps {
    private TypeOps() {}

    public static boolean identical(Type a, Type b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (a instanceof Named na && b instanceof Named nb) {
            return na.origin != null && na.origin == nb.origin && identicalLists(na.typeArgs, nb.typeArgs);
        }
        if (a instanceof Named || b instanceof Named) return false;
        return switch (a) {
            case Basic x -> b instanceof Basic y && x.kind == y.kind;
            case Pointer x -> b instanceof Pointer y && identical(x.elem, y.elem);
            case Slice x -> b instanceof Slice y && identical(x.elem, y.elem);
            case Array x -> b instanceof Array y && x.len == y.len && identical(x.elem, y.elem);
            case MapT x -> b instanceof MapT y && identical(x.key, y.key) && identical(x.value, y.value);
            case Chan x -> b instanceof Chan y && x.dir == y.dir && identical(x.elem, y.elem);
            case Signature x -> b instanceof Signature y && x.variadic == y.variadic
                    && identicalVars(x.params, y.params) && identicalVars(x.results, y.results);
            case Struct x -> b instanceof Struct y && identicalFields(x.fields, y.fields);
            case Interface x -> b instanceof Interface y && identicalMethods(x, y);
            case Tuple x -> b instanceof Tuple y && identicalLists(x.types, y.types);
            case TypeParam x -> false;
            case Named x -> false;
        };
    }

    private static boolean identicalLists(List<Type> a, List<Type> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!identical(a.get(i), b.get(i))) return false;
        return true;
    }

    private static boolean identicalVars(List<Obj.Var> a, List<Obj.Var> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!identical(a.get(i).type, b.get(i).type)) return false;
        return true;
    }

    private static boolean identicalFields(List<Obj.Var> a, List<Obj.Var> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            Obj.Var x = a.get(i), y = b.get(i);
            if (!x.name.equals(y.name) || x.embedded != y.embedded || !identical(x.type, y.type)) return false;
        }
        return true;
    }

    private static boolean identicalMethods(Interface x, Interface y) {
        List<Obj.Func> mx = Interfaces.methodSet(x), my = Interfaces.methodSet(y);
        if (mx.size() != my.size()) return false;
        for (Obj.Func f : mx) {
            Obj.Func g = my.stream().filter(m -> m.name.equals(f.name)).findFirst().orElse(null);
            if (g == null || !identical(f.type, g.type)) return false;
        }
        return x.terms == null && y.terms == null;
    }

    public static boolean isUntyped(Type t) {
        return t instanceof Basic b && b.isUntyped();
    }

    public static boolean isInterface(Type t) {
        return t != null && t.underlying() instanceof Interface && !(t instanceof TypeParam);
    }

    public static Basic basic(Type t) {
        if (t instanceof TypeParam p && p.constraint != null && p.constraint.underlying() instanceof Interface i
                && i.terms != null && !i.terms.isEmpty()) {
            return i.terms.get(0).type().underlying() instanceof Basic b ? b : null;
        }
        return t != null && t.underlying() instanceof Basic b ? b : null;
    }

    public static boolean isString(Type t) {
        Basic b = basic(t);
        return b != null && b.isString();
    }

    public static boolean isInteger(Type t) {
        Basic b = basic(t);
        return b != null && b.isInteger();
    }

    public static boolean isNumeric(Type t) {
        Basic b = basic(t);
        return b != null && b.isNumeric();
    }

    public static boolean isBoolean(Type t) {
        Basic b = basic(t);
        return b != null && b.isBoolean();
    }

    /** The type an untyped constant takes when nothing else decides it. */
    public static Type defaultType(Type t) {
        if (!(t instanceof Basic b)) return t;
        return switch (b.kind) {
            case UNTYPED_BOOL -> Universe.BOOL;
            case UNTYPED_INT -> Universe.INT;
            case UNTYPED_RUNE -> Universe.RUNE;
            case UNTYPED_FLOAT -> Universe.FLOAT64;
            case UNTYPED_COMPLEX -> Universe.COMPLEX128;
            case UNTYPED_STRING -> Universe.STRING;
            default -> t;
        };
    }

    /** Whether values of t can be compared with == (the spec's "comparable"). */
    public static boolean comparable(Type t) {
        Type u = t.underlying();
        return switch (u) {
            case Basic b -> b.kind != Type.Kind.UNTYPED_NIL;
            case Pointer p -> true;
            case Chan c -> true;
            case Interface i -> true;
            case Struct s -> s.fields.stream().allMatch(f -> comparable(f.type));
            case Array a -> comparable(a.elem);
            case TypeParam p -> true;
            default -> false;
        };
    }

    /** Types whose values may be nil. */
    public static boolean nillable(Type t) {
        Type u = t.underlying();
        return u instanceof Pointer || u instanceof Slice || u instanceof MapT || u instanceof Chan
                || u instanceof Signature || u instanceof Interface || (u instanceof Basic b && b.kind == Type.Kind.UNSAFE_POINTER);
    }

    /** Assignability of a (typed) value of type v to type t, per the spec. */
    public static boolean assignable(Type v, Type t) {
        if (identical(v, t)) return true;
        Type vu = v.underlying(), tu = t.underlying();
        if (v instanceof Basic vb && vb.kind == Type.Kind.UNTYPED_NIL) return nillable(t);
        if (identical(vu, tu) && (!(v instanceof Named) || !(t instanceof Named))
                && !(v instanceof TypeParam) && !(t instanceof TypeParam)) return true;
        if (v instanceof TypeParam vp && !(t instanceof Named) && vp.core() != null && identical(vp.core(), tu)) return true;
        if (t instanceof TypeParam tp && !(v instanceof Named) && tp.core() != null && identical(tp.core(), vu)) return true;
        if (tu instanceof Interface && !(t instanceof TypeParam)) return Interfaces.missingMethod(v, (Interface) tu) == null;
        if (vu instanceof Chan vc && tu instanceof Chan tc && vc.dir == Type.Dir.BOTH && identical(vc.elem, tc.elem)) {
            return !(v instanceof Named) || !(t instanceof Named);
        }
        return false;
    }
}
