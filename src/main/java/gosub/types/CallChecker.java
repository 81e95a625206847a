package gosub.types;

import gosub.syntax.Expr;
import gosub.syntax.Expr.*;
import gosub.syntax.ExprPrinter;
import gosub.types.Operand.Mode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import gosub.syntax.Pos;

/** Checks selectors, indexing, slicing, calls, conversions and composite literals. */
final class CallChecker {
    private final Checker c;
    private final ExprChecker x;
    final BuiltinChecker builtins;

    CallChecker(Checker c) {
        this.c = c;
        this.x = c.exprs;
        this.builtins = new BuiltinChecker(c);
    }

    // ---------------------------------------------------------------- selectors

    Operand selector(Selector s) {
        String name = s.sel().name();
        if (s.x() instanceof Ident id) {
            Scope scope = c.scope();
            if (scope.lookup(id.name()) instanceof Obj.PkgName pn) {
                pn.used = true;
                c.info.objects.put(id, pn);
                Obj o = pn.imported.scope.lookupLocal(name);
                if (o == null || !o.exported()) {
                    c.error(s.sel().pos(), o == null ? "undefined: " + id.name() + "." + name
                            : "name " + name + " not exported by package " + pn.imported.name);
                    return Operand.bad();
                }
                c.info.objects.put(s.sel(), o);
                return switch (o) {
                    case Obj.Var v -> new Operand(Mode.VARIABLE, v.type, null);
                    case Obj.Const k -> {
                        k.resolve();
                        yield new Operand(Mode.CONSTANT, k.type, k.value);
                    }
                    case Obj.TypeName tn -> new Operand(Mode.TYPE, tn.type, null);
                    case Obj.Func f -> new Operand(Mode.VALUE, f.type, null);
                    default -> Operand.bad();
                };
            }
        }
        Operand base = x.typeOrValue(s.x());
        if (base.invalid()) return base;
        if (base.isType()) return methodExpr(s, base.type);
        base = x.single(s.x());
        if (base.invalid()) return base;
        if (base.type == Universe.INVALID) return Operand.bad(); // reported where the type arose
        Lookup.Selection sel = Lookup.find(base.type, name);
        if (sel == null || base.type.underlying() instanceof Type.Pointer p && p.elem.underlying() instanceof Type.Interface && !sel.isField()) {
            String what = base.type.underlying() instanceof Type.Pointer p2 && p2.elem.underlying() instanceof Type.Interface
                    ? " (type " + x.typeStr(base.type) + " is pointer to interface, not interface)" : " (type " + x.typeStr(base.type) + " has no field or method " + name + ")";
            c.error(s.sel().pos(), ExprPrinter.print(s) + " undefined" + what);
            return Operand.bad();
        }
        if (sel.ambiguous()) {
            c.error(s.sel().pos(), "ambiguous selector " + ExprPrinter.print(s));
            return Operand.bad();
        }
        // Lower-case fields and methods of another package's types are out of reach.
        if (!sel.obj().exported() && sel.obj().pkg != null && !sel.obj().pkg.equals(c.pkg.path)) {
            c.error(s.sel().pos(), ExprPrinter.print(s) + " undefined (cannot refer to unexported "
                    + (sel.isField() ? "field " : "method ") + name + ")");
            return Operand.bad();
        }
        c.info.selections.put(s, sel);
        if (sel.isField()) {
            Obj.Var f = (Obj.Var) sel.obj();
            boolean viaPtr = base.type.underlying() instanceof Type.Pointer || Lookup.throughPointer(base.type, sel.path().subList(0, sel.path().size() - 1));
            Mode m = base.addressable() || viaPtr ? Mode.VARIABLE : Mode.VALUE;
            return new Operand(m, f.type, null);
        }
        Obj.Func m = sel.method();
        if (m.type == null) c.resolveGlobal(m);
        c.noteMethodUse(m);
        if (m.ptrRecv && !base.addressable() && !(base.type.underlying() instanceof Type.Pointer)
                && !Lookup.throughPointer(base.type, sel.path())) {
            c.error(s.sel().pos(), "cannot call pointer method " + name + " on " + x.typeStr(base.type));
            return Operand.bad();
        }
        if (m.ptrRecv && base.addressable()) x.markAddressedPublic(s.x());
        return new Operand(Mode.VALUE, Subst.methodType(receiverBase(base.type, sel), m), null);
    }

