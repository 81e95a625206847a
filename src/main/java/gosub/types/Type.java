package gosub.types;

import java.util.ArrayList;
import java.util.List;

/** Go types. Unnamed types compare structurally (TypeOps.identical); Named types by identity. */
public abstract sealed class Type permits Type.Basic, Type.Named, Type.Pointer, Type.Slice, Type.Array,
        Type.MapT, Type.Chan, Type.Signature, Type.Struct, Type.Interface, Type.Tuple, Type.TypeParam {

    /** The underlying type (itself for all but Named and TypeParam). */
    public Type underlying() {
        return this;
    }

    /** Go's spelling: qualified names (main.T) as %T prints them. */
    @Override
    public final String toString() {
        return TypeNames.of(this, true);
    }

    public enum Kind {
        BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
        FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER,
        UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING, UNTYPED_NIL,
        INVALID
    }

    public static final class Basic extends Type {
        public final Kind kind;
        public final String name;

        Basic(Kind kind, String name) {
            this.kind = kind;
            this.name = name;
        }

        public boolean isInteger() {
            return kind.ordinal() >= Kind.INT.ordinal() && kind.ordinal() <= Kind.UINTPTR.ordinal()
                    || kind == Kind.UNTYPED_INT || kind == Kind.UNTYPED_RUNE;
        }

        public boolean isUnsigned() {
            return kind.ordinal() >= Kind.UINT.ordinal() && kind.ordinal() <= Kind.UINTPTR.ordinal();
        }

        public boolean isFloat() {
            return kind == Kind.FLOAT32 || kind == Kind.FLOAT64 || kind == Kind.UNTYPED_FLOAT;
        }

        public boolean isComplex() {
            return kind == Kind.COMPLEX64 || kind == Kind.COMPLEX128 || kind == Kind.UNTYPED_COMPLEX;
        }

        public boolean isNumeric() {
            return isInteger() || isFloat() || isComplex();
        }

        public boolean isString() {
            return kind == Kind.STRING || kind == Kind.UNTYPED_STRING;
        }

        public boolean isBoolean() {
            return kind == Kind.BOOL || kind == Kind.UNTYPED_BOOL;
        }

        public boolean isUntyped() {
            return kind.ordinal() >= Kind.UNTYPED_BOOL.ordinal() && kind != Kind.INVALID;
        }

        /** Size in bits of an integer or float kind (int and uint are 64 bits). */
        public int bits() {
            return switch (kind) {
                case INT8, UINT8 -> 8;
                case INT16, UINT16 -> 16;
                case INT32, UINT32, FLOAT32 -> 32;
                case COMPLEX64 -> 64;
                case COMPLEX128 -> 128;
                default -> 64;
            };
        }
    }

    /** A defined type. Its underlying type is set once its declaration is checked. */
    public static final class Named extends Type {
        public final String pkg;
        public final String name;
        public Type under;
        public final List<Obj.Func> methods = new ArrayList<>();
        /** For an instance of a generic type: the generic type and its type arguments. */
        public Named origin;
        public List<Type> typeArgs = List.of();
        public List<TypeParam> typeParams = List.of();
        /** The declaration, kept for instantiating generic types. */
        public Object decl;
        /** Instances of this generic type, by their type arguments' spelling. */
        public final java.util.Map<String, Named> instances = new java.util.HashMap<>();

        public Named(String pkg, String name, Type under) {
            this.pkg = pkg;
            this.name = name;
            this.under = under;
        }

        @Override
        public Type underlying() {
            if (under == null && origin != null) {
                // The generic type may still be resolving (a recursive type): compute later.
                if (origin.under == null || origin.under == Universe.INVALID) return Universe.INVALID;
                under = Subst.instanceUnderlying(this);
            }
            Type u = under;
            while (u instanceof Named n) u = n.under;
            return u;
        }
    }

    public static final class Pointer extends Type {
        public final Type elem;

        public Pointer(Type elem) {
            this.elem = elem;
        }
    }

    public static final class Slice extends Type {
        public final Type elem;

        public Slice(Type elem) {
            this.elem = elem;
        }
    }

    public static final class Array extends Type {
        public final long len;
        public final Type elem;

        public Array(long len, Type elem) {
            this.len = len;
            this.elem = elem;
        }
    }

    public static final class MapT extends Type {
        public final Type key;
        public final Type value;

        public MapT(Type key, Type value) {
            this.key = key;
            this.value = value;
        }
    }

    public enum Dir { BOTH, SEND, RECV }

    public static final class Chan extends Type {
        public final Dir dir;
        public final Type elem;

        public Chan(Dir dir, Type elem) {
            this.dir = dir;
            this.elem = elem;
        }
    }

    public static final class Signature extends Type {
        public final List<Obj.Var> params;
        public final List<Obj.Var> results;
        public final boolean variadic;
        public List<TypeParam> typeParams = List.of();

        /** The scope declaring the type parameters (for checking the body). */
        public Scope typeParamScope;

        public Signature(List<Obj.Var> params, List<Obj.Var> results, boolean variadic) {
            this.params = params;
            this.results = results;
            this.variadic = variadic;
        }

        public Type paramType(int i) {
            return params.get(i).type;
        }

        public Type resultType() {
            return results.isEmpty() ? Tuple.EMPTY : results.size() == 1 ? results.get(0).type : Tuple.of(results);
        }
    }

    public static final class Struct extends Type {
        public final List<Obj.Var> fields;

        public Struct(List<Obj.Var> fields) {
            this.fields = fields;
        }

        public int indexOf(String name) {
            for (int i = 0; i < fields.size(); i++) if (fields.get(i).name.equals(name)) return i;
            return -1;
        }
    }

    public static final class Interface extends Type {
        /** Explicit methods, then those of embedded interfaces once completed. */
        public final List<Obj.Func> methods;
        public final List<Type> embeds;
        /** Type terms of a constraint (null when the interface has no type terms). */
        public List<Term> terms;
        public boolean complete;

        public Interface(List<Obj.Func> methods, List<Type> embeds) {
            this.methods = methods;
            this.embeds = embeds;
        }

        public boolean isComparableConstraint() {
            // comparable itself, or an interface embedding it.
            if (this == Universe.COMPARABLE.underlying()) return true;
            return embeds.stream().anyMatch(e -> e == Universe.COMPARABLE.underlying() || e == Universe.COMPARABLE);
        }
    }

    /** A type term of a union: ~T when tilde. */
    public record Term(boolean tilde, Type type) {}

    /** The result list of a call with several results. */
    public static final class Tuple extends Type {
        public static final Tuple EMPTY = new Tuple(List.of());
        public final List<Type> types;

        public Tuple(List<Type> types) {
            this.types = types;
        }

        static Tuple of(List<Obj.Var> vars) {
            return new Tuple(vars.stream().map(v -> v.type).toList());
        }
    }

    public static final class TypeParam extends Type {
        public final String name;
        public final int index;
        public Type constraint;
        /** Where the parameter is declared (for "cannot infer T (declared at ...)"). */
        public gosub.syntax.Pos declPos = gosub.syntax.Pos.NONE;

        public TypeParam(String name, int index) {
            this.name = name;
            this.index = index;
        }

        /** The core type when every type in the constraint's type set has the same underlying type. */
        public Type core() {
            if (constraint == null || !(constraint.underlying() instanceof Interface i) || i.terms == null || i.terms.isEmpty()) return null;
            Type u = i.terms.get(0).type().underlying();
            for (Term t : i.terms) if (!TypeOps.identical(t.type().underlying(), u)) return null;
            return u;
        }

        @Override
        public Type underlying() {
            Type core = core();
            if (core != null) return core;
            return constraint == null ? Universe.EMPTY_INTERFACE : constraint.underlying();
        }
    }
}
