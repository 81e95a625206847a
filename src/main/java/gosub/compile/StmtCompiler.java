package gosub.compile;

import gosub.exec.*;
import gosub.exec.Prim;
import gosub.syntax.Decl;
import gosub.syntax.Expr;
import gosub.syntax.Expr.Ident;
import gosub.syntax.Pos;
import gosub.syntax.Stmt;
import gosub.types.Obj;
import gosub.types.Operand;
import gosub.types.Type;
import gosub.types.TypeOps;
import java.util.ArrayList;
import java.util.List;

/** Compiles statements of one function. */
final class StmtCompiler {
    private final FuncCompiler fc;

    StmtCompiler(FuncCompiler fc) {
        this.fc = fc;
    }

    private ExprCompiler x() {
        return fc.exprs;
    }

    private Obj.Var var(Ident id) {
        return fc.program.info.objects.get(id) instanceof Obj.Var v ? v : null;
    }

    // ---------------------------------------------------------------- functions

    void functionBody(List<Ident> params, List<Expr.Field> results, Type.Signature sig, Stmt.Block body) {
        FuncCode c = fc.code;
        c.params = params.size();
        c.paramCells = new boolean[params.size()];
        c.paramKinds = new int[params.size()];
        c.paramSlots = new int[params.size()];
        for (int i = 0; i < params.size(); i++) {
            Ident id = params.get(i);
            Obj.Var v = id == null ? null : var(id);
            if (v == null) {
                c.paramSlots[i] = fc.newSlot();
                continue;
            }
            c.paramSlots[i] = fc.declare(v);
            c.paramKinds[i] = v.prim;
            c.paramCells[i] = FuncCompiler.inCell(v);
        }
        List<Integer> rslots = new ArrayList<>();
        List<Boolean> rcells = new ArrayList<>();
        List<Integer> rkinds = new ArrayList<>();
        List<ZeroValue> rzeros = new ArrayList<>();
        int k = 0;
        for (Expr.Field r : results) {
            int n = Math.max(1, r.names().size());
            for (int i = 0; i < n; i++) {
                Obj.Var v = r.names().isEmpty() ? null : var(r.names().get(i));
                Type t = fc.subst(sig.results.get(k++).type);
                if (v != null) {
                    rslots.add(fc.declare(v));
                    rcells.add(FuncCompiler.inCell(v));
                    rkinds.add(v.prim);
                } else {
                    int kind = FuncCompiler.primKind(t);
                    rslots.add(kind == Prim.REF ? fc.newSlot() : fc.nextPrim++);
                    rcells.add(false);
                    rkinds.add(kind);
                }
                rzeros.add(RuntimeTypes.zero(t));
            }
        }
        c.resultSlots = rslots.stream().mapToInt(Integer::intValue).toArray();
        c.resultKinds = rkinds.stream().mapToInt(Integer::intValue).toArray();
        c.resultCells = new boolean[rcells.size()];
        for (int i = 0; i < rcells.size(); i++) c.resultCells[i] = rcells.get(i);
        c.resultZeros = rzeros.toArray(new ZeroValue[0]);
        c.hasDefer = DeferScan.contains(body);
        c.body = block(body.stmts());
        c.slots = fc.nextSlot;
        c.prims = fc.nextPrim;
    }

    StmtNode block(List<Stmt> stmts) {
        List<StmtNode> out = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (Stmt s : stmts) {
            StmtNode n = stmt(s, null);
            if (s instanceof Stmt.Labeled l) {
                labels.add(l.label().name());
                targets.add(out.size());
                if (n == null) n = new Control.Empty();
            }
            if (n != null) out.add(n);
        }
        if (!labels.isEmpty()) {
            return new Control.GotoBlock(out.toArray(new StmtNode[0]), labels.toArray(new String[0]),
                    targets.stream().mapToInt(Integer::intValue).toArray());
        }
        if (out.size() == 1) return out.get(0);
        return new Control.Block(out.toArray(new StmtNode[0]));
    }

