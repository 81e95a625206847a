package gosub.types;

import gosub.syntax.Decl;
import gosub.syntax.Expr;
import gosub.syntax.Expr.Ident;
import gosub.syntax.ExprPrinter;
import gosub.syntax.Pos;
import gosub.syntax.Stmt;
import gosub.types.Operand.Mode;
import java.util.ArrayList;
import java.util.List;

/** Checks statements, function bodies and local declarations. */
final class StmtChecker {
    private final Checker c;
    private final ExprChecker x;

    StmtChecker(Checker c) {
        this.c = c;
        this.x = c.exprs;
    }

    // ---------------------------------------------------------------- functions

    void funcBody(Type.Signature sig, Expr.Field recv, Expr.FuncTypeExpr ft, Stmt.Block body, Object owner, Object node) {
        FuncContext saved = c.fn;
        Scope outer = saved != null ? saved.scope : c.fileScope;
        if (sig.typeParamScope != null) outer = sig.typeParamScope;
        FuncContext fc = new FuncContext(sig, saved, new Scope(outer, true), node);
        c.fn = fc;
        Scope savedTp = c.tpScope;
        c.tpScope = null;
        if (recv != null) {
            Type rt = ((Obj.Func) owner).recvType;
            if (!recv.names().isEmpty()) declareParam(recv.names().get(0), rt);
        }
        declareParams(ft.params(), sig.params);
        declareParams(ft.results(), sig.results);
        stmtList(body.stmts());
        new BranchChecker(c).check(body);
        if (!sig.results.isEmpty() && !Terminating.isTerminating(body)) c.error(body.rbrace(), "missing return");
        reportUnused(fc);
        c.fn = saved;
        c.tpScope = savedTp;
    }

    private void declareParams(List<Expr.Field> fields, List<Obj.Var> vars) {
        int k = 0;
        for (Expr.Field f : fields) {
            if (f.names().isEmpty()) {
                k++;
                continue;
            }
            for (Ident n : f.names()) {
                Obj.Var v = vars.get(k++);
                declareParam(n, v.type);
            }
        }
    }

    private void declareParam(Ident n, Type t) {
        Obj.Var v = new Obj.Var(n.name(), n.pos(), t, c.pkg.path, false, false);
        v.used = true;
        v.owner = c.fn.node;
        c.info.objects.put(n, v);
        if (c.fn.scope.declare(v) != null) c.error(n.pos(), "duplicate argument " + n.name());
    }

    Operand funcLit(Expr.FuncLit f) {
        Type.Signature sig = c.typer.signature(f.type(), null, null);
        c.info.funcLits.put(f, sig);
        funcBody(sig, null, f.type(), f.body(), null, f);
        return new Operand(Mode.VALUE, sig, null);
    }

    private void reportUnused(FuncContext fc) {
        for (Obj.Var v : fc.locals) if (!v.used) c.error(v.pos, "declared and not used: " + v.name);
    }

    // ---------------------------------------------------------------- declarations

    void constSpec(Decl.ValueSpec spec, int index, Obj.Const k) {
        Object savedIota = c.iota;
        c.iota = java.math.BigInteger.valueOf(spec.iota());
        Type t = spec.type() == null ? null : c.typer.resolve(spec.type());
        k.type = Universe.INVALID;
        if (index >= spec.values().size()) {
            c.error(k.pos, spec.values().isEmpty() ? "missing init expr for const declaration" : "missing init expr for const declaration");
            c.iota = savedIota;
            return;
        }
        Expr e = spec.values().get(index);
        Operand op = x.expr(e);
        c.iota = savedIota;
        if (op.invalid()) return;
        if (!op.isConst()) {
            c.error(e.pos(), ExprPrinter.print(e) + " (" + x.describe(op, e) + ") is not constant");
            return;
        }
        if (t != null && t != Universe.INVALID) {
            if (TypeOps.basic(t) == null) {
                c.error(spec.type().pos(), "invalid constant type " + x.typeStr(t));
                return;
            }
            if (!x.assign(op, e, t, "constant declaration")) return;
            // assign reports overflow for untyped; typed constants must match exactly.
        }
        k.type = op.type;
        k.value = op.value;
        if (index == spec.names().size() - 1 && spec.values().size() > spec.names().size()) {
            c.error(spec.values().get(spec.names().size()).pos(), "extra init expr");
        }
    }

