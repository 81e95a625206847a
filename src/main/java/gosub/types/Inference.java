package gosub.types;

import gosub.syntax.Expr;
import gosub.syntax.ExprPrinter;
import gosub.types.Type.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Infers the type arguments of a generic function from a call's arguments. */
final class Inference {
    private final Checker c;

    Inference(Checker c) {
        this.c = c;
    }

    /** The instantiated signature, or null (after an error). Records the type arguments. */
    Signature infer(Expr.Call call, Signature gs) {
        List<TypeParam> tps = gs.typeParams;
        Map<TypeParam, Type> m = new HashMap<>();
        List<Type> explicit = c.info.instances.get(call.fun());
        if (explicit != null) for (int i = 0; i < explicit.size(); i++) m.put(tps.get(i), explicit.get(i));
        List<Expr> args = call.args();
        Map<TypeParam, Type> untyped = new HashMap<>();
        List<Integer> genericArgs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Type pt = paramType(gs, i, call.ellipsis() && i == args.size() - 1);
            if (pt == null) break;
            Operand a = c.exprs.single(args.get(i));
            if (a.invalid()) return null;
            if (isGeneric(a.type)) {
                // A generic function argument (cmp.Compare) is inferred from the parameter once
                // the other arguments have fixed what they can.
                genericArgs.add(i);
                continue;
            }
            if (TypeOps.isUntyped(a.type)) {
                if (pt instanceof TypeParam tp && tps.contains(tp) && a.type != Universe.UNTYPED_NIL) {
                    Type prev = untyped.get(tp);
                    if (prev == null || Constant.rank(((Basic) a.type).kind) > Constant.rank(((Basic) prev).kind)) untyped.put(tp, a.type);
                }
                continue;
            }
            if (!unify(pt, a.type, tps, m)) {
                Type want = Subst.apply(pt, m);
                c.error(args.get(i).pos(), "type " + c.exprs.typeStr(a.type) + " of " + ExprPrinter.print(args.get(i))
                        + " does not match " + (TypeOps.isUntyped(want) ? "" : "inferred type ") + c.exprs.typeStr(want) + " for " + c.exprs.typeStr(pt));
                return null;
            }
        }
        // Untyped constants count only after constraint type inference (Go's order), so that in
        // slices.Index(temps, 1.5) E comes from S ~[]E rather than from the constant's default.
        inferFromConstraints(tps, m);
        for (int i : genericArgs) {
            Type pt = paramType(gs, i, call.ellipsis() && i == args.size() - 1);
            Signature argSig = (Signature) c.info.types.get(args.get(i)).type;
            List<Type> targs = instantiateFor(args.get(i), argSig, Subst.apply(pt, m), tps);
            if (targs != null) unify(pt, Subst.signature(argSig, Subst.map(argSig.typeParams, targs)), tps, m);
        }
        inferFromConstraints(tps, m);
        for (Map.Entry<TypeParam, Type> e : untyped.entrySet()) m.putIfAbsent(e.getKey(), TypeOps.defaultType(e.getValue()));
        inferFromConstraints(tps, m);
        List<Type> targs = new ArrayList<>();
        for (TypeParam tp : tps) {
            Type t = m.get(tp);
            if (t == null) {
                c.error(call.lparen(), "in call to " + ExprPrinter.print(call.fun()) + ", cannot infer " + tp.name
                        + " (declared at " + c.fileName + ":" + tp.declPos.line() + ":" + tp.declPos.col() + ")");
                return null;
            }
            targs.add(t);
        }
        if (!c.calls.satisfies(args.isEmpty() ? List.of(call.fun()) : List.of(args.get(0)), tps, targs)) return null;
        c.info.instances.put(call.fun(), targs);
        return Subst.signature(gs, Subst.map(tps, targs));
    }

    static boolean isGeneric(Type t) {
        return t instanceof Signature s && !s.typeParams.isEmpty();
    }

    /**
     * Infers the type arguments of generic function value e (of type gs) from the function type
     * it is used as; type parameters in free (of an enclosing call still being inferred) match
     * anything. Returns the type arguments, or null when some stays unknown. Partial explicit
     * type arguments (Map[int]) are kept.
     */
    List<Type> instantiateFor(Expr e, Signature gs, Type target, List<TypeParam> free) {
        if (!(target.underlying() instanceof Signature ts) || ts.params.size() != gs.params.size()
                || ts.results.size() != gs.results.size()) return null;
        List<TypeParam> tps = gs.typeParams;
        Map<TypeParam, Type> m = new HashMap<>();
        Expr key = unparen(e);
        List<Type> explicit = c.info.instances.get(key);
        if (explicit != null) for (int i = 0; i < explicit.size(); i++) m.put(tps.get(i), explicit.get(i));
        for (int i = 0; i < gs.params.size(); i++) if (!unify(gs.paramType(i), ts.paramType(i), tps, m, free)) return null;
        for (int i = 0; i < gs.results.size(); i++) if (!unify(gs.results.get(i).type, ts.results.get(i).type, tps, m, free)) return null;
        inferFromConstraints(tps, m);
        List<Type> targs = new ArrayList<>();
        for (TypeParam tp : tps) {
            Type t = m.get(tp);
            if (t == null) return null;
            targs.add(t);
        }
        return targs;
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }

    /**
     * The type arguments of a partial instantiation when constraint type inference alone gives
     * the missing ones (slices.Contains[[]string]), else null.
     */
    static List<Type> completeFromConstraints(List<TypeParam> tps, List<Type> explicit) {
        Map<TypeParam, Type> m = new HashMap<>();
        for (int i = 0; i < explicit.size(); i++) m.put(tps.get(i), explicit.get(i));
        inferFromConstraints(tps, m);
        List<Type> all = new ArrayList<>();
        for (TypeParam tp : tps) {
            if (m.get(tp) == null) return null;
            all.add(m.get(tp));
        }
        return all;
    }

    /** Constraint type inference: S ~[]E with S known gives E. */
    private static void inferFromConstraints(List<TypeParam> tps, Map<TypeParam, Type> m) {
        for (boolean changed = true; changed; ) {
            changed = false;
            for (TypeParam tp : tps) {
                Type bound = m.get(tp);
                if (bound == null || !(tp.constraint != null && tp.constraint.underlying() instanceof Interface ci)
                        || ci.terms == null || ci.terms.size() != 1) continue;
                int before = m.size();
                unify(ci.terms.get(0).type(), bound.underlying(), tps, m);
                changed |= m.size() != before;
            }
        }
    }

    private static Type paramType(Signature sig, int i, boolean spread) {
        int n = sig.params.size();
        if (sig.variadic && i >= n - 1) {
            Type last = sig.paramType(n - 1);
            return spread ? last : ((Slice) last).elem;
        }
        return i < n ? sig.paramType(i) : null;
    }

    /** Matches parameter type p against argument type a, binding type parameters in m. */
    static boolean unify(Type p, Type a, List<TypeParam> tps, Map<TypeParam, Type> m) {
        return unify(p, a, tps, m, List.of());
    }

    /** As unify, with the type parameters in free (not yet inferred elsewhere) matching anything. */
    static boolean unify(Type p, Type a, List<TypeParam> tps, Map<TypeParam, Type> m, List<TypeParam> free) {
        if (a instanceof TypeParam atp && free.contains(atp)) return true;
        if (p instanceof TypeParam tp && tps.contains(tp)) {
            Type bound = m.get(tp);
            if (bound == null) {
                m.put(tp, a);
                return true;
            }
            return TypeOps.identical(bound, a) || TypeOps.identical(bound.underlying(), a.underlying()) && !(bound instanceof Named && a instanceof Named);
        }
        if (p instanceof Named pn) {
            if (pn.typeArgs.isEmpty()) return true;
            if (a instanceof Named an && an.origin == pn.origin) {
                for (int i = 0; i < pn.typeArgs.size(); i++) if (!unify(pn.typeArgs.get(i), an.typeArgs.get(i), tps, m, free)) return false;
                return true;
            }
            // Inexact unification: a generic named type matches an unnamed type by its structure.
            return a instanceof Named || unify(pn.underlying(), a, tps, m, free);
        }
        Type au = a instanceof Named ? a.underlying() : a;
        return switch (p) {
            case Pointer pp -> au instanceof Pointer ap ? unify(pp.elem, ap.elem, tps, m, free) : true;
            case Slice ps -> au instanceof Slice as ? unify(ps.elem, as.elem, tps, m, free) : true;
            case Array pa -> au instanceof Array aa ? unify(pa.elem, aa.elem, tps, m, free) : true;
            case MapT pm -> au instanceof MapT am ? unify(pm.key, am.key, tps, m, free) && unify(pm.value, am.value, tps, m, free) : true;
            case Chan pc -> au instanceof Chan ac ? unify(pc.elem, ac.elem, tps, m, free) : true;
            case Signature ps -> {
                if (!(au instanceof Signature as) || as.params.size() != ps.params.size() || as.results.size() != ps.results.size()) yield true;
                for (int i = 0; i < ps.params.size(); i++) if (!unify(ps.paramType(i), as.paramType(i), tps, m, free)) yield false;
                for (int i = 0; i < ps.results.size(); i++) if (!unify(ps.results.get(i).type, as.results.get(i).type, tps, m, free)) yield false;
                yield true;
            }
            default -> true;
        };
    }
}