    /** Package-level var specs, run by the init code. */
    StmtNode globalInit(Decl.ValueSpec s) {
        List<Obj.Var> vars = new ArrayList<>();
        for (Ident n : s.names()) vars.add(var(n));
        List<StmtNode> out = new ArrayList<>();
        for (Obj.Var v : vars) {
            if (v != null && v.slot >= 0) out.add(new InitGlobal(v.slot, RuntimeTypes.zero(fc.varType(v))));
        }
        List<Expr> vals = s.values();
        if (vals.size() == 1 && vars.size() > 1) {
            List<Type> srcTypes = x().tupleTypes(vals.get(0), vars.size());
            LValue[] lvs = new LValue[vars.size()];
            Assign.Converter[] conv = new Assign.Converter[vars.size()];
            for (int i = 0; i < lvs.length; i++) {
                Obj.Var v = vars.get(i);
                if (v == null || v.name.equals("_")) continue;
                lvs[i] = fc.lvalue(v, s.pos());
                conv[i] = ExprCompiler.converter(srcTypes.get(i), fc.varType(v));
            }
            out.add(new Assign.Tuple(lvs, x().tuple(vals.get(0), vars.size()), conv));
        } else {
            for (int i = 0; i < vals.size(); i++) {
                Obj.Var v = vars.get(i);
                if (v == null || v.name.equals("_")) out.add(new Control.Eval(x().value(vals.get(i))));
                else out.add(new Assign.Single(fc.lvalue(v, s.pos()), x().valueAs(vals.get(i), fc.varType(v))));
            }
        }
        return new Control.Block(out.toArray(new StmtNode[0]));
    }

    /** Puts a fresh cell holding the zero value into a global slot. */
    static final class InitGlobal extends StmtNode {
        final int slot;
        final ZeroValue zero;

        InitGlobal(int slot, ZeroValue zero) {
            this.slot = slot;
            this.zero = zero;
        }

        @Override
        public int exec(Frame f) {
            Object[] g = f.g.run.globals;
            g[slot] = new gosub.runtime.Cell(zero.make());
            return NORMAL;
        }
    }

    // ---------------------------------------------------------------- statements

    StmtNode stmt(Stmt s, String label) {
        return switch (s) {
            case Stmt.Empty e -> null;
            case Stmt.ExprStmt e -> new Control.Eval(x().expr(e.x()));
            case Stmt.Send send -> {
                Type ct = x().typeOf(send.chan()).underlying();
                yield new ChanOps.Send(send.pos(), x().expr(send.chan()), x().valueAs(send.value(), ((Type.Chan) ct).elem));
            }
            case Stmt.IncDec id -> incDec(id);
            case Stmt.Assign a -> assign(a);
            case Stmt.Go g -> {
                String name = goName(g.call());
                yield new GoDefer.Go(g.pos(), fc.calls.callForGo(g.call()), name, fc.name);
            }
            case Stmt.Defer d -> new GoDefer.Defer(fc.calls.callForGo(d.call()));
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Branch b -> branch(b);
            case Stmt.Block b -> block(b.stmts());
            case Stmt.If i -> new Control.If(opt(i.init()), x().cond(i.cond()), nonNull(block(i.then().stmts())),
                    i.otherwise() == null ? null : stmt(i.otherwise(), null));
            case Stmt.For f -> forStmt(f, label);
            case Stmt.Range r -> new RangeCompiler(fc).range(r, label);
            case Stmt.Switch sw -> switchStmt(sw, label);
            case Stmt.TypeSwitch ts -> typeSwitch(ts, label);
            case Stmt.Select sel -> selectStmt(sel, label);
            case Stmt.Labeled l -> labeled(l);
            case Stmt.DeclStmt d -> decl(d.decl());
        };
    }

    private static StmtNode nonNull(StmtNode n) {
        return n == null ? new Control.Empty() : n;
    }

    private StmtNode opt(Stmt s) {
        return s == null ? null : stmt(s, null);
    }

