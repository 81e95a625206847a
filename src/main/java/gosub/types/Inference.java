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
        for (int i = 0; i < args.size(); i++) {
            Type pt = paramType(gs, i, call.ellipsis() && i == args.size() - 1);
            if (pt == null) break;
            Operand a = c.exprs.single(args.get(i));
            if (a.invalid()) return null;
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
        for (Map.Entry<TypeParam, Type> e : untyped.entrySet()) m.putIfAbsent(e.getKey(), TypeOps.defaultType(e.getValue()));
        inferFromConstraints(tps, m);
        List<Type> targs = new ArrayList<>();
        for (TypeParam tp : tps) {
            Type t = m.get(tp);
            if (t == null) {
                c.error(call.rparen(), "in call to " + ExprPrinter.print(call.fun()) + ", cannot infer " + tp.name);
                return null;
            }
            targs.add(t);
        }
        if (!c.calls.satisfies(args.isEmpty() ? List.of(call.fun()) : List.of(args.get(0)), tps, targs)) return null;
        c.info.instances.put(call.fun(), targs);
        return Subst.signature(gs, Subst.map(tps, targs));
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
                for (int i = 0; i < pn.typeArgs.size(); i++) if (!unify(pn.typeArgs.get(i), an.typeArgs.get(i), tps, m)) return false;
                return true;
            }
            // Inexact unification: a generic named type matches an unnamed type by its structure.
            return a instanceof Named || unify(pn.underlying(), a, tps, m);
        }
        Type au = a instanceof Named ? a.underlying() : a;
        return switch (p) {
            case Pointer pp -> au instanceof Pointer ap ? unify(pp.elem, ap.elem, tps, m) : true;
            case Slice ps -> au instanceof Slice as ? unify(ps.elem, as.elem, tps, m) : true;
            case Array pa -> au instanceof Array aa ? unify(pa.elem, aa.elem, tps, m) : true;
            case MapT pm -> au instanceof MapT am ? unify(pm.key, am.key, tps, m) && unify(pm.value, am.value, tps, m) : true;
            case Chan pc -> au instanceof Chan ac ? unify(pc.elem, ac.elem, tps, m) : true;
            case Signature ps -> {
                if (!(au instanceof Signature as) || as.params.size() != ps.params.size() || as.results.size() != ps.results.size()) yield true;
                for (int i = 0; i < ps.params.size(); i++) if (!unify(ps.paramType(i), as.paramType(i), tps, m)) yield false;
                for (int i = 0; i < ps.results.size(); i++) if (!unify(ps.results.get(i).type, as.results.get(i).type, tps, m)) yield false;
                yield true;
            }
            default -> true;
        };
    }
}
