package gosub.types;

import java.util.LinkedHashMap;
import java.util.Map;

/** A lexical scope: names declared in a block, file, package or the universe. */
public final class Scope {
    public final Scope parent;
    public final Map<String, Obj> names = new LinkedHashMap<>();
    /** True for a function's outermost scope: lookups past it cross into an enclosing function. */
    public final boolean funcScope;

    public Scope(Scope parent, boolean funcScope) {
        this.parent = parent;
        this.funcScope = funcScope;
    }

    public Obj lookupLocal(String name) {
        return names.get(name);
    }

    public Obj lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Obj o = s.names.get(name);
            if (o != null) return o;
        }
        return null;
    }

    /** Declares obj; returns the object it collides with in this scope, if any. */
    public Obj declare(Obj obj) {
        if (obj.name.equals("_")) return null;
        return names.putIfAbsent(obj.name, obj);
    }
}