    /** The type whose method a selection reaches (after embedded fields). */
    static Type receiverBase(Type t, Lookup.Selection sel) {
        Type cur = t;
        for (int idx : sel.path()) {
            Type u = cur instanceof Type.Pointer p ? p.elem.underlying() : cur.underlying();
            if (!(u instanceof Type.Struct st)) break;
            cur = st.fields.get(idx).type;
        }
        return cur;
    }

    /** T.M or (*T).M: a function taking the receiver first. */
    private Operand methodExpr(Selector s, Type t) {
        Lookup.Selection sel = Lookup.find(t, s.sel().name());
        if (sel == null || sel.isField()) {
            c.error(s.sel().pos(), ExprPrinter.print(s) + " undefined (type " + x.typeStr(t) + " has no method " + s.sel().name() + ")");
            return Operand.bad();
        }
        Obj.Func m = sel.method();
        if (m.ptrRecv && !(t instanceof Type.Pointer) && !TypeOps.isInterface(t)) {
            c.error(s.pos(), "invalid method expression " + ExprPrinter.print(s) + " (needs pointer receiver (*" + x.typeStr(t) + ")." + m.name + ")");
            return Operand.bad();
        }
        c.info.selections.put(s, sel);
        Type.Signature sig = (Type.Signature) Subst.methodType(receiverBase(t, sel), m);
        List<Obj.Var> params = new ArrayList<>();
        params.add(Obj.Var.param("", t));
        params.addAll(sig.params);
        return new Operand(Mode.VALUE, new Type.Signature(params, sig.results, sig.variadic), null);
    }

    // ---------------------------------------------------------------- index and slice

    Operand index(Index ix) {
        Operand base = x.typeOrValue(ix.x());
        if (base.invalid()) return base;
        if (base.isType() && base.value instanceof Obj.TypeName alias) return instantiateAlias(ix, alias);
        if (base.isType()) return instantiateType(ix, base.type);
        if (base.type instanceof Type.Signature gs && !gs.typeParams.isEmpty()) return instantiateFunc(ix, gs);
        base = x.single(ix.x());
        if (base.invalid()) return base;
        if (ix.indices().size() != 1) {
            c.error(ix.pos(), "unexpected comma; expecting ]");
            return Operand.bad();
        }
        Expr ie = ix.indices().get(0);
        Type u = base.type.underlying();
        if (u instanceof Type.Pointer p && p.elem.underlying() instanceof Type.Array) {
            u = p.elem.underlying();
            base = new Operand(Mode.VARIABLE, p.elem, null);
        }
        switch (u) {
            case Type.MapT m -> {
                Operand k = x.single(ie);
                x.assign(k, ie, m.key, "map index");
                return new Operand(Mode.MAPINDEX, m.value, null);
            }
            case Type.Basic b when b.isString() -> {
                long len = base.isConst() ? ((String) base.value).length() : -1;
                Operand i = indexValue(ie, len);
                if (base.isConst() && i != null && i.isConst()) {
                    int n = Constant.toInt(i.value).intValue();
                    return new Operand(Mode.CONSTANT, Universe.BYTE, BigInteger.valueOf(((String) base.value).charAt(n)));
                }
                return new Operand(Mode.VALUE, Universe.BYTE, null);
            }
            case Type.Slice sl -> {
                indexValue(ie, -1);
                return new Operand(Mode.VARIABLE, sl.elem, null);
            }
            case Type.Array a -> {
                indexValue(ie, a.len);
                return new Operand(base.addressable() ? Mode.VARIABLE : Mode.VALUE, a.elem, null);
            }
            default -> {
                c.error(ix.pos(), "invalid operation: cannot index " + x.operandString(base, ix.x()));
                return Operand.bad();
            }
        }
    }

