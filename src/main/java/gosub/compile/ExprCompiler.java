package gosub.compile;

import gosub.exec.*;
import gosub.runtime.Iface;
import gosub.syntax.Expr;
import gosub.syntax.Expr.*;
import gosub.syntax.ExprPrinter;
import gosub.syntax.Pos;
import gosub.types.*;
import java.util.ArrayList;
import java.util.List;

/** Compiles expressions to nodes specialised by their static types. */
final class ExprCompiler {
    private final FuncCompiler fc;
    private final Info info;

    ExprCompiler(FuncCompiler fc) {
        this.fc = fc;
        this.info = fc.program.info;
    }

    Operand op(Expr e) {
        Operand o = info.typeOf(e);
        if (o == null) throw new IllegalStateException("unchecked expression " + ExprPrinter.print(e) + " at " + e.pos());
        return o;
    }

    Type typeOf(Expr e) {
        Type t = fc.subst(op(e).type);
        return TypeOps.isUntyped(t) && t != Universe.UNTYPED_NIL ? TypeOps.defaultType(t) : t;
    }

    /** The type arguments a generic function reference was instantiated with (or none). */
    List<Type> instanceArgs(Expr e) {
        List<Type> args = info.instances.get(e);
        if (args == null && e instanceof Index ix) args = info.instances.get(ix.x());
        if (args == null) return List.of();
        List<Type> out = new ArrayList<>();
        for (Type t : args) out.add(fc.subst(t));
        return out;
    }

    /** A reference to function f written as e (an identifier, pkg.F, or F[T] / inferred). */
    FuncCode funcCode(Obj.Func f, Expr e) {
        return fc.program.codeOf(f, instanceArgs(e));
    }

    // ---------------------------------------------------------------- value forms

    /** The expression's value as stored: structs and arrays read from variables are copied. */
    ExprNode value(Expr e) {
        ExprNode n = expr(e);
        if (RuntimeTypes.isValueAggregate(typeOf(e)) && isLocation(e)) return new Access.Copy(e.pos(), n);
        return n;
    }

    private boolean isLocation(Expr e) {
        Expr u = StmtCompiler.unparen(e);
        return u instanceof Ident || u instanceof Selector || u instanceof Index || u instanceof Star;
    }

    /** The value converted for a destination of type target (boxing into interfaces). */
    ExprNode valueAs(Expr e, Type target) {
        Operand o = op(e);
        if (o.type == Universe.UNTYPED_NIL) return new Const(e.pos(), null);
        ExprNode n = value(e);
        return convertImplicit(n, typeOf(e), target, e.pos());
    }

    static ExprNode convertImplicit(ExprNode n, Type from, Type to, Pos pos) {
        if (to == null || !TypeOps.isInterface(to) || TypeOps.isInterface(from)) return n;
        return new Ifaces.Box(pos, n, from);
    }

    static Assign.Converter converter(Type from, Type to) {
        if (to == null || !TypeOps.isInterface(to) || TypeOps.isInterface(from)) return null;
        return v -> new Iface(from, v);
    }

    ExprNode cond(Expr e) {
        return expr(e);
    }

    // ---------------------------------------------------------------- expressions

    ExprNode expr(Expr e) {
        Operand o = op(e);
        if (o.mode == Operand.Mode.CONSTANT) return new Const(e.pos(), RuntimeTypes.constant(o.value, typeOf(e)));
        return switch (e) {
            case Ident id -> ident(id);
            case Index ix when info.instances.containsKey(ix) -> new Const(ix.pos(), new FuncValue(funcCode(genericFunc(ix.x()), ix), (Object[]) null));
            case Paren p -> expr(p.x());
            case Selector s -> selector(s);
            case Index ix -> index(ix, false);
            case Expr.Slice s -> slice(s);
            case TypeAssert ta -> new Ifaces.Assert(ta.pos(), value(ta.x()), typeOf(ta.x()), typeOf(ta), false, RuntimeTypes.zero(typeOf(ta)));
            case Call c -> fc.calls.call(c);
            case Star s -> new Access.Deref(s.pos(), expr(s.x()));
            case Unary u -> unary(u);
            case Binary b -> binary(b);
            case CompositeLit cl -> new LiteralCompiler(fc).literal(cl, typeOf(cl));
            case FuncLit f -> closure(f);
            default -> throw new IllegalStateException("cannot compile " + e);
        };
    }

