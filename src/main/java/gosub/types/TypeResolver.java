package gosub.types;

import gosub.syntax.Decl;
import gosub.syntax.Expr;
import gosub.syntax.ExprPrinter;
import gosub.types.Type.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Turns type expressions into Types. */
final class TypeResolver {
    private final Checker c;

    TypeResolver(Checker c) {
        this.c = c;
    }

    /** Resolves a type expression; reports "x is not a type" for anything else. */
    Type resolve(Expr e) {
        Operand op = c.exprs.typeOrValue(e);
        if (op.invalid()) return Universe.INVALID;
        if (!op.isType()) {
            c.error(e.pos(), ExprPrinter.print(e) + " is not a type");
            return Universe.INVALID;
        }
        // A generic type (or alias) names a type only with its type arguments.
        List<TypeParam> tps = op.value instanceof Obj.TypeName alias && alias.aliasParams != null ? alias.aliasParams
                : op.type instanceof Named n && n.origin == null && !n.typeParams.isEmpty() ? n.typeParams : null;
        if (tps != null) {
            String name = op.value instanceof Obj.TypeName alias ? alias.name : ((Named) op.type).name;
            c.error(ExprPrinter.start(e), "cannot use generic type " + name + "[" + paramList(tps) + "] without instantiation");
            return Universe.INVALID;
        }
        return op.type;
    }

