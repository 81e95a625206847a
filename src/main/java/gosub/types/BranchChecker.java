package gosub.types;

import gosub.syntax.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks break, continue and goto targets and label use within one function body. */
final class BranchChecker {
    private final Checker c;
    /** Enclosing statements: 'f' for loops, 's' for switch/select; with their labels. */
    private final Deque<Character> kinds = new ArrayDeque<>();
    private final Deque<String> labels = new ArrayDeque<>();
    private final Map<String, Stmt.Labeled> declared = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    BranchChecker(Checker c) {
        this.c = c;
    }

    void check(Stmt.Block body) {
        collect(body.stmts());
        walk(body.stmts());
        for (Map.Entry<String, Stmt.Labeled> e : declared.entrySet()) {
            if (!used.contains(e.getKey())) c.error(e.getValue().label().pos(), "label " + e.getKey() + " defined and not used");
        }
    }

    private void collect(List<Stmt> stmts) {
        for (Stmt s : stmts) collect(s);
    }

    private void collect(Stmt s) {
        switch (s) {
            case Stmt.Labeled l -> {
                if (declared.putIfAbsent(l.label().name(), l) != null) c.error(l.label().pos(), "label " + l.label().name() + " already defined");
                collect(l.stmt());
            }
            case Stmt.Block b -> collect(b.stmts());
            case Stmt.If i -> {
                collect(i.then());
                if (i.otherwise() != null) collect(i.otherwise());
            }
            case Stmt.For f -> collect(f.body());
            case Stmt.Range r -> collect(r.body());
            case Stmt.Switch sw -> sw.clauses().forEach(cc -> collect(cc.body()));
            case Stmt.TypeSwitch ts -> ts.clauses().forEach(cc -> collect(cc.body()));
            case Stmt.Select sel -> sel.clauses().forEach(cc -> collect(cc.body()));
            default -> {}
        }
    }

    private void walk(List<Stmt> stmts) {
        for (Stmt s : stmts) walk(s, null);
    }

    private void enter(char kind, String label, Runnable body) {
        kinds.push(kind);
        labels.push(label == null ? "" : label);
        body.run();
        kinds.pop();
        labels.pop();
    }

    private void walk(Stmt s, String label) {
        switch (s) {
            case Stmt.Labeled l -> walk(l.stmt(), l.label().name());
            case Stmt.Block b -> walk(b.stmts());
            case Stmt.If i -> {
                walk(i.then(), null);
                if (i.otherwise() != null) walk(i.otherwise(), null);
            }
            case Stmt.For f -> enter('f', label, () -> walk(f.body(), null));
            case Stmt.Range r -> enter('f', label, () -> walk(r.body(), null));
            case Stmt.Switch sw -> enter('s', label, () -> sw.clauses().forEach(cc -> walk(cc.body())));
            case Stmt.TypeSwitch ts -> enter('s', label, () -> ts.clauses().forEach(cc -> walk(cc.body())));
            case Stmt.Select sel -> enter('s', label, () -> sel.clauses().forEach(cc -> walk(cc.body())));
            case Stmt.Branch b -> branch(b);
            default -> {}
        }
    }

    private void branch(Stmt.Branch b) {
        String tok = b.tok();
        if (tok.equals("fallthrough")) return;
        if (b.label() != null) {
            String name = b.label().name();
            if (!declared.containsKey(name)) {
                c.error(b.label().pos(), "label " + name + " not defined");
                return;
            }
            used.add(name);
            if (tok.equals("goto")) return;
            Character kind = null;
            var ki = kinds.iterator();
            for (String l : labels) {
                char k = ki.next();
                if (l.equals(name)) {
                    kind = k;
                    break;
                }
            }
            if (kind == null || tok.equals("continue") && kind != 'f') {
                c.error(b.label().pos(), "invalid " + tok + " label " + name);
            }
            return;
        }
        if (tok.equals("break") && kinds.isEmpty()) c.error(b.pos(), "break is not in a loop, switch, or select");
        if (tok.equals("continue") && !kinds.contains('f')) c.error(b.pos(), "continue is not in a loop");
    }
}