    private Operand instantiateType(Index ix, Type t) {
        if (!(t instanceof Type.Named n) || n.typeParams.isEmpty()) {
            c.error(ix.pos(), x.typeStr(t) + " is not a generic type");
            return Operand.bad();
        }
        List<Type> args = typeArgs(ix.indices());
        if (args == null) return Operand.bad();
        if (args.size() != n.typeParams.size()) {
            c.error(ExprPrinter.start(ix), (args.size() < n.typeParams.size() ? "not enough" : "too many") + " type arguments for type "
                    + n.name + ": have " + args.size() + ", want " + n.typeParams.size());
            return Operand.bad();
        }
        if (!satisfies(ix.indices(), n.typeParams, args)) return Operand.bad();
        return new Operand(Mode.TYPE, Subst.instantiate(n, args), null);
    }

    /** A generic alias with type arguments denotes its right side with them substituted. */
    private Operand instantiateAlias(Index ix, Obj.TypeName alias) {
        List<Type.TypeParam> params = alias.aliasParams;
        List<Type> args = typeArgs(ix.indices());
        if (args == null) return Operand.bad();
        if (args.size() != params.size()) {
            c.error(ExprPrinter.start(ix), (args.size() < params.size() ? "not enough" : "too many") + " type arguments for type "
                    + alias.name + ": have " + args.size() + ", want " + params.size());
            return Operand.bad();
        }
        if (!satisfies(ix.indices(), params, args)) return Operand.bad();
        return new Operand(Mode.TYPE, Subst.apply(alias.type, Subst.map(params, args)), null);
    }

    private Operand instantiateFunc(Index ix, Type.Signature gs) {
        List<Type> args = typeArgs(ix.indices());
        if (args == null) return Operand.bad();
        if (args.size() > gs.typeParams.size()) {
            c.error(ExprPrinter.start(ix.indices().get(gs.typeParams.size())), "got " + args.size() + " type arguments but " + ExprPrinter.print(ix.x()) + " has " + gs.typeParams.size() + " type parameters");
            return Operand.bad();
        }
        if (args.size() < gs.typeParams.size()) {
            List<Type> all = Inference.completeFromConstraints(gs.typeParams, args);
            if (all == null) {
                // Partial instantiation: the rest is inferred at the call.
                c.info.instances.put(ix, args);
                return new Operand(Mode.VALUE, gs, null);
            }
            // Constraint type inference gave the rest (Contains[[]string]: E from S ~[]E).
            args = all;
        }
        if (!satisfies(ix.indices(), gs.typeParams, args)) return Operand.bad();
        c.info.instances.put(ix, args);
        return new Operand(Mode.VALUE, Subst.signature(gs, Subst.map(gs.typeParams, args)), null);
    }

    private List<Type> typeArgs(List<Expr> exprs) {
        List<Type> args = new ArrayList<>();
        for (Expr e : exprs) {
            Type t = c.typer.resolve(e);
            if (t == Universe.INVALID) return null;
            args.add(t);
        }
        return args;
    }

    /** Checks type arguments against their constraints (Go: "T does not satisfy C (...)"). */
    boolean satisfies(List<Expr> where, List<Type.TypeParam> params, List<Type> args) {
        Map<Type.TypeParam, Type> m = Subst.map(params, args);
        for (int i = 0; i < params.size() && i < args.size(); i++) {
            Type cons = Subst.apply(params.get(i).constraint, m);
            if (cons == null || !(cons.underlying() instanceof Type.Interface ci)) continue;
            String miss = Interfaces.missingMethod(args.get(i), ci);
            if (miss != null) {
                Pos at = i < where.size() ? where.get(i).pos() : where.isEmpty() ? Pos.NONE : where.get(0).pos();
                String cname = cons instanceof Type.Named ? x.typeStr(cons) : TypeNames.of(cons, c.pkg.path);
                String why = miss.equals("comparable") ? "" : " (" + miss + ")";
                c.error(at, x.typeStr(args.get(i)) + " does not satisfy " + constraintName(params.get(i)) + why);
                return false;
            }
        }
        return true;
    }

