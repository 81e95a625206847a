package gosub.compile;

import gosub.exec.*;
import gosub.syntax.Expr;
import gosub.syntax.Expr.CompositeLit;
import gosub.syntax.Expr.KeyedElement;
import gosub.types.*;
import java.util.ArrayList;
import java.util.List;

/** Compiles composite literals (elided inner types included). */
final class LiteralCompiler {
    private final FuncCompiler fc;

    LiteralCompiler(FuncCompiler fc) {
        this.fc = fc;
    }

    ExprNode literal(CompositeLit cl, Type t) {
        Type base = t;
        boolean pointer = false;
        if (cl.type() == null && t.underlying() instanceof Type.Pointer p) {
            base = p.elem;
            pointer = true;
        }
        ExprNode n = switch (base.underlying()) {
            case Type.Struct st -> struct(cl, st);
            case Type.Array a -> list(cl, a.elem, (int) a.len, false);
            case Type.Slice s -> list(cl, s.elem, -1, true);
            case Type.MapT m -> map(cl, m);
            default -> throw new IllegalStateException("literal of " + t);
        };
        return pointer ? new Composite.NewCell(cl.pos(), n) : n;
    }

    private ExprNode element(Expr e, Type t) {
        if (e instanceof CompositeLit inner && inner.type() == null) return literal(inner, t);
        return fc.exprs.valueAs(e, t);
    }

    private ExprNode struct(CompositeLit cl, Type.Struct st) {
        ZeroValue[] zeros = new ZeroValue[st.fields.size()];
        for (int i = 0; i < zeros.length; i++) zeros[i] = RuntimeTypes.zero(st.fields.get(i).type);
        List<KeyedElement> es = cl.elements();
        int[] idx = new int[es.size()];
        ExprNode[] vals = new ExprNode[es.size()];
        for (int i = 0; i < es.size(); i++) {
            KeyedElement e = es.get(i);
            int f = e.key() == null ? i : st.indexOf(((Expr.Ident) e.key()).name());
            idx[i] = f;
            vals[i] = element(e.value(), st.fields.get(f).type);
        }
        return new Composite.StructLit(cl.pos(), zeros, idx, vals);
    }

    private ExprNode list(CompositeLit cl, Type elem, int len, boolean slice) {
        List<KeyedElement> es = cl.elements();
        int[] idx = new int[es.size()];
        ExprNode[] vals = new ExprNode[es.size()];
        int i = 0, max = 0;
        for (int k = 0; k < es.size(); k++) {
            KeyedElement e = es.get(k);
            if (e.key() != null) {
                Operand ko = fc.program.info.typeOf(e.key());
                i = Constant.toInt(ko.value).intValue();
            }
            idx[k] = i;
            vals[k] = element(e.value(), elem);
            i++;
            max = Math.max(max, i);
        }
        int length = slice ? max : len;
        return new Composite.ListLit(cl.pos(), length, idx, vals, RuntimeTypes.zero(elem), slice, RuntimeTypes.storeKind(elem));
    }

    private ExprNode map(CompositeLit cl, Type.MapT m) {
        List<ExprNode> ks = new ArrayList<>(), vs = new ArrayList<>();
        for (KeyedElement e : cl.elements()) {
            ks.add(element(e.key(), m.key));
            vs.add(element(e.value(), m.value));
        }
        return new Composite.MapLit(cl.pos(), ks.toArray(new ExprNode[0]), vs.toArray(new ExprNode[0]));
    }
}
