package gosub.syntax;

import static gosub.syntax.ExprBuilder.ident;
import static gosub.syntax.ExprBuilder.pos;

import gosub.parser.GoParser.*;
import gosub.syntax.Expr.Ident;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds the AST of a file (declarations and statements) from the parse tree. */
public class AstBuilder {
    private final ExprBuilder ex = new ExprBuilder(this);
    /** Bodies cut out of a library file, by their `{` (empty for a file parsed whole). */
    private final Map<Token, List<Token>> lazyBodies;

    public AstBuilder() {
        this(Map.of());
    }

    AstBuilder(Map<Token, List<Token>> lazyBodies) {
        this.lazyBodies = lazyBodies;
    }

    private Decl.Func funcDecl(Pos pos, Expr.Field recv, Ident name, Expr.FuncTypeExpr type, BlockContext body) {
        if (body == null) return new Decl.Func(pos, recv, name, type, (Stmt.Block) null);
        List<Token> cut = lazyBodies.get(body.LBRACE().getSymbol());
        if (cut != null) return new Decl.Func(pos, recv, name, type, () -> GoSource.parseBody(cut));
        return new Decl.Func(pos, recv, name, type, block(body));
    }

    public Decl.File file(String name, SourceFileContext c) {
        List<Decl.Import> imports = new ArrayList<>();
        for (ImportDeclContext d : c.importDecl()) {
            for (ImportSpecContext s : d.importSpec()) {
                String alias = s.DOT() != null ? "." : s.IDENT() != null ? s.IDENT().getText() : null;
                String path = Literals.unquoteString(s.string_().getText());
                imports.add(new Decl.Import(pos(s), alias, path, pos(s.string_())));
            }
        }
        List<Decl> decls = new ArrayList<>();
        for (TopLevelDeclContext t : c.topLevelDecl()) {
            if (t.functionDecl() != null) decls.add(func(t.functionDecl()));
            else if (t.methodDecl() != null) decls.add(method(t.methodDecl()));
            else decls.add(declaration(t.declaration()));
        }
        return new Decl.File(name, pos(c.packageClause()), c.packageClause().IDENT().getText(), imports, decls);
    }

    private Decl func(FunctionDeclContext c) {
        Ident name = ident(c.IDENT());
        Expr.FuncTypeExpr type = ex.signature(pos(c), c.typeParameters(), c.signature());
        return funcDecl(pos(c), null, name, type, c.block());
    }

    private Decl method(MethodDeclContext c) {
        // Parsed so that the error is Go's, not a generic "unexpected [".
        if (c.typeParameters() != null) throw new SyntaxError(pos(c.typeParameters()), "syntax error: method must have no type parameters");
        List<Expr.Field> recv = ex.parameters(c.receiver);
        if (recv.size() != 1 || recv.get(0).names().size() > 1) {
            throw new SyntaxError(pos(c.receiver), "method has multiple receivers");
        }
        Expr.FuncTypeExpr type = ex.signature(pos(c), null, c.signature());
        return funcDecl(pos(c), recv.get(0), ident(c.IDENT()), type, c.block());
    }

    Decl declaration(DeclarationContext c) {
        if (c.constDecl() != null) return constDecl(c.constDecl());
        if (c.varDecl() != null) return varDecl(c.varDecl());
        return typeDecl(c.typeDecl());
    }

    private Decl constDecl(ConstDeclContext c) {
        List<Decl.ValueSpec> specs = new ArrayList<>();
        Expr prevType = null;
        List<Expr> prevValues = List.of();
        int iota = 0;
        for (ConstSpecContext s : c.constSpec()) {
            List<Ident> names = names(s.identifierList());
            if (s.expressionList() != null) {
                prevType = s.type_() == null ? null : ex.type(s.type_());
                prevValues = ex.exprs(s.expressionList());
            } else if (iota == 0) {
                throw new SyntaxError(pos(s), "missing init expr for const declaration");
            }
            specs.add(new Decl.ValueSpec(pos(s), names, prevType, prevValues, iota++));
        }
        return new Decl.Const(pos(c), specs);
    }

