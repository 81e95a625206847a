package gosub.types;

import java.util.ArrayList;
import java.util.List;

/** The function whose body is being checked: its signature, scope and declared locals. */
final class FuncContext {
    final Type.Signature sig;
    final FuncContext outer;
    /** The function's syntax (Decl.Func or Expr.FuncLit): the owner of its locals. */
    final Object node;
    final List<Obj.Var> locals = new ArrayList<>();
    Scope scope;

    FuncContext(Type.Signature sig, FuncContext outer, Scope scope, Object node) {
        this.sig = sig;
        this.node = node;
        this.outer = outer;
        this.scope = scope;
    }
}
