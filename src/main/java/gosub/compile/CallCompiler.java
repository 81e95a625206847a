package gosub.compile;

import gosub.exec.*;
import gosub.syntax.Expr;
import gosub.syntax.Expr.Call;
import gosub.syntax.Pos;
import gosub.types.*;
import java.util.ArrayList;
import java.util.List;

/** Compiles calls: functions, methods, interface methods, conversions and builtins. */
final class CallCompiler {
    private final FuncCompiler fc;
    private final Info info;

    CallCompiler(FuncCompiler fc) {
        this.fc = fc;
        this.info = fc.program.info;
    }

    private ExprCompiler x() {
        return fc.exprs;
    }

    /** The call of a go or defer statement (its function and arguments are evaluated there). */
    ExprNode callForGo(Expr e) {
        return x().expr(StmtCompiler.unparen(e));
    }

    /** Notes whether the call goes from the program into the library, or is made by it. */
    private Calls.Static crossing(Calls.Static call, Obj.Func callee) {
        boolean inProgram = fc.code.name.startsWith("main.");
        return call.crossing(inProgram && !"main".equals(callee.pkg), !inProgram);
    }

    ExprNode call(Call c) {
        Operand f = info.typeOf(c.fun());
        if (f.mode == Operand.Mode.TYPE) return conversion(c, fc.subst(f.type));
        if (f.mode == Operand.Mode.BUILTIN) return new BuiltinCompiler(fc).builtin(c, (String) f.value);
        Type.Signature sig = signature(c);
        Expr fun = StmtCompiler.unparen(c.fun());
        boolean[] spread = new boolean[1];
        ExprNode[] args = arguments(c, sig, spread);
        // A declared function called by name: no function value needed.
        Expr named = fun instanceof Expr.Index ix && info.instances.containsKey(ix) ? StmtCompiler.unparen(ix.x()) : fun;
        if (named instanceof Expr.Ident id && info.objects.get(id) instanceof Obj.Func fn) {
            return crossing(new Calls.Static(c.pos(), x().funcCode(fn, fun), args, spread[0]), fn);
        }
        if (named instanceof Expr.Selector s && info.objects.get(s.sel()) instanceof Obj.Func fn && s.x() instanceof Expr.Ident pid
                && info.objects.get(pid) instanceof Obj.PkgName) {
            return crossing(new Calls.Static(c.pos(), x().funcCode(fn, fun), args, spread[0]), fn);
        }
        if (fun instanceof Expr.Selector s) {
            Lookup.Selection sel = info.selections.get(s);
            Operand xo = info.typeOf(s.x());
            if (sel != null && !sel.isField() && xo.mode != Operand.Mode.TYPE) {
                Obj.Func m = sel.method();
                Type xt = x().typeOf(s.x());
                if (TypeOps.isInterface(xt) || isInterfaceMethodViaEmbedding(xt, sel)) {
                    ExprNode recv = TypeOps.isInterface(xt) ? x().value(s.x()) : x().fieldPath(x().expr(s.x()), sel.path(), s.pos());
                    return new Calls.Iface(c.pos(), recv, m.name, args, spread[0], fc.program.methods);
                }
                ExprNode recv = x().receiver(s.x(), sel, m);
                ExprNode[] all = prepend(recv, args, spread[0]);
                return crossing(new Calls.Static(c.pos(), fc.program.methodCode(m, CallCompilerHelp.holder(xt, sel)), all, spread[0]), m);
            }
        }
        return new Calls.Value(c.pos(), x().expr(c.fun()), args, spread[0]);
    }

    /** The called function's signature, instantiated and with type parameters substituted. */
    private Type.Signature signature(Call c) {
        Type t = fc.subst(info.typeOf(c.fun()).type);
        Type.Signature sig = (Type.Signature) t.underlying();
        List<Type> targs = info.instances.get(c.fun());
        if (!sig.typeParams.isEmpty() && targs != null) {
            sig = gosub.types.Subst.signature(sig, gosub.types.Subst.map(sig.typeParams, targs));
            sig = (Type.Signature) fc.subst(sig);
        }
        return sig;
    }

    /** A method promoted from an embedded interface field. */
    private boolean isInterfaceMethodViaEmbedding(Type xt, Lookup.Selection sel) {
        if (sel.path().isEmpty()) return false;
        Type t = xt;
        for (int idx : sel.path()) t = ExprCompiler.fieldType(t, idx);
        return TypeOps.isInterface(t);
    }