    private Decl varDecl(VarDeclContext c) {
        List<Decl.ValueSpec> specs = new ArrayList<>();
        for (VarSpecContext s : c.varSpec()) {
            Expr type = s.type_() == null ? null : ex.type(s.type_());
            specs.add(new Decl.ValueSpec(pos(s), names(s.identifierList()), type, ex.exprs(s.expressionList()), 0));
        }
        return new Decl.Var(pos(c), specs);
    }

    private Decl typeDecl(TypeDeclContext c) {
        List<Decl.TypeSpec> specs = new ArrayList<>();
        for (TypeSpecContext s : c.typeSpec()) {
            specs.add(new Decl.TypeSpec(pos(s), ident(s.IDENT()), ex.typeParams(s.typeParameters()),
                    s.ASSIGN() != null, ex.type(s.type_())));
        }
        return new Decl.Type(pos(c), specs);
    }

    private static List<Ident> names(IdentifierListContext c) {
        List<Ident> out = new ArrayList<>();
        for (TerminalNode n : c.IDENT()) out.add(ident(n));
        return out;
    }

    // ---------------------------------------------------------------- statements

    Stmt.Block block(BlockContext c) {
        return new Stmt.Block(pos(c), stmts(c.statementList()), pos(c.RBRACE()));
    }

    private List<Stmt> stmts(StatementListContext c) {
        List<Stmt> out = new ArrayList<>();
        for (StatementContext s : c.statement()) out.add(stmt(s));
        return out;
    }

    private Stmt stmt(StatementContext c) {
        Pos p = pos(c);
        return switch (c) {
            case DeclStmtContext d -> new Stmt.DeclStmt(p, declaration(d.declaration()));
            case LabeledStmtContext l -> new Stmt.Labeled(p, ident(l.IDENT()),
                    l.statement() == null ? new Stmt.Empty(p) : stmt(l.statement()));
            case SimpleStatementContext s -> simple(s.simpleStmt());
            case GoStmtContext g -> new Stmt.Go(p, ex.expr(g.expression()));
            case DeferStmtContext d -> new Stmt.Defer(p, ex.expr(d.expression()));
            case ReturnStmtContext r -> new Stmt.Return(p, ex.exprs(r.expressionList()));
            case BreakStmtContext b -> new Stmt.Branch(p, "break", b.IDENT() == null ? null : ident(b.IDENT()));
            case ContinueStmtContext b -> new Stmt.Branch(p, "continue", b.IDENT() == null ? null : ident(b.IDENT()));
            case GotoStmtContext g -> new Stmt.Branch(p, "goto", ident(g.IDENT()));
            case FallthroughStmtContext f -> new Stmt.Branch(p, "fallthrough", null);
            case BlockStmtContext b -> block(b.block());
            case IfStatementContext i -> ifStmt(i.ifStmt());
            case SwitchStmtContext s -> switchStmt(s);
            case SelectStmtContext s -> selectStmt(s);
            case ForStmtContext f -> forStmt(f);
            default -> throw new SyntaxError(p, "unexpected statement");
        };
    }

    Stmt simple(SimpleStmtContext c) {
        if (c == null) return null;
        Pos p = pos(c);
        List<Expr> lhs = ex.exprs(c.expressionList());
        SimpleStmtTailContext tail = c.simpleStmtTail();
        if (tail == null) return new Stmt.ExprStmt(p, single(lhs, c));
        return switch (tail) {
            case SendTailContext s -> new Stmt.Send(pos(s.ARROW()), single(lhs, c), ex.expr(s.expression()));
            case IncDecTailContext s -> new Stmt.IncDec(p, single(lhs, c), s.INC() != null);
            case AssignTailContext a -> new Stmt.Assign(pos(a.assignOp()), lhs, a.assignOp().getText(), ex.exprs(a.expressionList()));
            case DefineTailContext d -> new Stmt.Assign(pos(d.DEFINE()), lhs, ":=", ex.exprs(d.expressionList()));
            default -> throw new SyntaxError(p, "unexpected statement");
        };
    }

