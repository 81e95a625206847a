package gosub.syntax;

import java.util.List;

public sealed interface Stmt extends Node {

    record Empty(Pos pos) implements Stmt {}

    record ExprStmt(Pos pos, Expr x) implements Stmt {}

    record Send(Pos pos, Expr chan, Expr value) implements Stmt {}

    record IncDec(Pos pos, Expr x, boolean inc) implements Stmt {}

    /** op is "=", ":=" or an operator assignment such as "+=". */
    record Assign(Pos pos, List<Expr> lhs, String op, List<Expr> rhs) implements Stmt {}

    record Go(Pos pos, Expr call) implements Stmt {}

    record Defer(Pos pos, Expr call) implements Stmt {}

    record Return(Pos pos, List<Expr> results) implements Stmt {}

    /** tok is break, continue, goto or fallthrough; label may be null. */
    record Branch(Pos pos, String tok, Expr.Ident label) implements Stmt {}

    record Block(Pos pos, List<Stmt> stmts, Pos rbrace) implements Stmt {}

    record If(Pos pos, Stmt init, Expr cond, Block then, Stmt otherwise) implements Stmt {}

    /** list is null for default. */
    record CaseClause(Pos pos, List<Expr> list, List<Stmt> body) {}

    record Switch(Pos pos, Stmt init, Expr tag, List<CaseClause> clauses, Pos lbrace) implements Stmt {}

    /** bind is null when the guard declares no variable. */
    record TypeSwitch(Pos pos, Stmt init, Expr.Ident bind, Expr x, List<CaseClause> clauses) implements Stmt {}

    /** comm is null for default; otherwise a Send, an ExprStmt of a receive, or an Assign. */
    record CommClause(Pos pos, Stmt comm, List<Stmt> body) {}

    record Select(Pos pos, List<CommClause> clauses) implements Stmt {}

    record For(Pos pos, Stmt init, Expr cond, Stmt post, Block body) implements Stmt {}

    /** key and value may be null; define is true for :=. */
    record Range(Pos pos, Expr key, Expr value, boolean define, Expr x, Block body) implements Stmt {}

    record Labeled(Pos pos, Expr.Ident label, Stmt stmt) implements Stmt {}

    record DeclStmt(Pos pos, Decl decl) implements Stmt {}
}