    void globalVarSpec(Decl.ValueSpec spec) {
        List<Obj.Var> vars = new ArrayList<>();
        for (Ident n : spec.names()) vars.add((Obj.Var) c.info.objects.get(n));
        initVars(vars, spec.type(), spec.values(), spec.pos(), "variable declaration");
    }

    /** var a, b T = x, y — shared by package-level and local declarations. */
    private void initVars(List<Obj.Var> vars, Expr typeExpr, List<Expr> values, Pos pos, String ctx) {
        Type t = typeExpr == null ? null : c.typer.resolve(typeExpr);
        if (values.isEmpty()) {
            for (Obj.Var v : vars) v.type = t;
            return;
        }
        if (values.size() == 1 && vars.size() > 1) {
            Operand op = x.expr(values.get(0));
            List<Type> types = tupleTypes(op, values.get(0), vars.size());
            for (int i = 0; i < vars.size(); i++) {
                Type vt = types == null ? Universe.INVALID : types.get(i);
                if (t != null && types != null && !TypeOps.assignable(vt, t)) {
                    c.error(values.get(0).pos(), "cannot use " + ExprPrinter.print(values.get(0)) + " value of type " + x.typeStr(vt) + " as " + x.typeStr(t) + " value in " + ctx);
                }
                vars.get(i).type = t != null ? t : vt;
            }
            return;
        }
        if (values.size() != vars.size()) {
            assignMismatch(pos, vars.size(), values, vars.size() < values.size());
            for (Expr v : values) x.expr(v);
            for (Obj.Var v : vars) v.type = t == null ? Universe.INVALID : t;
            return;
        }
        for (int i = 0; i < vars.size(); i++) {
            Expr e = values.get(i);
            Operand op = assignedValue(e, vars.size());
            Obj.Var v = vars.get(i);
            if (op.invalid()) {
                v.type = t == null ? Universe.INVALID : t;
                v.used = true; // as types2: no "declared and not used" after a failed initialisation
                continue;
            }
            if (t != null) {
                if (!x.assign(op, e, t, ctx)) v.used = true;
                v.type = t;
            } else {
                if (op.type == Universe.UNTYPED_NIL) {
                    c.error(e.pos(), "use of untyped nil in " + ctx);
                    v.type = Universe.INVALID;
                    continue;
                }
                if (x.uninstantiated(op, e)) {
                    v.type = Universe.INVALID;
                    continue;
                }
                if (op.mode == Mode.NOVALUE) {
                    v.type = Universe.INVALID;
                    continue;
                }
                x.defaultType(op, e);
                v.type = op.type;
            }
        }
    }

    private void assignMismatch(Pos pos, int nvars, List<Expr> values, boolean extra) {
        int nvals = values.size();
        String got = nvals == 1 ? "1 value" : nvals + " values";
        String want = nvars == 1 ? "1 variable" : nvars + " variables";
        c.error(pos, "assignment mismatch: " + want + " but " + got);
    }

    /** The value assigned to one of n variables: for one variable, a call with several results is an assignment mismatch. */
    private Operand assignedValue(Expr e, int n) {
        if (n != 1) return x.single(e);
        Operand op = x.expr(e);
        if (!op.invalid() && op.type instanceof Type.Tuple t && unparen(e) instanceof Expr.Call call) {
            c.error(ExprPrinter.start(e), "assignment mismatch: 1 variable but " + ExprPrinter.print(call.fun()) + " returns " + t.types.size() + " values");
            return Operand.bad();
        }
        return op.type instanceof Type.Tuple ? x.single(e) : op;
    }