    private String goName(Expr call) {
        Expr fun = call instanceof Expr.Call c ? c.fun() : call;
        while (fun instanceof Expr.Paren p) fun = p.x();
        if (fun instanceof Expr.FuncLit) {
            boolean inLiteral = fc.name.matches(".*\\.func\\d+(\\.\\d+)*");
            return fc.name + (inLiteral ? "." : ".func") + (fc.literals + 1);
        }
        if (fun instanceof Ident id && fc.program.info.objects.get(id) instanceof Obj.Func f) return f.fullName();
        if (fun instanceof Expr.Selector sel && fc.program.info.objects.get(sel.sel()) instanceof Obj.Func f) return f.fullName();
        if (fun instanceof Expr.Selector sel && fc.program.info.selections.get(sel) != null
                && fc.program.info.selections.get(sel).obj() instanceof Obj.Func m) return m.fullName();
        return fc.name + ".gowrap1";
    }

    private StmtNode labeled(Stmt.Labeled l) {
        String name = l.label().name();
        Stmt inner = l.stmt();
        if (inner instanceof Stmt.For || inner instanceof Stmt.Range || inner instanceof Stmt.Switch
                || inner instanceof Stmt.TypeSwitch || inner instanceof Stmt.Select) {
            return stmt(inner, name);
        }
        StmtNode body = stmt(inner, null);
        return new Control.Labeled(nonNull(body), name);
    }

    private StmtNode branch(Stmt.Branch b) {
        String label = b.label() == null ? null : b.label().name();
        return switch (b.tok()) {
            case "break" -> new Control.Branch(StmtNode.BREAK, label);
            case "continue" -> new Control.Branch(StmtNode.CONTINUE, label);
            case "fallthrough" -> new Control.Branch(StmtNode.FALLTHROUGH, null);
            default -> new Control.Branch(StmtNode.GOTO, label);
        };
    }

    private StmtNode incDec(Stmt.IncDec s) {
        Type t = x().typeOf(s.x());
        Expr target = s.x();
        while (target instanceof Expr.Paren p) target = p.x();
        if (TypeOps.isInteger(t) && target instanceof Ident id && var(id) != null) {
            Obj.Var v = var(id);
            if (!v.global && fc.isLocal(v) && v.prim == Prim.LONG) {
                return new Assign.IncLocal(v.slot, s.inc() ? 1 : -1, RuntimeTypes.intKind(t));
            }
        }
        Expr one = new Expr.BasicLit(s.pos(), Expr.LitKind.INT, "1");
        fc.program.info.types.put(one, new Operand(Operand.Mode.CONSTANT, t, java.math.BigInteger.ONE));
        return opAssign(s.x(), s.inc() ? "+" : "-", one);
    }

    private StmtNode opAssign(Expr lhs, String op, Expr rhs) {
        Expr target = StmtCompiler.unparen(lhs);
        if (target instanceof Ident id && var(id) != null && !var(id).global && fc.isLocal(var(id)) && var(id).prim != Prim.REF) {
            // A scalar local: read, combine and write the primitive slot directly.
            Obj.Var v = var(id);
            ExprNode r = x().value(rhs);
            ExprNode cur = new Locals.LoadPrim(lhs.pos(), v.slot, v.prim);
            return new Locals.SetPrim(v.slot, v.prim, x().binaryOp(lhs.pos(), op, x().typeOf(lhs), cur, r, x().typeOf(rhs)));
        }
        int kind = basicSliceElem(lhs);
        if (kind >= 0 && kind != gosub.runtime.Elems.BOOL) {
            // s[i] op= v on a slice of numbers: the old element goes through a scalar slot.
            Expr.Index ix = (Expr.Index) target;
            Type t = x().typeOf(lhs);
            int scratch = fc.nextPrim++;
            int prim = kind == gosub.runtime.Elems.DOUBLE ? Prim.DOUBLE : Prim.LONG;
            ExprNode cur = new Locals.LoadPrim(lhs.pos(), scratch, prim);
            ExprNode r = x().value(rhs);
            if (ExprCompiler.isShift(op)) r = x().shiftCount(rhs, r);
            ExprNode combined = x().binaryOp(lhs.pos(), op, t, cur, r, x().typeOf(rhs));
            return new SliceStores.OpStore(ix.pos(), x().expr(ix.x()), x().expr(ix.indices().get(0)), combined, kind, scratch, indexesArray(lhs));
        }
        LValue lv = x().lvalue(lhs);
        int scratch = fc.newSlot();
        Type t = x().typeOf(lhs);
        ExprNode cur = new Locals.Load(lhs.pos(), scratch);
        ExprNode r = x().value(rhs);
        if (ExprCompiler.isShift(op)) r = x().shiftCount(rhs, r);
        ExprNode combined = x().binaryOp(lhs.pos(), op, t, cur, r, x().typeOf(rhs));
        return new Assign.OpAssign(lv, combined, new Assign.Slot(scratch));
    }