    private String constraintName(Type.TypeParam p) {
        Type cons = p.constraint;
        if (cons instanceof Type.Named) return x.typeStr(cons);
        if (cons.underlying() instanceof Type.Interface i && i.terms != null && i.methods.isEmpty() && i.embeds.isEmpty()) {
            return String.join(" | ", i.terms.stream().map(t -> (t.tilde() ? "~" : "") + x.typeStr(t.type())).toList());
        }
        return x.typeStr(cons);
    }

    /** Checks an index value: integer, non-negative constant, within len when known. */
    Operand indexValue(Expr e, long len) {
        Operand i = x.single(e);
        if (i.invalid()) return null;
        if (i.isConst()) {
            BigInteger n = Constant.toInt(i.value);
            if (TypeOps.isUntyped(i.type)) {
                // An untyped constant index is first converted to int (types2's invalidConversion texts).
                String what = x.operandString(i, e);
                if (!TypeOps.isNumeric(i.type)) {
                    c.error(ExprPrinter.start(e), "cannot convert " + what + " to type int");
                    return null;
                }
                if (n == null) {
                    c.error(ExprPrinter.start(e), what + " truncated to int");
                    return null;
                }
                if (n.bitLength() > 63) {
                    c.error(ExprPrinter.start(e), what + " overflows int");
                    return null;
                }
            }
            if (n == null || !TypeOps.isNumeric(i.type)) {
                c.error(e.pos(), "invalid argument: index " + x.operandString(i, e) + " must be integer");
                return null;
            }
            if (n.signum() < 0) {
                c.error(e.pos(), "invalid argument: index " + x.operandString(i, e) + " must not be negative");
                return null;
            }
            if (len >= 0 && n.compareTo(BigInteger.valueOf(len)) >= 0) {
                c.error(e.pos(), "invalid argument: index " + ExprPrinter.print(e) + " out of bounds [0:" + len + "]");
                return null;
            }
            x.convertUntyped(i, e, Universe.INT, "index");
            return i;
        }
        if (!TypeOps.isInteger(i.type)) {
            c.error(e.pos(), "invalid argument: index " + x.operandString(i, e) + " must be integer");
            return null;
        }
        return i;
    }

    Operand slice(Slice s) {
        Operand base = x.single(s.x());
        if (base.invalid()) return base;
        Type u = base.type.underlying();
        Type result;
        long len = -1;
        if (u instanceof Type.Basic b && b.isString()) {
            if (s.threeIndex()) {
                c.error(s.pos(), "invalid operation: 3-index slice of string");
                return Operand.bad();
            }
            result = b.isUntyped() ? Universe.STRING : base.type;
            if (base.isConst()) len = ((String) base.value).length();
        } else if (u instanceof Type.Slice) {
            result = base.type;
        } else if (u instanceof Type.Array a) {
            if (!base.addressable()) {
                c.error(s.pos(), "invalid operation: " + ExprPrinter.print(s) + " (slice of unaddressable value)");
                return Operand.bad();
            }
            x.markAddressedPublic(s.x());
            result = new Type.Slice(a.elem);
            len = a.len;
        } else if (u instanceof Type.Pointer p && p.elem.underlying() instanceof Type.Array a) {
            result = new Type.Slice(a.elem);
            len = a.len;
        } else {
            c.error(s.pos(), "cannot slice " + x.operandString(base, s.x()));
            return Operand.bad();
        }
        long prev = -1;
        for (Expr e : new Expr[] {s.lo(), s.hi(), s.max()}) {
            if (e == null) continue;
            Operand i = indexValue(e, len >= 0 ? len + 1 : -1);
            if (i != null && i.isConst()) {
                long v = Constant.toInt(i.value).longValue();
                if (prev > v) c.error(e.pos(), "invalid slice indices: " + v + " < " + prev);
                prev = v;
            }
        }
        return new Operand(Mode.VALUE, result, null);
    }

    // ---------------------------------------------------------------- calls

