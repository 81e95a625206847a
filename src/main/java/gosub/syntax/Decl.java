package gosub.syntax;

import java.util.List;

public sealed interface Decl extends Node {

    record Import(Pos pos, String name, String path, Pos pathPos) implements Decl {}

    /** values are already repeated from the previous spec where a const spec omits them. */
    record ValueSpec(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values, int iota) {}

    record Const(Pos pos, List<ValueSpec> specs) implements Decl {}

    record Var(Pos pos, List<ValueSpec> specs) implements Decl {}

    record TypeSpec(Pos pos, Expr.Ident name, List<Expr.Field> typeParams, boolean alias, Expr type) {}

    record Type(Pos pos, List<TypeSpec> specs) implements Decl {}

    /** recv is null for a plain function; body is null for a declaration without body. */
    record Func(Pos pos, Expr.Field recv, Expr.Ident name, Expr.FuncTypeExpr type, Stmt.Block body) implements Decl {}

    record File(String name, Pos pos, String pkg, List<Import> imports, List<Decl> decls) {}
}