    /** Send, inc/dec and expression statements take exactly one expression. */
    private static Expr single(List<Expr> list, SimpleStmtContext c) {
        if (list.size() != 1) {
            throw new SyntaxError(list.get(1).pos(), "syntax error: unexpected comma at end of statement");
        }
        return list.get(0);
    }

    private Stmt ifStmt(IfStmtContext c) {
        Stmt otherwise = null;
        if (c.ifStmt() != null) otherwise = ifStmt(c.ifStmt());
        else if (c.ELSE() != null) otherwise = block(c.block(1));
        return new Stmt.If(pos(c), simple(c.simpleStmt()), ex.hexpr(c.hexpr()), block(c.block(0)), otherwise);
    }

    private Stmt switchStmt(SwitchStmtContext c) {
        Stmt init = simple(c.simpleStmt());
        Expr tag = ex.hexpr(c.hexpr());
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        for (CaseClauseContext cc : c.caseClause()) {
            List<Expr> list = cc.DEFAULT() != null ? null : ex.exprs(cc.expressionList());
            clauses.add(new Stmt.CaseClause(pos(cc), list, stmts(cc.statementList())));
        }
        if (tag instanceof Expr.TypeAssert ta && ta.type() == null) {
            Ident bind = c.IDENT() == null ? null : ident(c.IDENT());
            return new Stmt.TypeSwitch(pos(c), init, bind, ta.x(), clauses);
        }
        if (c.IDENT() != null) throw new SyntaxError(pos(c.IDENT()), "syntax error: switch expression must be a type switch guard");
        return new Stmt.Switch(pos(c), init, tag, clauses, pos(c.LBRACE()));
    }

    private Stmt selectStmt(SelectStmtContext c) {
        List<Stmt.CommClause> clauses = new ArrayList<>();
        for (CommClauseContext cc : c.commClause()) {
            Stmt comm = null;
            if (cc.commCase() instanceof SendCaseContext s) {
                comm = new Stmt.Send(pos(s.ARROW()), ex.expr(s.expression(0)), ex.expr(s.expression(1)));
            } else if (cc.commCase() instanceof RecvCaseContext r) {
                Expr recv = ex.expr(r.expression());
                if (r.expressionList() == null) comm = new Stmt.ExprStmt(recv.pos(), recv);
                else comm = new Stmt.Assign(pos(r), ex.exprs(r.expressionList()), r.DEFINE() != null ? ":=" : "=", List.of(recv));
            }
            clauses.add(new Stmt.CommClause(pos(cc), comm, stmts(cc.statementList())));
        }
        return new Stmt.Select(pos(c), clauses);
    }

    private Stmt forStmt(ForStmtContext c) {
        Pos p = pos(c);
        Stmt.Block body = block(c.block());
        ForHeaderContext h = c.forHeader();
        if (h == null) return new Stmt.For(p, null, null, null, body);
        return switch (h) {
            case ForCondContext f -> new Stmt.For(p, null, ex.hexpr(f.hexpr()), null, body);
            case ForClauseContext f -> {
                Stmt init = null, post = null;
                // simpleStmt(0) is the init only when it precedes the first semicolon.
                for (SimpleStmtContext s : f.simpleStmt()) {
                    if (s.getStart().getTokenIndex() < f.EOS(0).getSymbol().getTokenIndex()) init = simple(s);
                    else post = simple(s);
                }
                yield new Stmt.For(p, init, ex.expr(f.expression()), post, body);
            }
            case RangeClauseContext r -> {
                List<Expr> lhs = ex.exprs(r.expressionList());
                if (lhs.size() > 2) throw new SyntaxError(lhs.get(2).pos(), "range clause permits at most two iteration variables");
                Expr key = lhs.isEmpty() ? null : lhs.get(0);
                Expr value = lhs.size() < 2 ? null : lhs.get(1);
                yield new Stmt.Range(p, key, value, r.DEFINE() != null, ex.hexpr(r.hexpr()), body);
            }
            default -> throw new SyntaxError(p, "unexpected for header");
        };
    }
}