    private StmtNode assign(Stmt.Assign a) {
        if (a.op().equals(":=")) return define(a);
        if (!a.op().equals("=")) return opAssign(a.lhs().get(0), a.op().substring(0, a.op().length() - 1), a.rhs().get(0));
        return assignValues(a.lhs(), a.rhs(), a.pos());
    }

    /** lhs = rhs for lists of targets (which may include _). */
    StmtNode assignValues(List<Expr> lhs, List<Expr> rhs, Pos pos) {
        if (rhs.size() == 1 && lhs.size() > 1) {
            LValue[] lvs = new LValue[lhs.size()];
            Assign.Converter[] conv = new Assign.Converter[lhs.size()];
            List<Type> srcTypes = x().tupleTypes(rhs.get(0), lhs.size());
            for (int i = 0; i < lvs.length; i++) {
                lvs[i] = isBlank(lhs.get(i)) ? null : x().lvalue(lhs.get(i));
                if (lvs[i] != null) conv[i] = ExprCompiler.converter(srcTypes.get(i), x().typeOf(lhs.get(i)));
            }
            return new Assign.Tuple(lvs, x().tuple(rhs.get(0), lhs.size()), conv);
        }
        if (lhs.size() == 1) {
            Expr l = lhs.get(0);
            if (isBlank(l)) return new Control.Eval(x().value(rhs.get(0)));
            if (unparen(l) instanceof Ident id && var(id) != null && !var(id).global && fc.isLocal(var(id)) && var(id).prim != Prim.REF) {
                return new Locals.SetPrim(var(id).slot, var(id).prim, x().value(rhs.get(0)));
            }
            int kind = basicSliceElem(l);
            if (kind >= 0) {
                Expr.Index ix = (Expr.Index) unparen(l);
                return new SliceStores.Store(ix.pos(), x().expr(ix.x()), x().expr(ix.indices().get(0)),
                        x().valueAs(rhs.get(0), x().typeOf(l)), kind, indexesArray(l));
            }
            return new Assign.Single(x().lvalue(l), x().valueAs(rhs.get(0), x().typeOf(l)));
        }
        LValue[] lvs = new LValue[lhs.size()];
        ExprNode[] vals = new ExprNode[lhs.size()];
        for (int i = 0; i < lvs.length; i++) {
            Expr l = lhs.get(i);
            lvs[i] = isBlank(l) ? null : x().lvalue(l);
            vals[i] = isBlank(l) ? x().value(rhs.get(i)) : x().valueAs(rhs.get(i), x().typeOf(l));
        }
        return new Assign.Multi(lvs, vals);
    }

    /** The store kind of e's elements when e is a[i] on a slice or array of basic type, else -1. */
    private int basicSliceElem(Expr e) {
        if (!(unparen(e) instanceof Expr.Index ix)) return -1;
        Type xt = x().typeOf(ix.x()).underlying();
        if (xt instanceof Type.Pointer p) xt = p.elem.underlying();
        Type elem = xt instanceof Type.Slice sl ? sl.elem : xt instanceof Type.Array a ? a.elem : null;
        if (elem == null) return -1;
        int kind = RuntimeTypes.storeKind(elem);
        return kind == gosub.runtime.Elems.OBJ ? -1 : kind;
    }

    /** Whether the indexed operand of e (an Index) is an array or pointer to one. */
    private boolean indexesArray(Expr e) {
        return !(x().typeOf(((Expr.Index) unparen(e)).x()).underlying() instanceof Type.Slice);
    }

