package gosub.types;

import gosub.syntax.Pos;
import java.util.List;

/** Named language entities: variables, constants, type names, functions, packages, builtins. */
public abstract sealed class Obj permits Obj.Var, Obj.Const, Obj.TypeName, Obj.Func, Obj.PkgName, Obj.Builtin, Obj.Nil {
    public final String name;
    public final Pos pos;
    public Type type;
    /** The package that declares it ("main", "fmt", ...; null for the universe). */
    public final String pkg;

    Obj(String name, Pos pos, Type type, String pkg) {
        this.name = name;
        this.pos = pos;
        this.type = type;
        this.pkg = pkg;
    }

    public boolean exported() {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    public static final class Var extends Obj {
        public boolean used;
        public final boolean isField;
        public final boolean embedded;
        /** Declared at package level. */
        public boolean global;
        /** Captured by a closure (so it lives in a heap cell). */
        public boolean captured;
        /** Its address is taken (so it lives in a heap cell). */
        public boolean addressed;
        /** Slot assigned by the compiler. */
        public int slot = -1;
        /** How the compiler stores it: 0 a reference slot, else a primitive slot (see exec.Prim). */
        public int prim;
        /** The function that declares it (null for globals and fields). */
        public Object owner;

        public Var(String name, Pos pos, Type type, String pkg, boolean isField, boolean embedded) {
            super(name, pos, type, pkg);
            this.isField = isField;
            this.embedded = embedded;
        }

        public static Var param(String name, Type type) {
            return new Var(name, Pos.NONE, type, null, false, false);
        }
    }

    public static final class Const extends Obj {
        public Object value;
        public boolean resolving;
        /** The checker of the package that declares this constant at package level, which resolves it. */
        Checker declaredBy;

        /** Resolves a package-level constant (a library package's are resolved when first used). */
        public void resolve() {
            if (type == null && declaredBy != null) declaredBy.resolveGlobal(this);
        }

        public Const(String name, Pos pos, Type type, String pkg, Object value) {
            super(name, pos, type, pkg);
            this.value = value;
        }
    }

    public static final class TypeName extends Obj {
        /** The type parameters of a generic alias (type A[P any] = ...); null otherwise. */
        public List<Type.TypeParam> aliasParams;

        public TypeName(String name, Pos pos, Type type, String pkg) {
            super(name, pos, type, pkg);
        }
    }

    public static final class Func extends Obj {
        /** The declaring syntax (Decl.Func), or null for interface methods. */
        public Object decl;
        /** The receiver's base Named type for a method. */
        public Type.Named recvNamed;
        public boolean ptrRecv;
        /** The receiver's full type: T, *T, or for a generic T its instance with its own parameters. */
        public Type recvType;
        /** Set for functions without body bound to Java code. */
        public boolean isNative;

        public Func(String name, Pos pos, Type.Signature sig, String pkg) {
            super(name, pos, sig, pkg);
        }

        public Type.Signature sig() {
            return (Type.Signature) type;
        }

        public String fullName() {
            if (recvNamed == null) return pkg + "." + name;
            return pkg + "." + (ptrRecv ? "(*" + recvNamed.name + ")" : recvNamed.name) + "." + name;
        }
    }

    public static final class PkgName extends Obj {
        public final Package imported;
        public boolean used;

        public PkgName(String name, Pos pos, Package imported) {
            super(name, pos, null, null);
            this.imported = imported;
        }
    }

    public static final class Builtin extends Obj {
        public Builtin(String name) {
            super(name, Pos.NONE, null, null);
        }
    }

    public static final class Nil extends Obj {
        public Nil() {
            super("nil", Pos.NONE, Universe.UNTYPED_NIL, null);
        }
    }
}