    /** The generic function an instantiation F[T] or pkg.F[T] refers to. */
    Obj.Func genericFunc(Expr e) {
        Expr u = StmtCompiler.unparen(e);
        if (u instanceof Selector s) return (Obj.Func) info.objects.get(s.sel());
        return (Obj.Func) info.objects.get((Ident) u);
    }

    private ExprNode ident(Ident id) {
        Obj o = info.objects.get(id);
        return switch (o) {
            case Obj.Var v -> fc.load(v, id.pos());
            case Obj.Func f -> new Const(id.pos(), new FuncValue(funcCode(f, id), (Object[]) null));
            case Obj.Nil n -> new Const(id.pos(), null);
            case null -> throw new IllegalStateException("unresolved " + id.name() + " at " + id.pos());
            default -> throw new IllegalStateException("not a value: " + id.name());
        };
    }

    ExprNode closure(FuncLit f) {
        FuncCode code = fc.program.funcLit(fc, f, fc.nextLiteralName());
        FuncCompiler inner = fc.program.lastLiteral;
        ExprNode[] cells = new ExprNode[inner.captures.size()];
        for (int i = 0; i < cells.length; i++) cells[i] = fc.cellRef(inner.captures.get(i), f.pos());
        return new Calls.MakeClosure(f.pos(), code, cells);
    }

    private ExprNode selector(Selector s) {
        Obj qualified = info.objects.get(s.sel());
        if (qualified != null && s.x() instanceof Ident pid && info.objects.get(pid) instanceof Obj.PkgName) {
            return switch (qualified) {
                case Obj.Var v -> fc.load(v, s.pos());
                case Obj.Func f -> new Const(s.pos(), new FuncValue(funcCode(f, s), (Object[]) null));
                default -> throw new IllegalStateException("not a value: " + s.sel().name());
            };
        }
        Lookup.Selection sel = info.selections.get(s);
        Operand xo = op(s.x());
        if (xo.mode == Operand.Mode.TYPE) {
            // Method expression T.M: the method itself takes the receiver first.
            return new Const(s.pos(), new FuncValue(fc.program.methodCode(sel.method(), CallCompilerHelp.holder(typeOf(s.x()), sel)), (Object[]) null));
        }
        if (sel.isField()) return fieldPath(expr(s.x()), sel.path(), s.pos());
        // A method value: bind the receiver now.
        Obj.Func m = sel.method();
        if (TypeOps.isInterface(typeOf(s.x())) && sel.path().isEmpty()) {
            return new Calls.BindIface(s.pos(), value(s.x()), m.name, fc.program.methods);
        }
        return new Calls.Bind(s.pos(), receiver(s.x(), sel, m), fc.program.methodCode(m, CallCompilerHelp.holder(typeOf(s.x()), sel)));
    }

    /** Follows embedded fields: each step dereferences pointers automatically. */
    ExprNode fieldPath(ExprNode base, List<Integer> path, Pos pos) {
        ExprNode n = base;
        for (int idx : path) n = new Access.Field(pos, n, idx);
        return n;
    }

    /** The receiver for calling m on x: address-of, dereference or copy as the method needs. */
    ExprNode receiver(Expr x, Lookup.Selection sel, Obj.Func m) {
        Type xt = typeOf(x);
        List<Integer> path = sel.path();
        if (TypeOps.isInterface(xt)) return value(x);
        if (path.isEmpty()) {
            boolean isPtr = xt.underlying() instanceof Type.Pointer;
            if (m.ptrRecv) return isPtr ? value(x) : address(x);
            if (isPtr) return new Access.Copy(x.pos(), new Access.Deref(x.pos(), expr(x)));
            return value(x);
        }
        // Promoted method: walk to the embedded field holding it.
        ExprNode base = expr(x);
        Type t = xt;
        for (int i = 0; i < path.size() - 1; i++) {
            base = new Access.Field(x.pos(), base, path.get(i));
            t = fieldType(t, path.get(i));
        }
        int last = path.get(path.size() - 1);
        Type ft = fieldType(t, last);
        boolean fieldIsPtr = ft.underlying() instanceof Type.Pointer;
        if (TypeOps.isInterface(ft)) return new Access.Field(x.pos(), base, last);
        if (m.ptrRecv) return fieldIsPtr ? new Access.Field(x.pos(), base, last) : new Access.FieldAddr(x.pos(), base, last);
        ExprNode f = new Access.Field(x.pos(), base, last);
        return fieldIsPtr ? new Access.Copy(x.pos(), new Access.Deref(x.pos(), f)) : new Access.Copy(x.pos(), f);
    }

