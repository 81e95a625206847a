package gosub.types;

import gosub.syntax.Expr;
import gosub.syntax.Expr.Ident;
import gosub.syntax.ExprPrinter;
import gosub.syntax.Stmt;

/** Checks for-range statements over every rangeable type (spec: For statements with range). */
final class RangeChecker {
    private final Checker c;

    RangeChecker(Checker c) {
        this.c = c;
    }

    void range(Stmt.Range r) {
        StmtChecker st = c.stmts;
        st.openScope();
        Operand xo = c.exprs.single(r.x());
        Type kt = null, vt = null;
        boolean ok = !xo.invalid();
        if (ok) {
            if (TypeOps.isUntyped(xo.type)) c.exprs.defaultType(xo, r.x());
            Type u = xo.type.underlying();
            if (u instanceof Type.Pointer p && p.elem.underlying() instanceof Type.Array a) u = a;
            switch (u) {
                case Type.Basic b when b.isString() -> {
                    kt = Universe.INT;
                    vt = Universe.RUNE;
                }
                case Type.Basic b when b.isInteger() -> kt = xo.type;
                case Type.Array a -> {
                    kt = Universe.INT;
                    vt = a.elem;
                }
                case Type.Slice s -> {
                    kt = Universe.INT;
                    vt = s.elem;
                }
                case Type.MapT m -> {
                    kt = m.key;
                    vt = m.value;
                }
                case Type.Chan ch -> {
                    kt = ch.elem;
                    if (ch.dir == Type.Dir.SEND) {
                        c.error(ExprPrinter.start(r.x()), "cannot range over " + c.exprs.operandString(xo, r.x()) + ": receive from send-only channel");
                        ok = false;
                    }
                }
                case Type.Signature sig when isIterator(sig) -> {
                    Type.Signature yield = (Type.Signature) sig.params.get(0).type.underlying();
                    kt = yield.params.isEmpty() ? null : yield.params.get(0).type;
                    vt = yield.params.size() < 2 ? null : yield.params.get(1).type;
                }
                default -> {
                    c.error(r.x().pos(), "cannot range over " + c.exprs.operandString(xo, r.x()));
                    ok = false;
                }
            }
        }
        if (ok && r.value() != null && vt == null) {
            c.error(r.value().pos(), "range over " + c.exprs.operandString(xo, r.x()) + " permits only one iteration variable");
        }
        if (ok && r.key() != null && kt == null) {
            c.error(r.key().pos(), "range over " + c.exprs.operandString(xo, r.x()) + " permits no iteration variables");
        }
        if (r.define()) {
            if (r.key() != null) declare(r.key(), kt);
            if (r.value() != null) declare(r.value(), vt);
        } else {
            if (r.key() != null) assignTo(r.key(), kt);
            if (r.value() != null) assignTo(r.value(), vt);
        }
        st.block(r.body());
        st.closeScope();
    }

    private static boolean isIterator(Type.Signature sig) {
        return sig.params.size() == 1 && sig.results.isEmpty() && sig.params.get(0).type.underlying() instanceof Type.Signature y
                && y.results.size() == 1 && TypeOps.isBoolean(y.results.get(0).type) && y.params.size() <= 2;
    }

    private void declare(Expr e, Type t) {
        if (!(e instanceof Ident id)) {
            c.error(e.pos(), "non-name " + ExprPrinter.print(e) + " on left side of :=");
            return;
        }
        c.stmts.declareRangeVar(id, t == null ? Universe.INVALID : t);
    }

    private void assignTo(Expr e, Type t) {
        Operand l = c.stmts.lhsOperand(e);
        if (l.invalid() || l.type == null || t == null) return;
        if (!TypeOps.assignable(t, l.type)) {
            c.error(e.pos(), "cannot use " + ExprPrinter.print(e) + " (value of type " + c.exprs.typeStr(t) + ") as " + c.exprs.typeStr(l.type) + " value in range");
        }
    }
}
