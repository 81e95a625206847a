package gosub.types;

import gosub.syntax.Decl;
import gosub.syntax.Expr;
import gosub.syntax.Pos;
import gosub.syntax.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks break, continue and goto targets and label use within one function body, block by
 * block as cmd/compile does (so a goto that jumps over a variable declaration or into a
 * block is reported with the compiler's words and positions).
 */
final class BranchChecker {
    private final Checker c;
    private final Map<String, Label> labels = new HashMap<>();

    /** A declared label: the block holding it and whether some branch names it. */
    private static final class Label {
        final Block parent;
        final Stmt.Labeled stmt;
        boolean used;

        Label(Block parent, Stmt.Labeled stmt) {
            this.parent = parent;
            this.stmt = stmt;
        }
    }

    /** A block: where it starts and the labelled statement it is the body of, if any. */
    private record Block(Block parent, Pos start, Stmt.Labeled lstmt) {}

    /** The statements an unlabelled break or continue may leave. */
    private record Targets(boolean breaks, boolean continues) {}

    BranchChecker(Checker c) {
        this.c = c;
    }

    void check(Stmt.Block body) {
        List<Stmt.Branch> fwd = block(null, new Targets(false, false), null, body.pos(), body.stmts());
        // Forward gotos left over: the label is missing, or it is inside a block the goto is not in.
        for (Stmt.Branch g : fwd) {
            String name = g.label().name();
            Label l = labels.get(name);
            if (l != null) {
                l.used = true;
                c.error(g.label().pos(), "goto " + name + " jumps into block starting at " + at(l.parent.start));
            } else {
                c.error(g.label().pos(), "label " + name + " not defined");
            }
        }
        for (Label l : labels.values()) {
            if (!l.used) c.error(l.stmt.label().pos(), "label " + l.stmt.label().name() + " defined and not used");
        }
    }

    private String at(Pos p) {
        return c.fileName + ":" + p.line() + ":" + p.col();
    }

    /** The variable declaration last seen in the current block, and the gotos it makes bad. */
    private static final class VarDecl {
        Pos pos;
        String name;
        List<Stmt.Branch> bad = new ArrayList<>();
    }

    /** Checks one block's statements; returns its gotos whose label is not yet declared. */
    private List<Stmt.Branch> block(Block parent, Targets ctx, Stmt.Labeled lstmt, Pos start, List<Stmt> body) {
        Block b = new Block(parent, start, lstmt);
        List<Stmt.Branch> fwd = new ArrayList<>();
        VarDecl var = new VarDecl();
        for (Stmt stmt : body) {
            Stmt.Labeled own = null;
            Stmt s = stmt;
            while (s instanceof Stmt.Labeled l) {
                String name = l.label().name();
                if (!name.equals("_")) {
                    Label lab = declare(b, l);
                    List<Stmt.Branch> keep = new ArrayList<>();
                    for (Stmt.Branch g : fwd) {
                        if (!g.label().name().equals(name)) {
                            keep.add(g);
                            continue;
                        }
                        lab.used = true;
                        if (var.pos != null && var.bad.contains(g)) {
                            c.error(g.label().pos(), "goto " + name + " jumps over declaration of " + var.name + " at " + at(var.pos));
                        }
                    }
                    fwd.clear();
                    fwd.addAll(keep);
                    own = l;
                }
                s = l.stmt();
            }
            final Stmt.Labeled lab = own;
            switch (s) {
                case Stmt.DeclStmt d when d.decl() instanceof Decl.Var v && !v.specs().isEmpty() -> {
                    Decl.ValueSpec first = v.specs().get(0);
                    recordVar(var, fwd, first.pos(), first.names().get(0).name());
                }
                case Stmt.Assign a when a.op().equals(":=") -> recordVar(var, fwd, a.pos(), names(a.lhs()));
                case Stmt.Branch br -> branch(b, ctx, br, fwd);
                case Stmt.Block blk -> fwd.addAll(block(b, ctx, lab, blk.pos(), blk.stmts()));
                case Stmt.If i -> ifStmt(b, ctx, lab, i, fwd);
                case Stmt.For f -> fwd.addAll(block(b, new Targets(true, true), lab, f.body().pos(), f.body().stmts()));
                case Stmt.Range r -> fwd.addAll(block(b, new Targets(true, true), lab, r.body().pos(), r.body().stmts()));
                case Stmt.Switch sw -> sw.clauses().forEach(cc -> fwd.addAll(block(b, new Targets(true, ctx.continues), lab, cc.pos(), cc.body())));
                case Stmt.TypeSwitch ts -> ts.clauses().forEach(cc -> fwd.addAll(block(b, new Targets(true, ctx.continues), lab, cc.pos(), cc.body())));
                case Stmt.Select sel -> sel.clauses().forEach(cc -> fwd.addAll(block(b, new Targets(true, ctx.continues), lab, cc.pos(), cc.body())));
                default -> {}
            }
        }
        return fwd;
    }

    private void ifStmt(Block b, Targets ctx, Stmt.Labeled lab, Stmt.If i, List<Stmt.Branch> fwd) {
        fwd.addAll(block(b, ctx, lab, i.then().pos(), i.then().stmts()));
        if (i.otherwise() != null) fwd.addAll(block(b, ctx, lab, i.otherwise().pos(), List.of(i.otherwise())));
    }

    private static void recordVar(VarDecl var, List<Stmt.Branch> fwd, Pos pos, String name) {
        var.pos = pos;
        var.name = name;
        // Every goto still looking for its label jumps over this declaration, unless it leaves the block.
        var.bad = new ArrayList<>(fwd);
    }

    private static String names(List<Expr> lhs) {
        return lhs.stream().map(e -> e instanceof Expr.Ident id ? id.name() : "_").collect(Collectors.joining(", "));
    }

    private Label declare(Block b, Stmt.Labeled s) {
        String name = s.label().name();
        Label alt = labels.get(name);
        if (alt != null) {
            c.error(s.label().pos(), "label " + name + " already defined at " + at(alt.stmt.label().pos()));
            return alt;
        }
        Label l = new Label(b, s);
        labels.put(name, l);
        return l;
    }

    private void branch(Block b, Targets ctx, Stmt.Branch s, List<Stmt.Branch> fwd) {
        String tok = s.tok();
        if (s.label() == null) {
            if (tok.equals("break") && !ctx.breaks) c.error(s.pos(), "break is not in a loop, switch, or select");
            if (tok.equals("continue") && !ctx.continues) c.error(s.pos(), "continue is not in a loop");
            return;
        }
        String name = s.label().name();
        switch (tok) {
            case "goto" -> {
                Label l = labels.get(name);
                if (l != null) l.used = true;
                if (l == null || !encloses(l.parent, b)) fwd.add(s);
            }
            case "break", "continue" -> {
                Label l = labels.get(name);
                if (l == null) {
                    c.error(s.label().pos(), tok + " label not defined: " + name);
                    return;
                }
                l.used = true;
                Stmt target = enclosingTarget(b, l);
                boolean ok = tok.equals("break")
                        ? target instanceof Stmt.For || target instanceof Stmt.Range || target instanceof Stmt.Switch
                                || target instanceof Stmt.TypeSwitch || target instanceof Stmt.Select
                        : target instanceof Stmt.For || target instanceof Stmt.Range;
                if (!ok) c.error(s.label().pos(), "invalid " + tok + " label " + name);
            }
            default -> {}
        }
    }

    private static boolean encloses(Block outer, Block b) {
        for (; b != null; b = b.parent) if (b == outer) return true;
        return false;
    }

    /** The statement labelled l, when the branch is inside its body; null otherwise. */
    private static Stmt enclosingTarget(Block b, Label l) {
        for (; b != null; b = b.parent) if (b.lstmt == l.stmt) return innermost(l.stmt);
        return null;
    }

    private static Stmt innermost(Stmt.Labeled l) {
        Stmt s = l.stmt();
        while (s instanceof Stmt.Labeled in) s = in.stmt();
        return s;
    }
}
