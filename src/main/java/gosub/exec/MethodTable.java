package gosub.exec;

import gosub.runtime.*;
import gosub.syntax.Pos;
import gosub.types.Lookup;
import gosub.types.Obj;
import gosub.types.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/** Finds the method an interface call reaches for a dynamic type, caching the answer. */
public final class MethodTable {
    /** The method's code, and how to turn the interface's value into its receiver. */
    public record Target(FuncCode code, List<Integer> path, Type dynType, boolean ptrRecv) {
        public Object receiver(Object v, Pos pos) {
            Type t = dynType;
            for (int k = 0; k < path.size(); k++) {
                int idx = path.get(k);
                Type u = t instanceof Type.Pointer p ? p.elem : t;
                StructValue s = Access.struct(v, pos);
                Type.Struct st = (Type.Struct) u.underlying();
                t = st.fields.get(idx).type;
                if (ptrRecv && !(t instanceof Type.Pointer) && k == path.size() - 1) return new FieldPointer(s, idx);
                v = s.fields[idx];
            }
            if (!ptrRecv && t instanceof Type.Pointer) {
                if (v == null) throw Panics.nilDeref(pos);
                return Values.copyValue(((Pointer) v).load());
            }
            return ptrRecv ? v : Values.copyValue(v);
        }
    }

    private final Map<Type, Map<String, Target>> cache = new ConcurrentHashMap<>();
    private final BiFunction<Obj.Func, Type, FuncCode> codes;

    /** codes: the code of a method for the (possibly generic-instance) type that declares it. */
    public MethodTable(BiFunction<Obj.Func, Type, FuncCode> codes) {
        this.codes = codes;
    }

    public Target find(Type dyn, String name) {
        return cache.computeIfAbsent(dyn, k -> new ConcurrentHashMap<>()).computeIfAbsent(name, n -> {
            Lookup.Selection sel = Lookup.find(dyn, n);
            Obj.Func m = sel.method();
            Type holder = dyn;
            for (int idx : sel.path()) holder = ((Type.Struct) (holder instanceof Type.Pointer p ? p.elem : holder).underlying()).fields.get(idx).type;
            return new Target(codes.apply(m, holder), sel.path(), dyn, m.ptrRecv);
        });
    }
}