    /** How a value's type is summarised in "have (...)" lists: untyped constants lose their exact kind. */
    private String summary(Operand o) {
        if (o.invalid()) return "unknown type";
        if (TypeOps.isUntyped(o.type)) return TypeOps.isNumeric(o.type) ? "number" : x.typeStr(o.type).replace("untyped ", "");
        return x.typeStr(o.type);
    }

    /** The types of a multi-value expression assigned to n variables (comma-ok included). */
    private List<Type> tupleTypes(Operand op, Expr e, int n) {
        if (op.invalid()) return null;
        if (op.type instanceof Type.Tuple t) {
            if (t.types.size() != n) {
                c.error(e.pos(), "assignment mismatch: " + n + " variable" + (n == 1 ? "" : "s") + " but " + ExprPrinter.print(e) + " returns " + t.types.size() + " value" + (t.types.size() == 1 ? "" : "s"));
                return null;
            }
            return t.types;
        }
        if (n == 2 && (op.mode == Mode.COMMAOK || op.mode == Mode.MAPINDEX)) {
            c.info.types.put(e, new Operand(Mode.COMMAOK, op.type, null));
            return List.of(op.type, Universe.BOOL);
        }
        if (unparen(e) instanceof Expr.Call call) {
            c.error(e.pos(), "assignment mismatch: " + n + " variables but " + ExprPrinter.print(call.fun()) + " returns 1 value");
            return null;
        }
        c.error(e.pos(), "assignment mismatch: " + n + " variables but 1 value");
        return null;
    }

    private void declareLocal(Ident n, Obj.Var v) {
        v.owner = c.fn.node;
        c.info.objects.put(n, v);
        if (n.name().equals("_")) return;
        Obj prev = c.fn.scope.declare(v);
        if (prev != null) {
            c.error(n.pos(), n.name() + " redeclared in this block");
            return;
        }
        c.fn.locals.add(v);
    }

    private void localDecl(Decl d) {
        switch (d) {
            case Decl.Var vd -> {
                for (Decl.ValueSpec s : vd.specs()) {
                    List<Obj.Var> vars = new ArrayList<>();
                    for (Ident n : s.names()) vars.add(new Obj.Var(n.name(), n.pos(), null, c.pkg.path, false, false));
                    initVars(vars, s.type(), s.values(), s.pos(), "variable declaration");
                    for (int i = 0; i < vars.size(); i++) declareLocal(s.names().get(i), vars.get(i));
                }
            }
            case Decl.Const cd -> {
                for (Decl.ValueSpec s : cd.specs()) {
                    List<Obj.Const> ks = new ArrayList<>();
                    for (int i = 0; i < s.names().size(); i++) {
                        Ident n = s.names().get(i);
                        Obj.Const k = new Obj.Const(n.name(), n.pos(), null, c.pkg.path, null);
                        constSpec(s, i, k);
                        ks.add(k);
                    }
                    for (int i = 0; i < ks.size(); i++) {
                        c.info.objects.put(s.names().get(i), ks.get(i));
                        if (c.fn.scope.declare(ks.get(i)) != null) c.error(ks.get(i).pos, ks.get(i).name + " redeclared in this block");
                    }
                }
            }
            case Decl.Type td -> {
                for (Decl.TypeSpec s : td.specs()) {
                    Obj.TypeName tn = new Obj.TypeName(s.name().name(), s.name().pos(), null, c.pkg.path);
                    c.info.objects.put(s.name(), tn);
                    if (s.alias()) {
                        tn.type = c.typer.resolve(s.type());
                        c.fn.scope.declare(tn);
                    } else {
                        Type.Named named = new Type.Named(c.pkg.path, s.name().name(), null);
                        tn.type = named;
                        if (c.fn.scope.declare(tn) != null) c.error(tn.pos, tn.name + " redeclared in this block");
                        c.typer.declareNamed(named, s);
                    }
                }
            }
            default -> c.error(d.pos(), "unexpected declaration");
        }
    }