    private static boolean isBlank(Expr e) {
        return e instanceof Ident id && id.name().equals("_");
    }

    /** := declares the new variables (fresh cells where captured) then assigns. */
    private StmtNode define(Stmt.Assign a) {
        List<Expr> lhs = a.lhs();
        List<StmtNode> out = new ArrayList<>();
        if (lhs.size() == 1 && a.rhs().size() == 1) {
            Ident id = (Ident) lhs.get(0);
            Obj.Var v = var(id);
            if (v == null || id.name().equals("_")) return new Control.Eval(x().value(a.rhs().get(0)));
            if (v.slot < 0 || fc.isLocal(v) && !isRedeclared(v, id)) {
                ExprNode init = x().valueAs(a.rhs().get(0), fc.varType(v));
                return fc.declareVar(v, init);
            }
        }
        // Several names: evaluate the right side into the targets; new names are declared first.
        List<Obj.Var> fresh = new ArrayList<>();
        for (Expr l : lhs) {
            Obj.Var v = var((Ident) l);
            if (v != null && !((Ident) l).name().equals("_") && isRedeclaredFresh(v, (Ident) l)) fresh.add(v);
        }
        StmtNode assign;
        // Values are compiled before the new variables get slots: they cannot refer to them.
        if (a.rhs().size() == 1 && lhs.size() > 1) {
            List<Type> srcTypes = x().tupleTypes(a.rhs().get(0), lhs.size());
            ExprNode tuple = x().tuple(a.rhs().get(0), lhs.size());
            for (Obj.Var v : fresh) out.add(declareZero(v));
            LValue[] lvs = new LValue[lhs.size()];
            Assign.Converter[] conv = new Assign.Converter[lhs.size()];
            for (int i = 0; i < lvs.length; i++) {
                Obj.Var v = var((Ident) lhs.get(i));
                lvs[i] = v == null || ((Ident) lhs.get(i)).name().equals("_") ? null : fc.lvalue(v, lhs.get(i).pos());
                if (lvs[i] != null) conv[i] = ExprCompiler.converter(srcTypes.get(i), fc.varType(v));
            }
            assign = new Assign.Tuple(lvs, tuple, conv);
        } else {
            ExprNode[] vals = new ExprNode[lhs.size()];
            for (int i = 0; i < vals.length; i++) {
                Obj.Var v = var((Ident) lhs.get(i));
                vals[i] = v == null || ((Ident) lhs.get(i)).name().equals("_") ? x().value(a.rhs().get(i)) : x().valueAs(a.rhs().get(i), fc.varType(v));
            }
            for (Obj.Var v : fresh) out.add(declareZero(v));
            LValue[] lvs = new LValue[lhs.size()];
            for (int i = 0; i < lvs.length; i++) {
                Obj.Var v = var((Ident) lhs.get(i));
                lvs[i] = v == null || ((Ident) lhs.get(i)).name().equals("_") ? null : fc.lvalue(v, lhs.get(i).pos());
            }
            assign = new Assign.Multi(lvs, vals);
        }
        out.add(assign);
        return new Control.Block(out.toArray(new StmtNode[0]));
    }

    /** The identifier declares v here (rather than reusing an existing variable). */
    private boolean isRedeclaredFresh(Obj.Var v, Ident id) {
        return v.pos.equals(id.pos());
    }

    private boolean isRedeclared(Obj.Var v, Ident id) {
        return !v.pos.equals(id.pos());
    }

    StmtNode declareZero(Obj.Var v) {
        return fc.declareVar(v, new gosub.exec.Composite.Zero(v.pos, RuntimeTypes.zero(fc.varType(v))));
    }

