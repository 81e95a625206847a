package gosub.compile;

import gosub.syntax.Stmt;

/** Whether a function body contains a defer statement (outside nested function literals). */
final class DeferScan {
    private DeferScan() {}

    static boolean contains(Stmt s) {
        return switch (s) {
            case null -> false;
            case Stmt.Defer d -> true;
            case Stmt.Block b -> b.stmts().stream().anyMatch(DeferScan::contains);
            case Stmt.If i -> contains(i.then()) || contains(i.otherwise());
            case Stmt.For f -> contains(f.body());
            case Stmt.Range r -> contains(r.body());
            case Stmt.Labeled l -> contains(l.stmt());
            case Stmt.Switch sw -> sw.clauses().stream().anyMatch(c -> c.body().stream().anyMatch(DeferScan::contains));
            case Stmt.TypeSwitch ts -> ts.clauses().stream().anyMatch(c -> c.body().stream().anyMatch(DeferScan::contains));
            case Stmt.Select sel -> sel.clauses().stream().anyMatch(c -> c.body().stream().anyMatch(DeferScan::contains));
            default -> false;
        };
    }
}