    static Type fieldType(Type t, int idx) {
        Type u = t.underlying();
        if (u instanceof Type.Pointer p) u = p.elem.underlying();
        return ((Type.Struct) u).fields.get(idx).type;
    }

    ExprNode index(Index ix, boolean commaOk) {
        Type xt = typeOf(ix.x()).underlying();
        Expr ie = ix.indices().get(0);
        if (xt instanceof Type.MapT m) {
            return new Access.MapIndex(ix.pos(), expr(ix.x()), valueAs(ie, m.key), RuntimeTypes.zero(m.value), commaOk);
        }
        ExprNode i = expr(ie);
        if (TypeOps.isString(xt)) return new Access.StringIndex(ix.pos(), expr(ix.x()), i);
        if (xt instanceof Type.Slice sl) return new Access.SliceIndex(ix.pos(), expr(ix.x()), i, RuntimeTypes.storeKind(sl.elem));
        Type at = xt instanceof Type.Pointer p ? p.elem.underlying() : xt;
        return new Access.ArrayIndex(ix.pos(), expr(ix.x()), i, RuntimeTypes.storeKind(((Type.Array) at).elem));
    }

    /** The store kind of a slice type's elements, or -1 for anything else indexed. */
    static int sliceKind(Type xt) {
        return xt instanceof Type.Slice sl ? RuntimeTypes.storeKind(sl.elem) : -1;
    }

    private ExprNode slice(Expr.Slice s) {
        Type xt = typeOf(s.x()).underlying();
        int kind = TypeOps.isString(xt) ? 1 : xt instanceof Type.Slice ? 0 : 2;
        ExprNode base = kind == 2 && !(xt instanceof Type.Pointer) ? address(s.x()) : expr(s.x());
        return new Access.SliceExpr(s.pos(), base, s.lo() == null ? null : expr(s.lo()), s.hi() == null ? null : expr(s.hi()),
                s.max() == null ? null : expr(s.max()), kind);
    }

    // ---------------------------------------------------------------- locations

    LValue lvalue(Expr e) {
        Expr u = StmtCompiler.unparen(e);
        return switch (u) {
            case Ident id -> fc.lvalue((Obj.Var) info.objects.get(id), id.pos());
            case Selector s -> {
                Obj q = info.objects.get(s.sel());
                if (q instanceof Obj.Var v && v.global && s.x() instanceof Ident pid && info.objects.get(pid) instanceof Obj.PkgName) {
                    yield fc.lvalue(v, s.pos());
                }
                Lookup.Selection sel = info.selections.get(s);
                List<Integer> path = sel.path();
                ExprNode base = fieldPath(expr(s.x()), path.subList(0, path.size() - 1), s.pos());
                yield new Access.FieldLV(s.pos(), base, path.get(path.size() - 1));
            }
            case Index ix -> {
                Type xt = typeOf(ix.x()).underlying();
                Expr ie = ix.indices().get(0);
                if (xt instanceof Type.MapT m) {
                    yield new Access.MapLV(ix.pos(), expr(ix.x()), valueAs(ie, m.key), RuntimeTypes.zero(m.value));
                }
                yield new Access.IndexLV(ix.pos(), expr(ix.x()), expr(ie), xt instanceof Type.Pointer, sliceKind(xt));
            }
            case Star s -> new Access.DerefLV(s.pos(), expr(s.x()));
            default -> throw new IllegalStateException("not assignable: " + ExprPrinter.print(e));
        };
    }

