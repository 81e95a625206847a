package gosub.compile;

import gosub.exec.*;
import gosub.syntax.Expr;
import gosub.syntax.Stmt;
import gosub.types.Obj;
import gosub.types.Type;
import gosub.types.TypeOps;
import java.util.ArrayList;
import java.util.List;

/** Compiles for-range loops; := variables are fresh in every iteration (Go 1.22). */
final class RangeCompiler {
    private final FuncCompiler fc;

    RangeCompiler(FuncCompiler fc) {
        this.fc = fc;
    }

    StmtNode range(Stmt.Range r, String label) {
        Type xt = fc.exprs.typeOf(r.x());
        Type u = xt.underlying();
        ExprNode x = fc.exprs.expr(r.x());
        List<StmtNode> fresh = new ArrayList<>();
        LValue key = target(r.key(), r.define(), fresh);
        LValue value = target(r.value(), r.define(), fresh);
        StmtNode freshNode = fresh.isEmpty() ? null : new Control.Block(fresh.toArray(new StmtNode[0]));
        StmtNode body = fc.stmts.block(r.body().stmts());
        if (body == null) body = new Control.Empty();
        if (value != null && r.value() != null) {
            // Values that land in interface-typed variables need boxing.
            Type vt = TypeOps.isString(u) ? gosub.types.Universe.INT32 : u instanceof Type.MapT m ? m.value
                    : u instanceof Type.Slice s ? s.elem : u instanceof Type.Array a ? a.elem
                    : u instanceof Type.Pointer p ? ((Type.Array) p.elem.underlying()).elem : null;
            value = boxing(value, vt, targetType(r.value(), r.define()));
        }
        if (key != null && u instanceof Type.MapT m) key = boxing(key, m.key, targetType(r.key(), r.define()));
        if (u instanceof Type.Basic b && b.isInteger()) return new Range.Int(r.pos(), x, key, body, label, freshNode);
        if (TypeOps.isString(u)) return new Range.Str(r.pos(), x, key, value, body, label, freshNode);
        if (u instanceof Type.MapT) return new Range.Map_(r.pos(), x, key, value, body, label, freshNode);
        if (u instanceof Type.Chan) return new Range.Chan_(r.pos(), x, key, body, label, freshNode);
        if (u instanceof Type.Signature) {
            return new Range.Func_(r.pos(), x, key, value, body, label, freshNode, fc.name + "-range" + (++fc.ranges));
        }
        if (u instanceof Type.Slice sl) return sliceLoop(r.pos(), x, key, value, body, label, freshNode, sl);
        boolean copyArray = u instanceof Type.Array;
        return new Range.List_(r.pos(), x, key, value, body, label, freshNode, copyArray);
    }

    /**
     * for k, v := range s as the three-clause loop it is, over hidden locals holding the slice
     * header (read once), its length and the index; so it runs, and turns into bytecode when
     * hot, like any for loop. Each trip declares fresh variables, then assigns k and v.
     */
    private StmtNode sliceLoop(gosub.syntax.Pos pos, ExprNode x, LValue key, LValue value, StmtNode body, String label,
            StmtNode fresh, Type.Slice sl) {
        int hs = fc.newSlot(), hn = fc.nextPrim++, hi = fc.nextPrim++;
        ExprNode s = new Locals.Load(pos, hs), i = new Locals.LoadPrim(pos, hi, Prim.LONG);
        StmtNode init = new Control.Block(new StmtNode[] {
            new Locals.Declare(hs, false, x),
            new Locals.SetPrim(hn, Prim.LONG, new Builtins.Len(pos, s)),
            new Locals.SetPrim(hi, Prim.LONG, new Const(pos, 0L))});
        ExprNode cond = new Compare.Long(pos, "<", i, new Locals.LoadPrim(pos, hn, Prim.LONG), false);
        List<StmtNode> trip = new ArrayList<>();
        if (fresh != null) trip.add(fresh);
        if (key != null) trip.add(Locals.assign(key, i));
        if (value != null) {
            ExprNode v = new Access.SliceIndex(pos, s, i, RuntimeTypes.storeKind(sl.elem));
            if (RuntimeTypes.isValueAggregate(sl.elem)) v = new Access.Copy(pos, v);
            trip.add(Locals.assign(value, v));
        }
        trip.add(body);
        StmtNode each = new Control.Block(trip.toArray(new StmtNode[0]));
        return new Control.For(init, cond, new Assign.IncLocal(hi, 1, IntKind.I64), each, label, null);
    }

    private Type targetType(Expr e, boolean define) {
        if (define) return fc.varType((Obj.Var) fc.program.info.objects.get((Expr.Ident) e));
        return fc.exprs.typeOf(e);
    }

    private LValue target(Expr e, boolean define, List<StmtNode> fresh) {
        if (e == null || e instanceof Expr.Ident id && id.name().equals("_")) return null;
        if (!define) return fc.exprs.lvalue(e);
        Obj.Var v = (Obj.Var) fc.program.info.objects.get((Expr.Ident) e);
        if (FuncCompiler.inCell(v)) {
            fresh.add(fc.stmts.declareZero(v));
        } else {
            fc.declare(v);
        }
        return fc.lvalue(v, e.pos());
    }

    private static LValue boxing(LValue lv, Type from, Type to) {
        if (from == null || !TypeOps.isInterface(to) || TypeOps.isInterface(from)) return lv;
        return new LValue() {
            @Override
            public Object prepare(Frame f) {
                return lv.prepare(f);
            }

            @Override
            public Object load(Frame f, Object h) {
                return lv.load(f, h);
            }

            @Override
            public void store(Frame f, Object h, Object v) {
                lv.store(f, h, new gosub.runtime.Iface(from, v));
            }
        };
    }
}
