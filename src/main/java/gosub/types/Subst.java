package gosub.types;

import gosub.types.Type.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Substitution of type parameters, and instantiation of generic types. */
public final class Subst {
    private Subst() {}

    public static Map<TypeParam, Type> map(List<TypeParam> params, List<Type> args) {
        Map<TypeParam, Type> m = new HashMap<>();
        for (int i = 0; i < params.size() && i < args.size(); i++) m.put(params.get(i), args.get(i));
        return m;
    }

    public static Type apply(Type t, Map<TypeParam, Type> m) {
        if (m.isEmpty() || t == null) return t;
        return switch (t) {
            case TypeParam p -> m.getOrDefault(p, p);
            case Basic b -> b;
            case Named n -> {
                if (n.typeArgs.isEmpty()) yield n;
                List<Type> args = list(n.typeArgs, m);
                yield args == n.typeArgs ? n : instantiate(n.origin, args);
            }
            case Pointer p -> {
                Type e = apply(p.elem, m);
                yield e == p.elem ? p : new Pointer(e);
            }
            case Slice s -> {
                Type e = apply(s.elem, m);
                yield e == s.elem ? s : new Slice(e);
            }
            case Array a -> {
                Type e = apply(a.elem, m);
                yield e == a.elem ? a : new Array(a.len, e);
            }
            case MapT mt -> {
                Type k = apply(mt.key, m), v = apply(mt.value, m);
                yield k == mt.key && v == mt.value ? mt : new MapT(k, v);
            }
            case Chan c -> {
                Type e = apply(c.elem, m);
                yield e == c.elem ? c : new Chan(c.dir, e);
            }
            case Signature s -> signature(s, m);
            case Struct st -> {
                List<Obj.Var> fs = vars(st.fields, m, true);
                yield fs == st.fields ? st : new Struct(fs);
            }
            case Interface i -> {
                boolean changed = false;
                List<Obj.Func> ms = new ArrayList<>();
                for (Obj.Func f : i.methods) {
                    Type ft = apply(f.type, m);
                    changed |= ft != f.type;
                    Obj.Func nf = ft == f.type ? f : new Obj.Func(f.name, f.pos, (Signature) ft, f.pkg);
                    ms.add(nf);
                }
                List<Type> embeds = list(i.embeds, m);
                List<Term> terms = null;
                if (i.terms != null) {
                    terms = new ArrayList<>();
                    for (Term term : i.terms) {
                        Type tt = apply(term.type(), m);
                        changed |= tt != term.type();
                        terms.add(new Term(term.tilde(), tt));
                    }
                }
                if (!changed && embeds == i.embeds) yield i;
                Interface ni = new Interface(ms, embeds);
                ni.terms = terms;
                ni.complete = true;
                yield ni;
            }
            case Tuple tu -> {
                List<Type> ts = list(tu.types, m);
                yield ts == tu.types ? tu : new Tuple(ts);
            }
        };
    }

    public static Signature signature(Signature s, Map<TypeParam, Type> m) {
        List<Obj.Var> ps = vars(s.params, m, false), rs = vars(s.results, m, false);
        if (ps == s.params && rs == s.results && !s.typeParams.stream().anyMatch(m::containsKey)) return s;
        return new Signature(ps, rs, s.variadic);
    }

    private static List<Obj.Var> vars(List<Obj.Var> vs, Map<TypeParam, Type> m, boolean fields) {
        List<Obj.Var> out = null;
        for (int i = 0; i < vs.size(); i++) {
            Obj.Var v = vs.get(i);
            Type t = apply(v.type, m);
            if (t != v.type && out == null) out = new ArrayList<>(vs.subList(0, i));
            if (out != null) out.add(t == v.type ? v : new Obj.Var(v.name, v.pos, t, v.pkg, v.isField, v.embedded));
        }
        return out == null ? vs : out;
    }

    private static List<Type> list(List<Type> ts, Map<TypeParam, Type> m) {
        List<Type> out = null;
        for (int i = 0; i < ts.size(); i++) {
            Type t = apply(ts.get(i), m);
            if (t != ts.get(i) && out == null) out = new ArrayList<>(ts.subList(0, i));
            if (out != null) out.add(t);
        }
        return out == null ? ts : out;
    }

    /** The instance of generic type origin for args (one object per distinct args). */
    public static Named instantiate(Named origin, List<Type> args) {
        String key = String.join(",", args.stream().map(TypeNames::key).toList());
        Named n = origin.instances.get(key);
        if (n != null) return n;
        n = new Named(origin.pkg, origin.name, null);
        n.origin = origin;
        n.typeArgs = List.copyOf(args);
        origin.instances.put(key, n);
        return n;
    }

    static Type instanceUnderlying(Named n) {
        Type u = apply(n.origin.under, map(n.origin.typeParams, n.typeArgs));
        return u instanceof Named un ? un.underlying() : u;
    }

    /** A method's type for a receiver of (possibly instantiated) type recv. */
    public static Type methodType(Type recv, Obj.Func m) {
        Type base = recv instanceof Pointer p ? p.elem : recv;
        if (base instanceof Named n && n.origin != null && m.recvNamed == n.origin) {
            return signature(m.sig(), map(n.origin.typeParams, n.typeArgs));
        }
        return m.type;
    }
}
