package gosub.types;

import gosub.types.Type.*;
import java.util.ArrayList;
import java.util.List;

/** Method sets and interface satisfaction. */
public final class Interfaces {
    private Interfaces() {}

    /** All methods of an interface, including those of embedded interfaces. */
    public static List<Obj.Func> methodSet(Interface i) {
        if (i.embeds.isEmpty()) return i.methods;
        List<Obj.Func> out = new ArrayList<>(i.methods);
        for (Type e : i.embeds) {
            if (e.underlying() instanceof Interface ei) {
                for (Obj.Func m : methodSet(ei)) {
                    if (out.stream().noneMatch(x -> x.name.equals(m.name))) out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * Why v does not implement iface, in Go's words ("missing method Error"), or null when it
     * does.
     */
    public static String missingMethod(Type v, Interface iface) {
        for (Obj.Func m : methodSet(iface)) {
            Lookup.Selection sel = Lookup.find(v, m.name);
            if (sel == null || sel.isField() || sel.ambiguous()) return "missing method " + m.name;
            Obj.Func found = sel.method();
            if (!TypeOps.identical(Subst.methodType(v, found), m.type)) return "wrong type for method " + m.name;
            boolean viaPointer = v instanceof Pointer || Lookup.throughPointer(v, sel.path());
            if (found.ptrRecv && !viaPointer && !TypeOps.isInterface(v)) {
                return "method " + m.name + " has pointer receiver";
            }
        }
        if (iface.terms != null) {
            boolean ok = v instanceof TypeParam tp && typeSetWithin(tp, iface.terms);
            for (Term term : iface.terms) {
                if (term.tilde() ? TypeOps.identical(v.underlying(), term.type().underlying()) : TypeOps.identical(v, term.type())) ok = true;
            }
            if (!ok) return TypeNames.of(v, "main") + " missing in " + String.join(" | ", iface.terms.stream()
                    .map(t -> (t.tilde() ? "~" : "") + TypeNames.of(t.type(), "main")).toList());
        }
        if (iface.isComparableConstraint() && !TypeOps.comparable(v)) return "comparable";
        return null;
    }

    /** Whether every type in type parameter tp's type set is in the union of terms. */
    private static boolean typeSetWithin(TypeParam tp, List<Term> terms) {
        if (tp.constraint == null || !(tp.constraint.underlying() instanceof Interface ci) || ci.terms == null || ci.terms.isEmpty()) return false;
        for (Term t : ci.terms) {
            boolean in = false;
            for (Term u : terms) {
                if (u.tilde() ? TypeOps.identical(t.type().underlying(), u.type().underlying())
                        : !t.tilde() && TypeOps.identical(t.type(), u.type())) in = true;
            }
            if (!in) return false;
        }
        return true;
    }
}
