package gosub.compile;

import gosub.exec.ExprNode;
import gosub.exec.FuncCode;
import gosub.exec.Locals;
import gosub.exec.Prim;
import gosub.exec.StmtNode;
import gosub.syntax.Pos;
import gosub.types.Obj;
import gosub.types.Subst;
import gosub.types.Type;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Compiles one function body: owns its frame layout and the variables it captures. */
final class FuncCompiler {
    final Compiler program;
    final FuncCompiler outer;
    /** The function's syntax (Decl.Func or FuncLit), the owner of its local variables. */
    final Object node;
    final FuncCode code;
    final String name;
    int nextSlot;
    int nextPrim;
    /** Variables of enclosing functions this closure uses, in capture order. */
    final List<Obj.Var> captures = new ArrayList<>();
    private final Map<Obj.Var, Integer> captureIndex = new IdentityHashMap<>();
    /** Counts function literals inside, for Go's names main.f.func1, func2, ... */
    int literals;
    /** Counts range-over-func loops, for the names of their yield functions. */
    int ranges;
    /** Type arguments of the generic function (or method of a generic type) being compiled. */
    final Map<Type.TypeParam, Type> subst;
    final ExprCompiler exprs;
    final StmtCompiler stmts;
    final CallCompiler calls;

    FuncCompiler(Compiler program, FuncCompiler outer, Object node, FuncCode code, Map<Type.TypeParam, Type> subst) {
        this.program = program;
        this.subst = subst;
        this.outer = outer;
        this.node = node;
        this.code = code;
        this.name = code.name;
        this.exprs = new ExprCompiler(this);
        this.calls = new CallCompiler(this);
        this.stmts = new StmtCompiler(this);
    }

    Type subst(Type t) {
        return Subst.apply(t, subst);
    }

    Type varType(Obj.Var v) {
        return subst(v.type);
    }

    int newSlot() {
        return nextSlot++;
    }

    /** Assigns a frame slot to a local variable of this function (scalars get primitive slots). */
    int declare(Obj.Var v) {
        return declare(v, true);
    }

    int declare(Obj.Var v, boolean allowPrim) {
        int kind = allowPrim && !inCell(v) ? primKind(varType(v)) : Prim.REF;
        v.prim = kind;
        v.slot = kind == Prim.REF ? newSlot() : nextPrim++;
        return v.slot;
    }

    static int primKind(Type t) {
        if (!(t.underlying() instanceof Type.Basic b) || t instanceof Type.TypeParam) return Prim.REF;
        if (b.isInteger()) return Prim.LONG;
        if (b.isFloat()) return Prim.DOUBLE;
        if (b.isBoolean()) return Prim.BOOL;
        return Prim.REF;
    }

    /** Declares v and returns the statement giving it its initial value. */
    StmtNode declareVar(Obj.Var v, ExprNode init) {
        declare(v);
        if (v.prim != Prim.REF) return new Locals.SetPrim(v.slot, v.prim, init);
        return new Locals.Declare(v.slot, inCell(v), init);
    }

    static boolean inCell(Obj.Var v) {
        return v.captured || v.addressed;
    }

    boolean isLocal(Obj.Var v) {
        return v.owner == node;
    }

    int capture(Obj.Var v) {
        Integer i = captureIndex.get(v);
        if (i != null) return i;
        captures.add(v);
        captureIndex.put(v, captures.size() - 1);
        return captures.size() - 1;
    }

    /** The cell of variable v as seen from this function. */
    Locals.CellRef cellRef(Obj.Var v, Pos pos) {
        if (v.global) return new Locals.CellRef(pos, 2, v.slot);
        if (isLocal(v)) return new Locals.CellRef(pos, 0, v.slot);
        return new Locals.CellRef(pos, 1, capture(v));
    }

    ExprNode load(Obj.Var v, Pos pos) {
        if (v.global) return new Locals.LoadGlobal(pos, v.slot);
        if (isLocal(v)) {
            if (v.slot < 0) throw new IllegalStateException("no slot for " + v.name + " at " + pos);
            if (v.prim != Prim.REF) return new Locals.LoadPrim(pos, v.slot, v.prim);
            return inCell(v) ? new Locals.LoadCell(pos, v.slot) : new Locals.Load(pos, v.slot);
        }
        return new Locals.LoadCaptured(pos, capture(v));
    }

    gosub.exec.LValue lvalue(Obj.Var v, Pos pos) {
        if (!v.global && isLocal(v) && !inCell(v)) return v.prim != Prim.REF ? new Locals.PrimVar(v.slot, v.prim) : new Locals.Var(v.slot);
        return new Locals.Var(cellRef(v, pos));
    }

    /** Go's names: main.main.func1 for a literal in main, main.main.func1.1 inside that. */
    String nextLiteralName() {
        boolean inLiteral = name.matches(".*\\.func\\d+(\\.\\d+)*");
        return name + (inLiteral ? "." : ".func") + (++literals);
    }
}
