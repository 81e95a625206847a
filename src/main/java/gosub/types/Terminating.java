package gosub.types;

import gosub.syntax.Expr;
import gosub.syntax.Stmt;
import java.util.List;

/** The spec's terminating statements, for "missing return". */
final class Terminating {
    private Terminating() {}

    static boolean isTerminating(Stmt s) {
        return switch (s) {
            case Stmt.Return r -> true;
            case Stmt.Branch b -> b.tok().equals("goto");
            case Stmt.ExprStmt e -> StmtChecker.unparen(e.x()) instanceof Expr.Call call
                    && call.fun() instanceof Expr.Ident id && id.name().equals("panic")
                    || StmtChecker.unparen(e.x()) instanceof Expr.Call call2 && isOsExit(call2);
            case Stmt.Block b -> isTerminatingList(b.stmts());
            case Stmt.If i -> i.otherwise() != null && isTerminating(i.then()) && isTerminating(i.otherwise());
            case Stmt.For f -> f.cond() == null && !hasBreak(f.body(), null, true);
            case Stmt.Labeled l -> l.stmt() instanceof Stmt.For f ? f.cond() == null && !hasBreak(f.body(), l.label().name(), true)
                    : l.stmt() instanceof Stmt.Switch || l.stmt() instanceof Stmt.TypeSwitch || l.stmt() instanceof Stmt.Select
                    ? clausesTerminate(l.stmt(), l.label().name()) : isTerminating(l.stmt());
            case Stmt.Switch sw -> clausesTerminate(sw, null);
            case Stmt.TypeSwitch ts -> clausesTerminate(ts, null);
            case Stmt.Select sel -> clausesTerminate(sel, null);
            default -> false;
        };
    }

    private static boolean isOsExit(Expr.Call call) {
        return false;
    }

    private static boolean isTerminatingList(List<Stmt> stmts) {
        for (int i = stmts.size() - 1; i >= 0; i--) {
            if (stmts.get(i) instanceof Stmt.Empty) continue;
            return isTerminating(stmts.get(i));
        }
        return false;
    }

    private static boolean clausesTerminate(Stmt s, String label) {
        boolean hasDefault = false;
        List<List<Stmt>> bodies = new java.util.ArrayList<>();
        switch (s) {
            case Stmt.Switch sw -> {
                for (Stmt.CaseClause cc : sw.clauses()) {
                    hasDefault |= cc.list() == null;
                    bodies.add(cc.body());
                }
            }
            case Stmt.TypeSwitch ts -> {
                for (Stmt.CaseClause cc : ts.clauses()) {
                    hasDefault |= cc.list() == null;
                    bodies.add(cc.body());
                }
            }
            case Stmt.Select sel -> {
                hasDefault = true;
                for (Stmt.CommClause cc : sel.clauses()) bodies.add(cc.body());
            }
            default -> {
                return false;
            }
        }
        if (!hasDefault) return false;
        for (List<Stmt> body : bodies) {
            for (Stmt st : body) if (hasBreak(st, label, true)) return false;
            boolean ft = !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.Branch b && b.tok().equals("fallthrough");
            if (!ft && !isTerminatingList(body)) return false;
        }
        return true;
    }

    /** Whether s contains a break that targets the enclosing statement (unlabelled at top). */
    private static boolean hasBreak(Stmt s, String label, boolean top) {
        return switch (s) {
            case Stmt.Branch b -> b.tok().equals("break") && (b.label() == null ? top : b.label().name().equals(label));
            case Stmt.Block b -> b.stmts().stream().anyMatch(x -> hasBreak(x, label, top));
            case Stmt.If i -> hasBreak(i.then(), label, top) || i.otherwise() != null && hasBreak(i.otherwise(), label, top);
            case Stmt.Labeled l -> hasBreak(l.stmt(), label, top);
            case Stmt.For f -> label != null && hasBreak(f.body(), label, false);
            case Stmt.Range r -> label != null && hasBreak(r.body(), label, false);
            case Stmt.Switch sw -> label != null && sw.clauses().stream().anyMatch(cc -> cc.body().stream().anyMatch(x -> hasBreak(x, label, false)));
            case Stmt.TypeSwitch ts -> label != null && ts.clauses().stream().anyMatch(cc -> cc.body().stream().anyMatch(x -> hasBreak(x, label, false)));
            case Stmt.Select sel -> label != null && sel.clauses().stream().anyMatch(cc -> cc.body().stream().anyMatch(x -> hasBreak(x, label, false)));
            default -> false;
        };
    }
}