    Operand call(Call call) {
        Operand f = x.typeOrValue(call.fun());
        if (f.invalid()) {
            for (Expr a : call.args()) x.typeOrValue(a);
            return f;
        }
        if (f.isType()) return conversion(call, f.type);
        if (f.mode == Mode.BUILTIN) return builtins.call(call, (String) f.value);
        f = x.valueOnly(f, call.fun());
        if (f.invalid()) return f;
        if (f.type instanceof Type.Signature gs && !gs.typeParams.isEmpty()) {
            Type.Signature inst = new Inference(c).infer(call, gs);
            if (inst == null) return Operand.bad();
            f = new Operand(Mode.VALUE, inst, null);
        }
        if (!(f.type.underlying() instanceof Type.Signature sig)) {
            c.error(call.pos(), "invalid operation: cannot call non-function " + x.operandString(f, call.fun()));
            return Operand.bad();
        }
        arguments(call, sig, ExprPrinter.print(call.fun()));
        if (sig.results.isEmpty()) return new Operand(Mode.NOVALUE, Type.Tuple.EMPTY, null);
        return new Operand(Mode.VALUE, sig.resultType(), null);
    }

    /** Checks arguments against parameters, including f(g()) with a multi-value g. */
    void arguments(Call call, Type.Signature sig, String fname) {
        List<Expr> args = call.args();
        String ctx = "argument to " + fname;
        if (args.size() == 1 && !call.ellipsis()) {
            Operand a = c.info.typeOf(args.get(0)) != null ? c.info.typeOf(args.get(0)) : x.expr(args.get(0));
            if (a.type instanceof Type.Tuple t && !a.invalid()) {
                checkCount(call, sig, t.types.size(), fname, t.types);
                for (int i = 0; i < t.types.size() && i < sig.params.size() + (sig.variadic ? 99 : 0); i++) {
                    Type want = paramType(sig, i);
                    if (want != null && !TypeOps.assignable(t.types.get(i), want)) {
                        c.error(args.get(0).pos(), "cannot use " + ExprPrinter.print(args.get(0)) + " (value of type " + x.typeStr(t.types.get(i)) + ") as " + x.typeStr(want) + " value in " + ctx);
                    }
                }
                return;
            }
            if (!checkCount(call, sig, 1, fname, null)) return;
            if (!a.invalid()) x.assign(a, args.get(0), call.ellipsis() ? sig.paramType(0) : paramType(sig, 0), ctx);
            return;
        }
        if (call.ellipsis()) {
            if (!sig.variadic) {
                c.error(call.rparen(), "have (...) but function is not variadic: " + fname);
                return;
            }
            if (args.size() != sig.params.size()) {
                checkCount(call, sig, args.size() == sig.params.size() ? args.size() : args.size() < sig.params.size() ? -1 : 99, fname, null);
                for (Expr a : args) x.expr(a);
                return;
            }
            for (int i = 0; i < args.size(); i++) {
                Operand a = checked(args.get(i));
                if (!a.invalid()) x.assign(a, args.get(i), sig.paramType(i), ctx);
            }
            return;
        }
        List<Operand> ops = new ArrayList<>();
        for (Expr a : args) ops.add(checked(a));
        if (!checkCount(call, sig, args.size(), fname, null)) return;
        for (int i = 0; i < args.size(); i++) {
            if (!ops.get(i).invalid()) x.assign(ops.get(i), args.get(i), paramType(sig, i), ctx);
        }
    }

    /** An argument's operand, checking it only if inference has not already done so. */
    private Operand checked(Expr a) {
        Operand o = c.info.typeOf(a);
        return o != null ? o : x.single(a);
    }

    private static Type paramType(Type.Signature sig, int i) {
        int n = sig.params.size();
        if (sig.variadic && i >= n - 1) return ((Type.Slice) sig.paramType(n - 1)).elem;
        return i < n ? sig.paramType(i) : null;
    }