    private StmtNode decl(Decl d) {
        switch (d) {
            case Decl.Var vd -> {
                List<StmtNode> out = new ArrayList<>();
                for (Decl.ValueSpec s : vd.specs()) {
                    if (s.values().isEmpty()) {
                        for (Ident n : s.names()) {
                            Obj.Var v = var(n);
                            if (v != null && !n.name().equals("_")) out.add(declareZero(v));
                        }
                        continue;
                    }
                    if (s.names().size() == 1 && s.values().size() == 1) {
                        Obj.Var v = var(s.names().get(0));
                        if (v == null || s.names().get(0).name().equals("_")) {
                            out.add(new Control.Eval(x().value(s.values().get(0))));
                            continue;
                        }
                        ExprNode init = x().valueAs(s.values().get(0), fc.varType(v));
                        out.add(fc.declareVar(v, init));
                        continue;
                    }
                    out.add(define(new Stmt.Assign(s.pos(), s.names().stream().map(n -> (Expr) n).toList(), ":=", s.values())));
                }
                return new Control.Block(out.toArray(new StmtNode[0]));
            }
            default -> {
                return null;
            }
        }
    }

    private StmtNode returnStmt(Stmt.Return r) {
        FuncCode c = fc.code;
        List<Expr> vals = r.results();
        if (vals.isEmpty()) return new Control.Return(new ExprNode[0], c.resultSlots, c.resultCells, c.resultKinds, false);
        List<Type> rtypes = resultTypes();
        if (vals.size() == 1 && rtypes.size() > 1) {
            return new Control.Return(new ExprNode[] {x().tupleAs(vals.get(0), rtypes)}, c.resultSlots, c.resultCells, c.resultKinds, true);
        }
        ExprNode[] ns = new ExprNode[vals.size()];
        for (int i = 0; i < ns.length; i++) ns[i] = x().valueAs(vals.get(i), rtypes.get(i));
        return new Control.Return(ns, c.resultSlots, c.resultCells, c.resultKinds, false);
    }

    private List<Type> resultTypes() {
        Type.Signature sig = fc.node instanceof Decl.Func d ? fc.program.info.funcs.get(d).sig()
                : fc.program.info.funcLits.get((Expr.FuncLit) fc.node);
        return sig.results.stream().map(v -> fc.subst(v.type)).toList();
    }

    private StmtNode forStmt(Stmt.For f, String label) {
        StmtNode init = opt(f.init());
        ExprNode cond = f.cond() == null ? null : x().cond(f.cond());
        StmtNode post = opt(f.post());
        StmtNode body = nonNull(block(f.body().stmts()));
        // Go 1.22: variables declared by the init statement are per iteration.
        StmtNode renew = null;
        if (f.init() instanceof Stmt.Assign a && a.op().equals(":=")) {
            List<Integer> cells = new ArrayList<>();
            for (Expr l : a.lhs()) {
                Obj.Var v = l instanceof Ident id ? var(id) : null;
                if (v != null && FuncCompiler.inCell(v) && fc.isLocal(v)) cells.add(v.slot);
            }
            if (!cells.isEmpty()) renew = new Locals.Renew(cells.stream().mapToInt(Integer::intValue).toArray());
        }
        return new Control.For(init, cond, post, body, label, renew);
    }

    private StmtNode switchStmt(Stmt.Switch sw, String label) {
        List<StmtNode> pre = new ArrayList<>();
        StmtNode init = opt(sw.init());
        ExprNode tagLoad = null;
        Type tagType = null;
        if (sw.tag() != null) {
            tagType = x().typeOf(sw.tag());
            int slot = fc.newSlot();
            pre.add(new Locals.Declare(slot, false, x().value(sw.tag())));
            tagLoad = new Locals.Load(sw.tag().pos(), slot);
        }
        int n = sw.clauses().size();
        ExprNode[][] conds = new ExprNode[n][];
        StmtNode[] bodies = new StmtNode[n];
        int def = -1;
        for (int i = 0; i < n; i++) {
            Stmt.CaseClause cc = sw.clauses().get(i);
            if (cc.list() == null) {
                def = i;
            } else {
                conds[i] = new ExprNode[cc.list().size()];
                for (int k = 0; k < conds[i].length; k++) {
                    Expr e = cc.list().get(k);
                    conds[i][k] = tagLoad == null ? x().cond(e) : x().equality(e.pos(), tagLoad, tagType, e);
                }
            }
            bodies[i] = nonNull(block(cc.body()));
        }
        if (init != null) pre.add(0, init);
        StmtNode s = new Control.Switch(null, conds, bodies, def, label);
        if (pre.isEmpty()) return s;
        pre.add(s);
        return new Control.Block(pre.toArray(new StmtNode[0]));
    }