    /** &e for an addressable expression (or a composite literal). */
    ExprNode address(Expr e) {
        Expr u = StmtCompiler.unparen(e);
        return switch (u) {
            case Ident id -> fc.cellRef((Obj.Var) info.objects.get(id), id.pos());
            case Selector s -> {
                Obj q = info.objects.get(s.sel());
                if (q instanceof Obj.Var v && v.global && s.x() instanceof Ident pid && info.objects.get(pid) instanceof Obj.PkgName) {
                    yield fc.cellRef(v, s.pos());
                }
                Lookup.Selection sel = info.selections.get(s);
                List<Integer> path = sel.path();
                ExprNode base = fieldPath(expr(s.x()), path.subList(0, path.size() - 1), s.pos());
                yield new Access.FieldAddr(s.pos(), base, path.get(path.size() - 1));
            }
            case Index ix -> new Access.IndexAddr(ix.pos(), new Access.IndexLV(ix.pos(), expr(ix.x()), expr(ix.indices().get(0)),
                    typeOf(ix.x()).underlying() instanceof Type.Pointer, sliceKind(typeOf(ix.x()).underlying())));
            case Star s -> expr(s.x());
            case CompositeLit cl -> new Composite.NewCell(cl.pos(), expr(cl));
            default -> throw new IllegalStateException("not addressable: " + ExprPrinter.print(e));
        };
    }

    // ---------------------------------------------------------------- operators

    private ExprNode unary(Unary u) {
        Type t = typeOf(u);
        return switch (u.op()) {
            case "&" -> address(u.x());
            case "<-" -> new ChanOps.Recv(u.pos(), expr(u.x()), false);
            case "+" -> expr(u.x());
            case "!" -> new Compare.Not(u.pos(), expr(u.x()));
            case "^" -> new ArithLong.Complement(u.pos(), expr(u.x()), RuntimeTypes.intKind(t));
            default -> {
                Type.Basic b = TypeOps.basic(t);
                if (b.isInteger()) yield new ArithLong.Neg(u.pos(), expr(u.x()), RuntimeTypes.intKind(t));
                if (b.isFloat()) yield new ArithFloat.Neg(u.pos(), expr(u.x()));
                yield new ArithFloat.ComplexNeg(u.pos(), expr(u.x()));
            }
        };
    }

    static boolean isShift(String op) {
        return op.equals("<<") || op.equals(">>");
    }

    /** Shift counts of any integer type are used as longs; unsigned huge counts are clamped. */
    ExprNode shiftCount(Expr e, ExprNode n) {
        return n;
    }

    private ExprNode binary(Binary b) {
        String op = b.op();
        if (op.equals("&&")) return new Compare.AndAnd(b.pos(), expr(b.x()), expr(b.y()));
        if (op.equals("||")) return new Compare.OrOr(b.pos(), expr(b.x()), expr(b.y()));
        if (isComparison(op)) return comparison(b);
        Type t = typeOf(b);
        return binaryOp(b.pos(), op, t, value(b.x()), value(b.y()), typeOf(b.y()));
    }

    static boolean isComparison(String op) {
        return switch (op) {
            case "==", "!=", "<", "<=", ">", ">=" -> true;
            default -> false;
        };
    }

    ExprNode binaryOp(Pos pos, String op, Type t, ExprNode x, ExprNode y, Type yType) {
        Type.Basic b = TypeOps.basic(t);
        if (b.isString()) return new ArithFloat.Concat(pos, x, y);
        if (b.isInteger()) return ArithLong.of(op, pos, x, y, RuntimeTypes.intKind(t));
        if (b.isFloat()) return new ArithFloat.Bin(pos, op, x, y, b.kind == Type.Kind.FLOAT32);
        return new ArithFloat.ComplexBin(pos, op, x, y, b.kind == Type.Kind.COMPLEX64);
    }