    private boolean checkCount(Call call, Type.Signature sig, int have, String fname, List<Type> haveTypes) {
        int n = sig.params.size();
        boolean ok = sig.variadic ? have >= n - 1 : have == n;
        if (ok) return true;
        boolean tooMany = have > n;
        String want = "(" + String.join(", ", sig.params.stream().map(p -> (sig.variadic && p == sig.params.get(n - 1)) ? "..." + x.typeStr(((Type.Slice) p.type).elem) : x.typeStr(p.type)).toList()) + ")";
        List<String> hs = new ArrayList<>();
        if (haveTypes != null) for (Type t : haveTypes) hs.add(x.typeStr(t));
        else for (Expr a : call.args()) {
            Operand o = c.info.typeOf(a);
            hs.add(o == null || o.invalid() ? "invalid type" : TypeOps.isUntyped(o.type) && o.isConst() ? "number" : x.typeStr(o.type));
        }
        String msg = (tooMany ? "too many" : "not enough") + " arguments in call to " + fname + "\n\thave (" + String.join(", ", hs) + ")\n\twant " + want;
        Pos at = tooMany ? call.args().get(n).pos() : call.args().isEmpty() ? call.rparen() : call.args().get(call.args().size() - 1).pos();
        c.error(at, msg);
        return false;
    }

    private Operand conversion(Call call, Type t) {
        if (call.args().size() != 1) {
            c.error(call.rparen(), (call.args().isEmpty() ? "missing argument in conversion to " : "too many arguments in conversion to ") + x.typeStr(t));
            for (Expr a : call.args()) x.expr(a);
            return Operand.bad();
        }
        Expr ae = call.args().get(0);
        Operand a = x.single(ae);
        if (a.invalid()) return a;
        if (!Conversions.convertible(a, t)) {
            c.error(ExprPrinter.start(ae), "cannot convert " + x.operandString(a, ae) + " to type " + x.typeStr(t));
            return Operand.bad();
        }
        Type.Basic tb = TypeOps.basic(t);
        if (a.isConst() && tb != null && !TypeOps.isInterface(t)) {
            Object v = Conversions.constant(a, tb);
            if (v == null) {
                // Go 1.22+: an integer constant that does not fit an integer type gets a concise message.
                if (tb.isInteger() && TypeOps.isInteger(a.type)) c.error(ExprPrinter.start(ae), "constant " + a.value + " overflows " + x.typeStr(t));
                else c.error(ExprPrinter.start(ae), "cannot convert " + x.operandString(a, ae) + " to type " + x.typeStr(t));
                return Operand.bad();
            }
            if (TypeOps.isUntyped(a.type)) x.setType(ae, a, TypeOps.isString(t) && !TypeOps.isString(a.type) ? TypeOps.defaultType(a.type) : t);
            return new Operand(Mode.CONSTANT, t, v);
        }
        if (TypeOps.isUntyped(a.type)) {
            Type target = TypeOps.isInterface(t) || a.type == Universe.UNTYPED_NIL ? t : TypeOps.defaultType(a.type);
            if (a.type != Universe.UNTYPED_NIL && tb != null && TypeOps.isNumeric(t) && TypeOps.isNumeric(a.type)) target = t;
            if (a.type == Universe.UNTYPED_NIL) x.setType(ae, a, t);
            else x.convertUntyped(a, ae, target, "conversion");
        }
        return new Operand(Mode.VALUE, t, null);
    }

    // ---------------------------------------------------------------- composite literals

    /** hint: the element type when the literal's type is elided inside another literal. */
    Operand compositeLit(CompositeLit cl, Type hint) {
        Type t;
        if (cl.type() == null) {
            if (hint == null) {
                c.error(cl.pos(), "invalid composite literal type: missing type");
                return Operand.bad();
            }
            t = hint;
        } else if (cl.type() instanceof ArrayType at && at.len() instanceof Ellipsis) {
            Type elem = c.typer.resolve(at.elem());
            long n = elements(cl, elem, -1);
            t = new Type.Array(n, elem);
            return x.record(cl, new Operand(Mode.VALUE, t, null));
        } else {
            t = c.typer.resolve(cl.type());
        }
        Type base = t;
        if (cl.type() == null && t.underlying() instanceof Type.Pointer p) base = p.elem;
        switch (base.underlying()) {
            case Type.Struct st -> structLit(cl, st, base);
            case Type.Array a -> elements(cl, a.elem, a.len);
            case Type.Slice s -> elements(cl, s.elem, -1);
            case Type.MapT m -> mapLit(cl, m);
            default -> {
                if (base != Universe.INVALID) c.error(cl.pos(), "invalid composite literal type " + x.typeStr(t));
                for (KeyedElement e : cl.elements()) if (!(e.value() instanceof CompositeLit)) x.expr(e.value());
                return Operand.bad();
            }
        }
        return x.record(cl, new Operand(Mode.VALUE, t, null));
    }