    /** Type parameters as declared: consecutive ones with the same constraint share it ("K, V any"). */
    private String paramList(List<TypeParam> tps) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tps.size(); i++) {
            TypeParam tp = tps.get(i);
            sb.append(tp.name);
            boolean shared = i + 1 < tps.size() && tps.get(i + 1).constraint == tp.constraint;
            // The universe's any is one shared interface object, so it can be named as written.
            if (!shared) sb.append(' ').append(tp.constraint == null || tp.constraint == Universe.EMPTY_INTERFACE ? "any" : TypeNames.of(tp.constraint, c.pkg.path));
            if (i + 1 < tps.size()) sb.append(", ");
        }
        return sb.toString();
    }

    /** The type a type-literal expression denotes (called by ExprChecker for type operands). */
    Type literal(Expr e) {
        return switch (e) {
            case Expr.ArrayType a when a.len() == null -> new Slice(resolve(a.elem()));
            case Expr.ArrayType a when a.len() instanceof Expr.Ellipsis el -> {
                c.error(el.pos(), "invalid use of [...] array (outside a composite literal)");
                yield Universe.INVALID;
            }
            case Expr.ArrayType a -> new Array(arrayLength(a.len()), resolve(a.elem()));
            case Expr.MapType m -> {
                Type k = resolve(m.key());
                if (!(k instanceof TypeParam) && k != Universe.INVALID && !TypeOps.comparable(k)) {
                    c.error(m.key().pos(), "invalid map key type " + TypeNames.of(k, false));
                }
                yield new MapT(k, resolve(m.value()));
            }
            case Expr.ChanType ch -> new Chan(switch (ch.dir()) {
                case BOTH -> Dir.BOTH;
                case SEND -> Dir.SEND;
                case RECV -> Dir.RECV;
            }, resolve(ch.elem()));
            case Expr.FuncTypeExpr f -> signature(f, null, null);
            case Expr.StructType s -> struct(s);
            case Expr.InterfaceType i -> iface(i);
            default -> throw new IllegalStateException(e.toString());
        };
    }

    long arrayLength(Expr len) {
        Operand op = c.exprs.expr(len);
        if (op.invalid()) return 0;
        if (!op.isConst()) {
            c.error(len.pos(), "array length " + ExprPrinter.print(len) + " (" + c.exprs.describe(op, len) + ") must be constant");
            return 0;
        }
        BigInteger n = Constant.toInt(op.value);
        if (n == null || !TypeOps.isNumeric(op.type)) {
            c.error(len.pos(), "array length " + ExprPrinter.print(len) + " (" + c.exprs.describe(op, len) + ") must be integer");
            return 0;
        }
        if (n.signum() < 0) {
            c.error(len.pos(), "invalid array length " + ExprPrinter.print(len) + " (untyped int constant " + n + ")");
            return 0;
        }
        return n.longValue();
    }

    /** Declares type parameters in a new scope (made current) and resolves their constraints. */
    Scope typeParams(List<Expr.Field> fields, List<TypeParam> out) {
        Scope scope = new Scope(c.scope(), false);
        c.tpScope = scope;
        List<Expr> constraints = new ArrayList<>();
        for (Expr.Field f : fields) {
            for (Expr.Ident n : f.names()) {
                TypeParam tp = new TypeParam(n.name(), out.size());
                tp.declPos = n.pos();
                out.add(tp);
                Obj.TypeName tn = new Obj.TypeName(n.name(), n.pos(), tp, c.pkg.path);
                c.info.objects.put(n, tn);
                if (scope.declare(tn) != null) c.error(n.pos(), n.name() + " redeclared");
                constraints.add(f.type());
            }
        }
        for (int i = 0; i < out.size(); i++) out.get(i).constraint = constraint(constraints.get(i));
        return scope;
    }

    /** A constraint: an interface, or a type or union standing for interface{ T }. */
    private Type constraint(Expr e) {
        if (e instanceof Expr.Binary || e instanceof Expr.Unary) {
            Interface i = new Interface(List.of(), List.of());
            i.terms = union(e);
            i.complete = true;
            return i;
        }
        Type t = resolve(e);
        if (TypeOps.isInterface(t) || t == Universe.COMPARABLE) return t;
        Interface i = new Interface(List.of(), List.of());
        i.terms = List.of(new Term(false, t));
        i.complete = true;
        return i;
    }

    void declareNamed(Named named, Decl.TypeSpec s) {
        Scope savedTp = c.tpScope;
        if (!s.typeParams().isEmpty()) {
            List<TypeParam> tps = new ArrayList<>();
            named.typeParams = tps;
            typeParams(s.typeParams(), tps);
        }
        named.under = Universe.INVALID;
        Type u = resolve(s.type());
        c.tpScope = savedTp;
        if (u == named) {
            c.error(s.name().pos(), "invalid recursive type " + named.name);
            u = Universe.INVALID;
        }
        named.under = u instanceof Named n ? n.underlying() : u;
        if (named.under == null) named.under = Universe.INVALID;
        if (containsByValue(named.under, named, new java.util.ArrayList<>())) {
            c.error(s.name().pos(), "invalid recursive type: " + named.name + " refers to itself");
            named.under = Universe.INVALID;
        }
    }

    /** Whether t holds a value of type target without indirection (an infinite size). */
    private static boolean containsByValue(Type t, Named target, List<Type> seen) {
        if (t == target) return true;
        if (seen.contains(t)) return false;
        seen.add(t);
        Type u = t instanceof Named n ? n.under : t;
        if (u == null) return false;
        if (u instanceof Struct st) {
            for (Obj.Var f : st.fields) if (containsByValue(f.type, target, seen)) return true;
        } else if (u instanceof Array a) {
            return containsByValue(a.elem, target, seen);
        }
        return false;
    }

    Signature signature(Expr.FuncTypeExpr f, Expr.Field recv, Named recvNamed) {
        Scope savedTp = c.tpScope;
        List<TypeParam> tps = new ArrayList<>();
        Scope tpScope = null;
        if (f.typeParams() != null && !f.typeParams().isEmpty()) tpScope = typeParams(f.typeParams(), tps);
        else if (savedTp != null) tpScope = savedTp;
        Signature sig = signatureTypes(f);
        sig.typeParams = tps;
        sig.typeParamScope = tpScope;
        c.tpScope = savedTp;
        return sig;
    }

    private Signature signatureTypes(Expr.FuncTypeExpr f) {
        List<Obj.Var> params = new ArrayList<>();
        boolean variadic = false;
        List<Expr.Field> ps = f.params();
        for (int i = 0; i < ps.size(); i++) {
            Expr.Field p = ps.get(i);
            Expr te = p.type();
            boolean dots = te instanceof Expr.Ellipsis;
            if (dots) {
                if (i != ps.size() - 1 || p.names().size() > 1) {
                    c.error(te.pos(), "can only use ... with final parameter in list");
                }
                variadic = true;
                te = ((Expr.Ellipsis) te).elem();
            }
            Type t = resolve(te);
            if (dots) t = new Slice(t);
            addVars(params, p, t);
        }
        List<Obj.Var> results = new ArrayList<>();
        for (Expr.Field r : f.results()) addVars(results, r, resolve(r.type()));
        return new Signature(params, results, variadic);
    }

    private void addVars(List<Obj.Var> out, Expr.Field f, Type t) {
        if (f.names().isEmpty()) {
            out.add(new Obj.Var("", f.pos(), t, c.pkg.path, false, false));
            return;
        }
        for (Expr.Ident n : f.names()) out.add(new Obj.Var(n.name(), n.pos(), t, c.pkg.path, false, false));
    }

    private Struct struct(Expr.StructType s) {
        List<Obj.Var> fields = new ArrayList<>();
        for (Expr.Field f : s.fields()) {
            Type t = resolve(f.type());
            if (f.names().isEmpty()) {
                Expr base = f.type() instanceof Expr.Star st ? st.x() : f.type();
                String name = base instanceof Expr.Selector sel ? sel.sel().name() : base instanceof Expr.Index ix
                        ? ExprPrinter.print(ix.x()) : ExprPrinter.print(base);
                addField(fields, new Obj.Var(name, f.pos(), t, c.pkg.path, true, true));
            } else {
                for (Expr.Ident n : f.names()) addField(fields, new Obj.Var(n.name(), n.pos(), t, c.pkg.path, true, false));
            }
        }
        return new Struct(fields);
    }

    private void addField(List<Obj.Var> fields, Obj.Var f) {
        if (!f.name.equals("_") && fields.stream().anyMatch(x -> x.name.equals(f.name))) {
            c.error(f.pos, f.name + " redeclared");
            return;
        }
        fields.add(f);
    }

    private Interface iface(Expr.InterfaceType it) {
        List<Obj.Func> methods = new ArrayList<>();
        List<Type> embeds = new ArrayList<>();
        List<Term> terms = null;
        for (Expr.Field f : it.elements()) {
            if (!f.names().isEmpty()) {
                Obj.Func m = new Obj.Func(f.names().get(0).name(), f.pos(), signature((Expr.FuncTypeExpr) f.type(), null, null), c.pkg.path);
                methods.add(m);
                continue;
            }
            List<Term> union = union(f.type());
            if (union.size() == 1 && !union.get(0).tilde() && TypeOps.isInterface(union.get(0).type())) {
                embeds.add(union.get(0).type());
            } else {
                terms = terms == null ? union : intersect(terms, union);
            }
        }
        Interface i = new Interface(methods, embeds);
        i.terms = terms;
        i.complete = true;
        return i;
    }

    private List<Term> union(Expr e) {
        List<Term> out = new ArrayList<>();
        if (e instanceof Expr.Binary b && b.op().equals("|")) {
            out.addAll(union(b.x()));
            out.addAll(union(b.y()));
        } else if (e instanceof Expr.Unary u && u.op().equals("~")) {
            out.add(new Term(true, resolve(u.x())));
        } else {
            Type t = resolve(e);
            if (t.underlying() instanceof Interface ii && ii.terms != null) out.addAll(ii.terms);
            else out.add(new Term(false, t));
        }
        return out;
    }

    private static List<Term> intersect(List<Term> a, List<Term> b) {
        List<Term> out = new ArrayList<>();
        for (Term x : a) for (Term y : b) if (TypeOps.identical(x.type(), y.type())) out.add(x.tilde() ? y : x);
        return out;
    }
}
