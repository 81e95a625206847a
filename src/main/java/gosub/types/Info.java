package gosub.types;

import gosub.syntax.Decl;
import gosub.syntax.Expr;
import gosub.syntax.Stmt;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the checker learned, keyed by AST node identity (never by record equality: two
 * occurrences of `x` are equal records but different uses).
 */
public final class Info {
    /** Type, mode and constant value of every checked expression. */
    public final Map<Expr, Operand> types = new IdentityHashMap<>();
    /** The object each identifier declares or denotes. */
    public final Map<Expr.Ident, Obj> objects = new IdentityHashMap<>();
    /** Field and method selections. */
    public final Map<Expr.Selector, Lookup.Selection> selections = new IdentityHashMap<>();
    /** The variable a type switch clause declares. */
    public final Map<Stmt.CaseClause, Obj.Var> caseVars = new IdentityHashMap<>();
    /** Type arguments of instantiated generic functions, keyed by the function expression. */
    public final Map<Expr, List<Type>> instances = new IdentityHashMap<>();
    /** The function object of each function declaration. */
    public final Map<Decl.Func, Obj.Func> funcs = new IdentityHashMap<>();
    /** Signature objects of function literals. */
    public final Map<Expr.FuncLit, Type.Signature> funcLits = new IdentityHashMap<>();
    /** Package-level variables in initialisation order, per package path. */
    public final Map<String, List<Decl.ValueSpec>> initOrder = new java.util.HashMap<>();
    /** Checked packages in dependency order (imports before importers; main last). */
    public final List<Checked> packages = new ArrayList<>();

    public record Checked(Package pkg, Decl.File file) {}

    /** Bodies of library functions, checked only when the compiler needs them. */
    public final Map<Decl.Func, Runnable> uncheckedBodies = new IdentityHashMap<>();

    /** Checks a library function's body if that was deferred. */
    public void ensureChecked(Decl.Func d) {
        Runnable r = uncheckedBodies.remove(d);
        if (r != null) r.run();
    }

    public Operand typeOf(Expr e) {
        return types.get(e);
    }
}
