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
    /** A method ready to call: its code and the receiver to pass first. */
    public record Bound(FuncCode code, Object receiver) {}

    /**
     * The method's code, and how to turn the interface's value into its receiver. A method
     * promoted from an embedded interface field (viaInterface) is dispatched again on that
     * field's dynamic type.
     */
    public record Target(FuncCode code, List<Integer> path, Type dynType, boolean ptrRecv, boolean viaInterface,
                         String name, MethodTable table) {
        public Bound bind(Object v, Pos pos) {
            if (!viaInterface) return new Bound(code, receiver(v, pos));
            Object inner = v;
            Type t = dynType;
            for (int idx : path) {
                Type u = t instanceof Type.Pointer p ? p.elem : t;
                t = ((Type.Struct) u.underlying()).fields.get(idx).type;
                inner = Access.struct(inner, pos).fields[idx];
            }
            if (inner == null) throw Panics.nilDeref(pos);
            gosub.runtime.Iface i = (gosub.runtime.Iface) inner;
            return table.find(i.type(), name).bind(i.value(), pos);
        }

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
            if (m.recvNamed == null) return new Target(null, sel.path(), dyn, false, true, n, this);
            return new Target(codes.apply(m, holder), sel.path(), dyn, m.ptrRecv, false, n, this);
        });
    }
}