    // ---------------------------------------------------------------- statements

    void openScope() {
        c.fn.scope = new Scope(c.fn.scope, false);
    }

    void closeScope() {
        c.fn.scope = c.fn.scope.parent;
    }

    void stmtList(List<Stmt> stmts) {
        for (Stmt s : stmts) stmt(s);
    }

    void block(Stmt.Block b) {
        openScope();
        stmtList(b.stmts());
        closeScope();
    }

    void stmt(Stmt s) {
        switch (s) {
            case Stmt.Empty e -> {}
            case Stmt.ExprStmt e -> exprStmt(e);
            case Stmt.Send send -> sendStmt(send);
            case Stmt.IncDec id -> {
                Operand op = lhsOperand(id.x());
                if (op.invalid()) return;
                // x++ reads x, so it counts as a use (unlike x = 1).
                if (id.x() instanceof Ident xi && c.info.objects.get(xi) instanceof Obj.Var v) v.used = true;
                if (!TypeOps.isNumeric(op.type)) {
                    c.error(id.x().pos(), "invalid operation: " + ExprPrinter.print(id.x()) + (id.inc() ? "++" : "--") + " (non-numeric type " + x.typeStr(op.type) + ")");
                }
            }
            case Stmt.Assign a -> assign(a);
            case Stmt.Go g -> callStmt(g.call(), "go");
            case Stmt.Defer d -> callStmt(d.call(), "defer");
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Branch b -> {}
            case Stmt.Block b -> block(b);
            case Stmt.If i -> ifStmt(i);
            case Stmt.Switch sw -> c.switchChecker().switchStmt(sw);
            case Stmt.TypeSwitch ts -> c.switchChecker().typeSwitch(ts);
            case Stmt.Select sel -> c.switchChecker().selectStmt(sel);
            case Stmt.For f -> forStmt(f);
            case Stmt.Range r -> c.rangeChecker().range(r);
            case Stmt.Labeled l -> stmt(l.stmt());
            case Stmt.DeclStmt d -> localDecl(d.decl());
        }
    }

    private void exprStmt(Stmt.ExprStmt e) {
        Expr ex = e.x();
        while (ex instanceof Expr.Paren p) ex = p.x();
        Operand op = x.typeOrValue(e.x());
        if (op.invalid()) return;
        boolean isCall = ex instanceof Expr.Call;
        boolean isRecv = ex instanceof Expr.Unary u && u.op().equals("<-");
        if (isCall && op.mode != Mode.TYPE) {
            Expr.Call call = (Expr.Call) ex;
            Operand f = c.info.typeOf(call.fun());
            if (f != null && f.mode == Mode.BUILTIN) {
                String name = (String) f.value;
                if (!List.of("copy", "delete", "panic", "print", "println", "recover", "close", "clear").contains(name)) {
                    c.error(ExprPrinter.start(e.x()), ExprPrinter.print(e.x()) + " (" + x.describe(op, e.x()) + ") is not used");
                }
            }
            if (f != null && f.mode == Mode.TYPE) c.error(ExprPrinter.start(e.x()), ExprPrinter.print(e.x()) + " (" + x.describe(op, e.x()) + ") is not used");
            return;
        }
        if (isRecv) return;
        String what = op.mode == Mode.TYPE ? ExprPrinter.print(e.x()) + " (type) is not an expression" : ExprPrinter.print(e.x()) + " (" + x.describe(op, e.x()) + ") is not used";
        c.error(ExprPrinter.start(e.x()), what);
    }

    private void sendStmt(Stmt.Send s) {
        Operand ch = x.single(s.chan());
        Operand v = x.single(s.value());
        if (ch.invalid() || v.invalid()) return;
        if (!(ch.type.underlying() instanceof Type.Chan t)) {
            c.error(s.pos(), "invalid operation: cannot send to non-channel " + x.operandString(ch, s.chan()));
            return;
        }
        if (t.dir == Type.Dir.RECV) {
            c.error(ExprPrinter.start(s.chan()), "invalid operation: cannot send to receive-only channel " + x.operandString(ch, s.chan()));
            return;
        }
        x.assign(v, s.value(), t.elem, "send");
    }