    private void element(Expr e, Type t, String ctx) {
        if (e instanceof CompositeLit cl && cl.type() == null) {
            Operand o = compositeLit(cl, t);
            x.record(cl, o.invalid() ? o : new Operand(Mode.VALUE, t, null));
            return;
        }
        Operand v = x.single(e);
        if (!v.invalid()) x.assign(v, e, t, ctx);
    }

    private void structLit(CompositeLit cl, Type.Struct st, Type t) {
        List<KeyedElement> elems = cl.elements();
        if (elems.isEmpty()) return;
        if (elems.get(0).key() != null) {
            Set<String> seen = new HashSet<>();
            for (KeyedElement e : elems) {
                if (!(e.key() instanceof Ident k)) {
                    c.error(e.value().pos(), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                int i = st.indexOf(k.name());
                if (i < 0) {
                    c.error(k.pos(), "unknown field " + k.name() + " in struct literal of type " + x.typeStr(t));
                    x.expr(e.value());
                    continue;
                }
                if (!seen.add(k.name())) c.error(k.pos(), "duplicate field name " + k.name() + " in struct literal");
                c.info.objects.put(k, st.fields.get(i));
                element(e.value(), st.fields.get(i).type, "struct literal");
            }
            return;
        }
        for (int i = 0; i < elems.size(); i++) {
            KeyedElement e = elems.get(i);
            if (e.key() != null) {
                c.error(e.key().pos(), "mixture of field:value and value elements in struct literal");
                continue;
            }
            if (i >= st.fields.size()) {
                c.error(e.value().pos(), "too many values in struct literal of type " + x.typeStr(t));
                return;
            }
            element(e.value(), st.fields.get(i).type, "struct literal");
        }
        if (elems.size() < st.fields.size()) c.error(cl.rbrace(), "too few values in struct literal of type " + x.typeStr(t));
    }

    /** Array and slice elements; returns the length the literal implies. */
    private long elements(CompositeLit cl, Type elem, long len) {
        long idx = 0, max = 0;
        Set<Long> seen = new HashSet<>();
        for (KeyedElement e : cl.elements()) {
            if (e.key() != null) {
                Operand k = x.expr(e.key());
                if (k.isConst() && Constant.toInt(k.value) != null) {
                    idx = Constant.toInt(k.value).longValue();
                    x.convertUntyped(k, e.key(), Universe.INT, "index");
                } else if (!k.invalid()) {
                    c.error(e.key().pos(), "index " + ExprPrinter.print(e.key()) + " must be integer constant");
                }
            }
            if (len >= 0 && idx >= len) {
                c.error(e.value().pos(), "index " + idx + " out of bounds [0:" + len + "]");
            } else if (!seen.add(idx)) {
                c.error(e.key() != null ? e.key().pos() : e.value().pos(), "duplicate index " + idx + " in array or slice literal");
            }
            element(e.value(), elem, "array or slice literal");
            idx++;
            max = Math.max(max, idx);
        }
        return max;
    }

    private void mapLit(CompositeLit cl, Type.MapT m) {
        Set<Object> seen = new HashSet<>();
        for (KeyedElement e : cl.elements()) {
            if (e.key() == null) {
                c.error(e.value().pos(), "missing key in map literal");
                continue;
            }
            if (e.key() instanceof CompositeLit kl && kl.type() == null) {
                element(e.key(), m.key, "map literal");
            } else {
                Operand k = x.single(e.key());
                if (!k.invalid() && x.assign(k, e.key(), m.key, "map literal") && k.isConst()) {
                    if (!seen.add(java.util.List.of(TypeNames.key(k.type), k.value))) c.error(e.key().pos(), "duplicate key " + Constant.describe(k.value) + " in map literal");
                }
            }
            element(e.value(), m.value, "map literal");
        }
    }
}
