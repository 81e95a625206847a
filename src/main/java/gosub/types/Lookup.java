package gosub.types;

import gosub.types.Type.*;
import java.util.ArrayList;
import java.util.List;

/** Field and method lookup through embedded fields, shallowest depth first (spec: Selectors). */
public final class Lookup {
    private Lookup() {}

    /**
     * What a selector x.name denotes. path lists the field indices walked through embedded
     * fields (the last one is the field itself for a field selection).
     */
    public record Selection(Obj obj, List<Integer> path, boolean ambiguous) {
        public boolean isField() {
            return obj instanceof Obj.Var;
        }

        public Obj.Func method() {
            return (Obj.Func) obj;
        }
    }

    private record Entry(Type type, List<Integer> path) {}

    public static Selection find(Type t, String name) {
        if (t instanceof Pointer p && p.elem instanceof Named) t = p.elem;
        else if (t instanceof Pointer p && !(p.elem.underlying() instanceof Interface)) t = p.elem;
        List<Entry> level = List.of(new Entry(t, List.of()));
        List<Type> seen = new ArrayList<>();
        while (!level.isEmpty()) {
            Selection found = null;
            boolean ambiguous = false;
            List<Entry> next = new ArrayList<>();
            for (Entry e : level) {
                Type type = e.type;
                if (type instanceof Pointer p) type = p.elem;
                if (type instanceof Named n) {
                    if (seen.contains(n)) continue;
                    seen.add(n);
                    for (Obj.Func m : (n.origin != null ? n.origin : n).methods) {
                        if (m.name.equals(name)) {
                            if (found != null) ambiguous = true;
                            found = new Selection(m, e.path, false);
                        }
                    }
                }
                Type u = type instanceof TypeParam tp ? (tp.constraint == null ? Universe.EMPTY_INTERFACE : tp.constraint.underlying()) : type.underlying();
                if (u instanceof Struct s) {
                    for (int i = 0; i < s.fields.size(); i++) {
                        Obj.Var f = s.fields.get(i);
                        List<Integer> path = append(e.path, i);
                        if (f.name.equals(name)) {
                            if (found != null) ambiguous = true;
                            found = new Selection(f, path, false);
                        }
                        if (f.embedded) next.add(new Entry(f.type, path));
                    }
                } else if (u instanceof Interface i) {
                    for (Obj.Func m : Interfaces.methodSet(i)) {
                        if (m.name.equals(name)) {
                            if (found != null) ambiguous = true;
                            found = new Selection(m, e.path, false);
                        }
                    }
                }
            }
            if (found != null) return ambiguous ? new Selection(found.obj, found.path, true) : found;
            level = next;
        }
        return null;
    }

    private static List<Integer> append(List<Integer> path, int i) {
        List<Integer> p = new ArrayList<>(path);
        p.add(i);
        return List.copyOf(p);
    }

    /** Whether the path to a promoted member goes through an embedded pointer. */
    public static boolean throughPointer(Type t, List<Integer> path) {
        Type cur = t instanceof Pointer p ? p.elem : t;
        for (int idx : path) {
            if (!(cur.underlying() instanceof Struct s)) return false;
            Type ft = s.fields.get(idx).type;
            if (ft instanceof Pointer) return true;
            cur = ft;
        }
        return false;
    }
}