    private StmtNode typeSwitch(Stmt.TypeSwitch ts, String label) {
        StmtNode init = opt(ts.init());
        ExprNode xv = x().value(ts.x());
        int n = ts.clauses().size();
        Type[][] cases = new Type[n][];
        int[] slots = new int[n];
        boolean[] cells = new boolean[n];
        StmtNode[] bodies = new StmtNode[n];
        int def = -1;
        for (int i = 0; i < n; i++) {
            Stmt.CaseClause cc = ts.clauses().get(i);
            if (cc.list() == null) {
                def = i;
            } else {
                cases[i] = new Type[cc.list().size()];
                for (int k = 0; k < cases[i].length; k++) {
                    Operand o = fc.program.info.typeOf(cc.list().get(k));
                    cases[i][k] = o != null && o.type == gosub.types.Universe.UNTYPED_NIL ? null : x().typeOf(cc.list().get(k));
                }
            }
            Obj.Var v = fc.program.info.caseVars.get(cc);
            if (v != null) {
                slots[i] = fc.declare(v, false);
                cells[i] = FuncCompiler.inCell(v);
            } else {
                slots[i] = -1;
            }
            bodies[i] = nonNull(block(cc.body()));
        }
        return new TypeSwitch(init, xv, cases, def, slots, cells, bodies, label);
    }

    private StmtNode selectStmt(Stmt.Select sel, String label) {
        List<Stmt.CommClause> cases = new ArrayList<>();
        StmtNode defaultBody = null;
        for (Stmt.CommClause cc : sel.clauses()) {
            if (cc.comm() == null) defaultBody = nonNull(block(cc.body()));
            else cases.add(cc);
        }
        int n = cases.size();
        ExprNode[] chans = new ExprNode[n];
        ExprNode[] values = new ExprNode[n];
        boolean[] isSend = new boolean[n];
        LValue[] recvValue = new LValue[n];
        LValue[] recvOk = new LValue[n];
        StmtNode[] bodies = new StmtNode[n];
        for (int i = 0; i < n; i++) {
            Stmt.CommClause cc = cases.get(i);
            List<StmtNode> prefix = new ArrayList<>();
            switch (cc.comm()) {
                case Stmt.Send s -> {
                    isSend[i] = true;
                    chans[i] = x().expr(s.chan());
                    values[i] = x().valueAs(s.value(), ((Type.Chan) x().typeOf(s.chan()).underlying()).elem);
                }
                case Stmt.ExprStmt e -> chans[i] = x().expr(((Expr.Unary) unparen(e.x())).x());
                case Stmt.Assign a -> {
                    Expr.Unary recv = (Expr.Unary) unparen(a.rhs().get(0));
                    chans[i] = x().expr(recv.x());
                    int vs = fc.newSlot(), oks = fc.newSlot();
                    recvValue[i] = new Locals.Var(vs);
                    recvOk[i] = new Locals.Var(oks);
                    List<Expr> targets = a.lhs();
                    for (int k = 0; k < targets.size(); k++) {
                        Expr t = targets.get(k);
                        if (isBlank(t)) continue;
                        ExprNode src = new Locals.Load(t.pos(), k == 0 ? vs : oks);
                        if (a.op().equals(":=")) {
                            prefix.add(fc.declareVar(var((Ident) t), src));
                        } else {
                            prefix.add(new Assign.Single(x().lvalue(t), src));
                        }
                    }
                }
                default -> throw new IllegalStateException();
            }
            StmtNode body = block(cc.body());
            if (body != null) prefix.add(body);
            bodies[i] = new Control.Block(prefix.toArray(new StmtNode[0]));
        }
        return new ChanOps.Select(sel.pos(), chans, values, isSend, recvValue, recvOk, bodies, defaultBody, label);
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }
}
