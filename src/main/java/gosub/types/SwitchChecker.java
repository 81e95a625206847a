package gosub.types;

import gosub.syntax.Expr;
import gosub.syntax.Expr.Ident;
import gosub.syntax.ExprPrinter;
import gosub.syntax.Stmt;
import gosub.types.Operand.Mode;
import java.util.ArrayList;
import java.util.List;

/** Checks switch, type switch and select statements: their clauses, cases and defaults. */
final class SwitchChecker {
    private final Checker c;
    private final ExprChecker x;
    private final StmtChecker st;

    SwitchChecker(Checker c) {
        this.c = c;
        this.x = c.exprs;
        this.st = c.stmts;
    }

    void switchStmt(Stmt.Switch s) {
        st.openScope();
        if (s.init() != null) st.stmt(s.init());
        Operand tag = null;
        if (s.tag() != null) {
            tag = x.single(s.tag());
            if (!tag.invalid()) {
                if (tag.type == Universe.UNTYPED_NIL) c.error(s.tag().pos(), "use of untyped nil in switch expression");
                else x.defaultType(tag, s.tag());
            }
        }
        boolean seenDefault = false;
        java.util.Set<Object> seenConsts = new java.util.HashSet<>();
        for (int ci = 0; ci < s.clauses().size(); ci++) {
            Stmt.CaseClause cc = s.clauses().get(ci);
            if (cc.list() == null) {
                if (seenDefault) c.error(cc.pos(), "multiple defaults in switch");
                seenDefault = true;
            } else {
                for (Expr e : cc.list()) {
                    caseValue(e, tag, s.tag());
                    Operand v = c.info.typeOf(e);
                    if (v != null && v.isConst() && tag != null && !tag.invalid()) {
                        Object key = v.value instanceof java.math.BigDecimal d ? d.stripTrailingZeros() : v.value;
                        if (!seenConsts.add(java.util.List.of(key, TypeNames.of(v.type, true)))) {
                            c.error(e.pos(), "duplicate case " + x.operandString(v, e) + " in expression switch");
                        }
                    }
                }
            }
            st.openScope();
            st.stmtList(cc.body());
            checkFallthrough(cc.body(), ci == s.clauses().size() - 1, false);
            st.closeScope();
        }
        st.closeScope();
    }

    private void checkFallthrough(List<Stmt> body, boolean last, boolean typeSwitch) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Stmt.Branch b && b.tok().equals("fallthrough")) {
                if (typeSwitch) c.error(b.pos(), "cannot fallthrough in type switch");
                else if (i != body.size() - 1) c.error(b.pos(), "fallthrough statement out of place");
                else if (last) c.error(b.pos(), "cannot fallthrough final case in switch");
            }
        }
    }

    private void caseValue(Expr e, Operand tag, Expr tagExpr) {
        Operand v = x.single(e);
        if (v.invalid()) return;
        if (tag == null) {
            if (!TypeOps.isBoolean(v.type)) {
                c.error(e.pos(), "invalid case " + ExprPrinter.print(e) + " in switch (mismatched types " + x.typeStr(v.type) + " and bool)");
                return;
            }
            x.defaultType(v, e);
            return;
        }
        if (tag.invalid()) return;
        Expr.Binary cmp = new Expr.Binary(e.pos(), "==", tagExpr, e);
        Operand tv = new Operand(tag.mode, tag.type, tag.value);
        if (TypeOps.isUntyped(v.type)) {
            if (!x.convertUntyped(v, e, tag.type, "switch case")) return;
        }
        if (!TypeOps.assignable(v.type, tag.type) && !TypeOps.assignable(tag.type, v.type)) {
            c.error(e.pos(), "invalid case " + ExprPrinter.print(e) + " in switch on " + ExprPrinter.print(tagExpr) + " (mismatched types " + x.typeStr(v.type) + " and " + x.typeStr(tv.type) + ")");
        } else if (!TypeOps.comparable(v.type) && v.type != Universe.UNTYPED_NIL) {
            c.error(cmp.pos(), "invalid case " + ExprPrinter.print(e) + " in switch (can only compare " + x.typeStr(v.type) + " " + ExprPrinter.print(e) + " to nil)");
        }
    }

    void typeSwitch(Stmt.TypeSwitch s) {
        st.openScope();
        if (s.init() != null) st.stmt(s.init());
        Operand xo = x.single(s.x());
        if (xo.invalid()) {
            st.closeScope();
            return;
        }
        if (!TypeOps.isInterface(xo.type)) {
            c.error(s.x().pos(), ExprPrinter.print(s.x()) + " (" + x.describe(xo, s.x()) + ") is not an interface");
            st.closeScope();
            return;
        }
        List<Obj.Var> clauseVars = new ArrayList<>();
        for (Stmt.CaseClause cc : s.clauses()) {
            Type single = null;
            int n = 0;
            if (cc.list() != null) {
                for (Expr e : cc.list()) {
                    n++;
                    if (e instanceof Ident id && id.name().equals("nil") && c.fn.scope.lookup("nil") instanceof Obj.Nil) {
                        x.record(e, new Operand(Mode.VALUE, Universe.UNTYPED_NIL, null));
                        single = xo.type;
                        continue;
                    }
                    Type t = c.typer.resolve(e);
                    single = t;
                    if (t != Universe.INVALID && !TypeOps.isInterface(t)) {
                        String miss = Interfaces.missingMethod(t, (Type.Interface) xo.type.underlying());
                        if (miss != null) c.error(e.pos(), "impossible type switch case: " + ExprPrinter.print(s.x()) + " (" + x.describe(xo, s.x()) + ") cannot have dynamic type " + x.typeStr(t) + " (" + miss + ")");
                    }
                }
            }
            st.openScope();
            if (s.bind() != null) {
                Type vt = n == 1 && single != null ? single : xo.type;
                Obj.Var v = new Obj.Var(s.bind().name(), s.bind().pos(), vt, c.pkg.path, false, false);
                v.owner = c.fn.node;
                c.fn.scope.declare(v);
                c.info.caseVars.put(cc, v);
                clauseVars.add(v);
            }
            st.stmtList(cc.body());
            checkFallthrough(cc.body(), false, true);
            st.closeScope();
        }
        if (s.bind() != null) {
            boolean used = clauseVars.stream().anyMatch(v -> v.used);
            if (!used) c.error(s.bind().pos(), "declared and not used: " + s.bind().name());
        }
        st.closeScope();
    }

    void selectStmt(Stmt.Select s) {
        boolean seenDefault = false;
        for (Stmt.CommClause cc : s.clauses()) {
            st.openScope();
            if (cc.comm() == null) {
                if (seenDefault) c.error(cc.pos(), "multiple defaults in select");
                seenDefault = true;
            } else {
                Stmt comm = cc.comm();
                boolean ok = switch (comm) {
                    case Stmt.Send send -> true;
                    case Stmt.ExprStmt e -> StmtChecker.unparen(e.x()) instanceof Expr.Unary u && u.op().equals("<-");
                    case Stmt.Assign a -> a.rhs().size() == 1 && StmtChecker.unparen(a.rhs().get(0)) instanceof Expr.Unary u && u.op().equals("<-") && a.lhs().size() <= 2;
                    default -> false;
                };
                if (!ok) c.error(comm.pos(), "select case must be receive, send or assign recv");
                else st.stmt(comm);
            }
            st.stmtList(cc.body());
            st.closeScope();
        }
    }
}