    private void callStmt(Expr call, String kw) {
        Expr e = call;
        while (e instanceof Expr.Paren p) e = p.x();
        if (!(e instanceof Expr.Call)) {
            c.error(call.pos(), "expression in " + kw + " must be function call");
            x.expr(call);
            return;
        }
        Operand op = x.typeOrValue(e);
        Operand f = c.info.typeOf(((Expr.Call) e).fun());
        if (f != null && f.mode == Mode.TYPE) {
            c.error(call.pos(), kw + " requires function call, not conversion");
        } else if (f != null && f.mode == Mode.BUILTIN
                && !List.of("copy", "delete", "panic", "print", "println", "recover", "close", "clear").contains((String) f.value)) {
            c.error(call.pos(), kw + " discards result of " + ExprPrinter.print(e));
        }
    }

    private void returnStmt(Stmt.Return r) {
        List<Obj.Var> results = c.fn.sig.results;
        List<Expr> vals = r.results();
        if (vals.isEmpty()) {
            if (!results.isEmpty() && results.get(0).name.isEmpty()) c.error(r.pos(), "not enough return values\n\thave ()\n\twant " + tupleString(results));
            return;
        }
        if (results.isEmpty()) {
            for (Expr v : vals) x.expr(v);
            c.error(vals.get(0).pos(), "too many return values");
            return;
        }
        if (vals.size() == 1 && results.size() > 1) {
            Operand op = x.expr(vals.get(0));
            if (op.invalid()) return;
            if (op.type instanceof Type.Tuple t && t.types.size() == results.size()) {
                for (int i = 0; i < results.size(); i++) {
                    if (!TypeOps.assignable(t.types.get(i), results.get(i).type)) {
                        c.error(vals.get(0).pos(), "cannot use " + ExprPrinter.print(vals.get(0)) + " value of type " + x.typeStr(t.types.get(i)) + " as " + x.typeStr(results.get(i).type) + " value in return statement");
                    }
                }
                return;
            }
            c.error(vals.get(0).pos(), "not enough return values\n\thave (" + summary(op) + ")\n\twant " + tupleString(results));
            return;
        }
        List<Operand> ops = new ArrayList<>();
        for (Expr v : vals) ops.add(x.single(v));
        if (vals.size() != results.size()) {
            c.error(vals.get(0).pos(), (vals.size() < results.size() ? "not enough" : "too many") + " return values\n\thave (" + String.join(", ", ops.stream().map(this::summary).toList()) + ")\n\twant " + tupleString(results));
            return;
        }
        for (int i = 0; i < vals.size(); i++) {
            if (!ops.get(i).invalid()) x.assign(ops.get(i), vals.get(i), results.get(i).type, "return statement");
        }
    }

    private String tupleString(List<Obj.Var> vars) {
        return "(" + String.join(", ", vars.stream().map(v -> x.typeStr(v.type)).toList()) + ")";
    }

    /** The left side of an assignment: addressable, a map index, or the blank identifier. */
    Operand lhsOperand(Expr e) {
        if (e instanceof Ident id) {
            if (id.name().equals("_")) {
                c.info.objects.put(id, null);
                return new Operand(Mode.VARIABLE, null, null);
            }
            Operand op = x.ident(id, true);
            x.record(e, op);
            if (op.invalid()) return op;
            if (op.mode != Mode.VARIABLE) {
                c.error(e.pos(), "cannot assign to " + ExprPrinter.print(e) + " (neither addressable nor a map index expression)");
                return Operand.bad();
            }
            return op;
        }
        Operand op = x.single(e);
        if (op.invalid()) return op;
        if (op.mode != Mode.VARIABLE && op.mode != Mode.MAPINDEX) {
            String why = e instanceof Expr.Selector s && c.info.typeOf(s.x()) != null && c.info.typeOf(s.x()).mode == Mode.MAPINDEX
                    ? "cannot assign to struct field " + ExprPrinter.print(e) + " in map"
                    : "cannot assign to " + ExprPrinter.print(e) + " (neither addressable nor a map index expression)";
            c.error(ExprPrinter.start(e), why);
            return Operand.bad();
        }
        return op;
    }