    private ExprNode comparison(Binary b) {
        Operand xo = op(b.x()), yo = op(b.y());
        Type xt = xo.type == Universe.UNTYPED_NIL ? null : typeOf(b.x());
        Type yt = yo.type == Universe.UNTYPED_NIL ? null : typeOf(b.y());
        if (xt == null || yt == null) {
            // Comparison with nil: compare the other side's representation with null.
            Expr other = xt == null ? b.y() : b.x();
            return new Compare.Eq(b.pos(), b.op(), value(other), new Const(b.pos(), null));
        }
        Type t = xt;
        ExprNode x = value(b.x()), y = value(b.y());
        if (TypeOps.isInterface(xt) != TypeOps.isInterface(yt)) {
            if (TypeOps.isInterface(xt)) y = new Ifaces.Box(b.pos(), y, yt);
            else x = new Ifaces.Box(b.pos(), x, xt);
            t = TypeOps.isInterface(xt) ? xt : yt;
        }
        return compare(b.pos(), b.op(), t, x, y);
    }

    static ExprNode compare(Pos pos, String op, Type t, ExprNode x, ExprNode y) {
        Type.Basic bt = TypeOps.basic(t);
        if (bt != null && !TypeOps.isInterface(t)) {
            if (bt.isInteger()) return new Compare.Long(pos, op, x, y, bt.isUnsigned());
            if (bt.isFloat()) return new Compare.Double(pos, op, x, y);
            if (bt.isString()) return new Compare.Str(pos, op, x, y);
        }
        return new Compare.Eq(pos, op, x, y);
    }

    /** tag == e for an expression switch. */
    ExprNode equality(Pos pos, ExprNode tag, Type tagType, Expr e) {
        Operand eo = op(e);
        if (eo.type == Universe.UNTYPED_NIL) return new Compare.Eq(pos, "==", tag, new Const(pos, null));
        Type et = typeOf(e);
        ExprNode v = value(e);
        if (TypeOps.isInterface(tagType) && !TypeOps.isInterface(et)) v = new Ifaces.Box(pos, v, et);
        if (!TypeOps.isInterface(tagType) && TypeOps.isInterface(et)) return new Compare.Eq(pos, "==", new Ifaces.Box(pos, tag, tagType), v);
        return compare(pos, "==", tagType, tag, v);
    }

    // ---------------------------------------------------------------- several values

    /** The types of the n values of e (a call, or a comma-ok form). */
    List<Type> tupleTypes(Expr e, int n) {
        Type t = fc.subst(op(e).type);
        if (t instanceof Type.Tuple tu) return tu.types;
        List<Type> out = new ArrayList<>();
        out.add(typeOf(e));
        out.add(Universe.BOOL);
        return out;
    }

    /** A node evaluating to Object[n]: a multi-value call or a comma-ok form. */
    ExprNode tuple(Expr e, int n) {
        Expr u = StmtCompiler.unparen(e);
        if (op(e).type instanceof Type.Tuple) return expr(u);
        return switch (u) {
            case Index ix -> index(ix, true);
            case TypeAssert ta -> new Ifaces.Assert(ta.pos(), value(ta.x()), typeOf(ta.x()), typeOf(ta), true, RuntimeTypes.zero(typeOf(ta)));
            case Unary r when r.op().equals("<-") -> new ChanOps.Recv(r.pos(), expr(r.x()), true);
            default -> throw new IllegalStateException("not a tuple: " + ExprPrinter.print(e));
        };
    }

    /** A multi-value call whose results are converted to the given types. */
    ExprNode tupleAs(Expr e, List<Type> targets) {
        ExprNode n = tuple(e, targets.size());
        List<Type> from = tupleTypes(e, targets.size());
        Assign.Converter[] conv = new Assign.Converter[targets.size()];
        boolean any = false;
        for (int i = 0; i < conv.length; i++) {
            conv[i] = converter(from.get(i), targets.get(i));
            any |= conv[i] != null;
        }
        return any ? new ConvertTuple(e.pos(), n, conv) : n;
    }

    /** Converts each element of a multi-value result. */
    static final class ConvertTuple extends ExprNode {
        final ExprNode x;
        final Assign.Converter[] conv;

        ConvertTuple(Pos pos, ExprNode x, Assign.Converter[] conv) {
            super(pos);
            this.x = x;
            this.conv = conv;
        }

        @Override
        public Object eval(Frame f) {
            Object[] vs = ((Object[]) x.eval(f)).clone();
            for (int i = 0; i < vs.length; i++) if (conv[i] != null) vs[i] = conv[i].convert(vs[i]);
            return vs;
        }
    }
}