    private ExprNode[] prepend(ExprNode recv, ExprNode[] args, boolean spread) {
        if (spread) return new ExprNode[] {new PrependSpread(recv.pos, recv, args[0])};
        ExprNode[] all = new ExprNode[args.length + 1];
        all[0] = recv;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    /** recv followed by the spread results of a multi-value call. */
    static final class PrependSpread extends ExprNode {
        final ExprNode recv, tuple;

        PrependSpread(Pos pos, ExprNode recv, ExprNode tuple) {
            super(pos);
            this.recv = recv;
            this.tuple = tuple;
        }

        @Override
        public Object eval(Frame f) {
            Object r = recv.eval(f);
            Object[] t = (Object[]) tuple.eval(f);
            Object[] all = new Object[t.length + 1];
            all[0] = r;
            System.arraycopy(t, 0, all, 1, t.length);
            return all;
        }
    }

    /** Arguments converted to parameter types; variadic extras packed into a slice. */
    ExprNode[] arguments(Call c, Type.Signature sig, boolean[] spread) {
        List<Expr> args = c.args();
        int np = sig.params.size();
        if (args.size() == 1 && fc.subst(info.typeOf(args.get(0)).type) instanceof Type.Tuple tu && !c.ellipsis()) {
            // f(g()): spread g's results, boxing and packing as needed.
            List<Type> targets = new ArrayList<>();
            for (int i = 0; i < tu.types.size(); i++) targets.add(paramType(sig, i));
            ExprNode t = x().tupleAs(args.get(0), targets);
            if (sig.variadic) t = new PackVariadic(c.pos(), t, np - 1, RuntimeTypes.storeKind(((Type.Slice) sig.paramType(np - 1)).elem));
            spread[0] = true;
            return new ExprNode[] {t};
        }
        List<ExprNode> out = new ArrayList<>();
        int fixed = sig.variadic ? np - 1 : np;
        for (int i = 0; i < fixed && i < args.size(); i++) out.add(x().valueAs(args.get(i), sig.paramType(i)));
        if (sig.variadic) {
            if (c.ellipsis()) {
                out.add(x().value(args.get(args.size() - 1)));
            } else {
                Type elem = ((Type.Slice) sig.paramType(np - 1)).elem;
                List<ExprNode> extra = new ArrayList<>();
                for (int i = fixed; i < args.size(); i++) extra.add(x().valueAs(args.get(i), elem));
                if (extra.isEmpty()) {
                    out.add(new Const(c.pos(), null));
                } else {
                    int[] idx = new int[extra.size()];
                    for (int i = 0; i < idx.length; i++) idx[i] = i;
                    out.add(new Composite.ListLit(c.pos(), idx.length, idx, extra.toArray(new ExprNode[0]), RuntimeTypes.zero(elem), true,
                            RuntimeTypes.storeKind(elem)));
                }
            }
        }
        return out.toArray(new ExprNode[0]);
    }

    private static Type paramType(Type.Signature sig, int i) {
        int n = sig.params.size();
        if (sig.variadic && i >= n - 1) return ((Type.Slice) sig.paramType(n - 1)).elem;
        return sig.paramType(i);
    }

    /** Packs the results from index `from` on into a slice (variadic f(g())). */
    static final class PackVariadic extends ExprNode {
        final ExprNode tuple;
        final int from;
        final int kind;

        PackVariadic(Pos pos, ExprNode tuple, int from, int kind) {
            super(pos);
            this.tuple = tuple;
            this.from = from;
            this.kind = kind;
        }

        @Override
        public Object eval(Frame f) {
            Object[] t = (Object[]) tuple.eval(f);
            Object[] out = new Object[from + 1];
            System.arraycopy(t, 0, out, 0, from);
            Object[] extra = java.util.Arrays.copyOfRange(t, from, t.length);
            out[from] = extra.length == 0 ? null : gosub.runtime.Slice.of(gosub.runtime.Elems.of(kind, extra));
            return out;
        }
    }

    // ---------------------------------------------------------------- conversions

    ExprNode conversion(Call c, Type to) {
        Expr a = c.args().get(0);
        Operand ao = info.typeOf(a);
        if (ao.type == Universe.UNTYPED_NIL) return new Const(c.pos(), null);
        Type from = x().typeOf(a);
        ExprNode v = x().value(a);
        Pos pos = c.pos();
        if (TypeOps.isInterface(to)) return ExprCompiler.convertImplicit(v, from, to, pos);
        Type fu = from.underlying(), tu = to.underlying();
        Type.Basic fb = TypeOps.basic(from), tb = TypeOps.basic(to);
        if (fb != null && tb != null && !(fu instanceof Type.Interface)) {
            if (tb.isString()) {
                if (fb.isInteger()) return new Convert.RuneToString(pos, v, fb.isUnsigned() && fb.bits() == 64);
                return v;
            }
            if (tb.isInteger()) {
                if (fb.isInteger()) return new Convert.IntToInt(pos, v, RuntimeTypes.intKind(to));
                if (fb.isFloat()) return new Convert.FloatToInt(pos, v, RuntimeTypes.intKind(to));
            }
            if (tb.isFloat()) {
                if (fb.isInteger()) return new Convert.IntToFloat(pos, v, fb.isUnsigned() && fb.bits() == 64, tb.kind == Type.Kind.FLOAT32);
                if (fb.isFloat()) return new Convert.FloatToFloat(pos, v, tb.kind == Type.Kind.FLOAT32);
            }
            if (tb.isComplex() && fb.isComplex()) return new Convert.ComplexToComplex(pos, v, tb.kind == Type.Kind.COMPLEX64);
            return v;
        }
        if (tb != null && tb.isString() && fu instanceof Type.Slice s) {
            Type.Basic eb = TypeOps.basic(s.elem);
            return eb.kind == Type.Kind.UINT8 ? new Convert.BytesToString(pos, v) : new Convert.RunesToString(pos, v);
        }
        if (fb != null && fb.isString() && tu instanceof Type.Slice s) {
            Type.Basic eb = TypeOps.basic(s.elem);
            return eb.kind == Type.Kind.UINT8 ? new Convert.StringToBytes(pos, v) : new Convert.StringToRunes(pos, v);
        }
        if (fu instanceof Type.Slice && tu instanceof Type.Array arr) {
            return new Convert.SliceToArray(pos, v, (int) arr.len, false, RuntimeTypes.storeKind(arr.elem));
        }
        if (fu instanceof Type.Slice && tu instanceof Type.Pointer p) {
            Type.Array arr = (Type.Array) p.elem.underlying();
            return new Convert.SliceToArray(pos, v, (int) arr.len, true, RuntimeTypes.storeKind(arr.elem));
        }
        return v;
    }
}