    private void assign(Stmt.Assign a) {
        if (a.op().equals(":=")) {
            shortVarDecl(a);
            return;
        }
        if (!a.op().equals("=")) {
            Expr lhs = a.lhs().get(0), rhs = a.rhs().get(0);
            if (a.lhs().size() != 1 || a.rhs().size() != 1) {
                c.error(a.pos(), "assignment operation " + a.op() + " requires single-valued expressions");
                return;
            }
            Operand l = lhsOperand(lhs);
            if (l.invalid()) {
                x.expr(rhs);
                return;
            }
            // Check as the binary expression lhs op rhs, then assign the result back.
            Expr.Binary bin = new Expr.Binary(a.pos(), a.op().substring(0, a.op().length() - 1), lhs, rhs);
            Operand r = x.expr(bin);
            c.info.types.remove(bin);
            if (!r.invalid()) x.assign(r, rhs, l.type, "assignment");
            return;
        }
        List<Expr> lhs = a.lhs(), rhs = a.rhs();
        if (rhs.size() == 1 && lhs.size() > 1) {
            List<Operand> ls = new ArrayList<>();
            for (Expr l : lhs) ls.add(lhsOperand(l));
            Operand op = x.expr(rhs.get(0));
            List<Type> types = tupleTypes(op, rhs.get(0), lhs.size());
            if (types == null) return;
            for (int i = 0; i < lhs.size(); i++) {
                Operand l = ls.get(i);
                if (l.invalid() || l.type == null) continue;
                if (!TypeOps.assignable(types.get(i), l.type)) {
                    c.error(rhs.get(0).pos(), "cannot use " + ExprPrinter.print(rhs.get(0)) + " (value of type " + x.typeStr(types.get(i)) + ") as " + x.typeStr(l.type) + " value in assignment");
                }
            }
            return;
        }
        if (lhs.size() != rhs.size()) {
            for (Expr l : lhs) lhsOperand(l);
            for (Expr r : rhs) x.expr(r);
            assignMismatch(a.pos(), lhs.size(), rhs, lhs.size() < rhs.size());
            return;
        }
        List<Operand> ls = new ArrayList<>();
        for (Expr l : lhs) ls.add(lhsOperand(l));
        for (int i = 0; i < lhs.size(); i++) {
            Operand r = assignedValue(rhs.get(i), lhs.size());
            Operand l = ls.get(i);
            if (r.invalid() || l.invalid()) continue;
            if (l.type == null) {
                if (r.type == Universe.UNTYPED_NIL) c.error(rhs.get(i).pos(), "use of untyped nil in assignment");
                else if (!x.uninstantiated(r, rhs.get(i))) x.defaultType(r, rhs.get(i));
                continue;
            }
            x.assign(r, rhs.get(i), l.type, "assignment");
        }
    }

    private void shortVarDecl(Stmt.Assign a) {
        List<Obj.Var> vars = new ArrayList<>();
        List<Boolean> fresh = new ArrayList<>();
        boolean anyNew = false;
        for (Expr l : a.lhs()) {
            if (!(l instanceof Ident id)) {
                x.expr(l);
                c.error(l.pos(), "non-name " + ExprPrinter.print(l) + " on left side of :=");
                return;
            }
            Obj prev = id.name().equals("_") ? null : c.fn.scope.lookupLocal(id.name());
            if (prev instanceof Obj.Var pv) {
                c.info.objects.put(id, pv);
                vars.add(pv);
                fresh.add(false);
            } else {
                vars.add(new Obj.Var(id.name(), id.pos(), null, c.pkg.path, false, false));
                fresh.add(true);
                if (!id.name().equals("_")) anyNew = true;
            }
        }
        if (!anyNew) c.error(a.pos(), "no new variables on left side of :=");
        List<Obj.Var> newVars = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++) if (fresh.get(i)) newVars.add(vars.get(i));
        // Old variables keep their types: check the right side against them.
        List<Type> oldTypes = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++) oldTypes.add(fresh.get(i) ? null : vars.get(i).type);
        initShort(vars, fresh, a.rhs(), a.pos());
        for (int i = 0; i < vars.size(); i++) {
            if (fresh.get(i)) declareLocal((Ident) a.lhs().get(i), vars.get(i));
            else if (oldTypes.get(i) != null) vars.get(i).type = oldTypes.get(i);
        }
    }

    private void initShort(List<Obj.Var> vars, List<Boolean> fresh, List<Expr> values, Pos pos) {
        if (values.size() == 1 && vars.size() > 1) {
            Operand op = x.expr(values.get(0));
            List<Type> types = tupleTypes(op, values.get(0), vars.size());
            for (int i = 0; i < vars.size(); i++) {
                Type vt = types == null ? Universe.INVALID : types.get(i);
                if (fresh.get(i)) vars.get(i).type = vt;
                else if (types != null && !TypeOps.assignable(vt, vars.get(i).type)) {
                    c.error(values.get(0).pos(), "cannot use " + ExprPrinter.print(values.get(0)) + " (value of type " + x.typeStr(vt) + ") as " + x.typeStr(vars.get(i).type) + " value in assignment");
                }
            }
            return;
        }
        if (values.size() != vars.size()) {
            for (Expr v : values) x.expr(v);
            assignMismatch(pos, vars.size(), values, vars.size() < values.size());
            for (int i = 0; i < vars.size(); i++) if (fresh.get(i)) vars.get(i).type = Universe.INVALID;
            return;
        }
        for (int i = 0; i < vars.size(); i++) {
            Expr e = values.get(i);
            Operand op = assignedValue(e, vars.size());
            Obj.Var v = vars.get(i);
            if (op.invalid() || op.mode == Mode.NOVALUE) {
                if (fresh.get(i)) v.type = Universe.INVALID;
                v.used = true; // as types2: no "declared and not used" after a failed initialisation
                continue;
            }
            if (!fresh.get(i)) {
                x.assign(op, e, v.type, "assignment");
                continue;
            }
            if (op.type == Universe.UNTYPED_NIL) {
                c.error(e.pos(), "use of untyped nil in assignment");
                v.type = Universe.INVALID;
                continue;
            }
            if (x.uninstantiated(op, e)) {
                v.type = Universe.INVALID;
                continue;
            }
            x.defaultType(op, e);
            v.type = op.type;
        }
    }

    private void ifStmt(Stmt.If s) {
        openScope();
        if (s.init() != null) stmt(s.init());
        condition(s.cond(), "if");
        block(s.then());
        if (s.otherwise() != null) stmt(s.otherwise());
        closeScope();
    }

    private void condition(Expr e, String what) {
        Operand op = x.single(e);
        if (op.invalid()) return;
        if (!TypeOps.isBoolean(op.type)) {
            c.error(e.pos(), "non-boolean condition in " + what + " statement");
            return;
        }
        x.defaultType(op, e);
    }

    private void forStmt(Stmt.For f) {
        openScope();
        if (f.init() != null) stmt(f.init());
        if (f.cond() != null) condition(f.cond(), "for");
        if (f.post() != null) {
            if (f.post() instanceof Stmt.Assign a && a.op().equals(":=")) c.error(a.pos(), "cannot declare in post statement of for loop");
            stmt(f.post());
        }
        block(f.body());
        closeScope();
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }

    /** Declares the iteration variables of a range clause (used by RangeChecker). */
    void declareRangeVar(Ident id, Type t) {
        Obj.Var v = new Obj.Var(id.name(), id.pos(), t, c.pkg.path, false, false);
        declareLocal(id, v);
    }
}
