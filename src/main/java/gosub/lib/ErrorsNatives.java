package gosub.lib;

import gosub.exec.NativeFn;
import gosub.runtime.*;
import gosub.types.Interfaces;
import gosub.types.Type;
import gosub.types.TypeOps;
import gosub.types.Universe;
import java.util.Map;

/** The parts of errors that need to look at dynamic types. */
final class ErrorsNatives {
    private ErrorsNatives() {}

    private static GoPanic panic(String msg, gosub.syntax.Pos p) {
        return new GoPanic(new Iface(Universe.STRING, GoString.of(msg)), p, false);
    }

    static void register(Map<String, NativeFn> m) {
        m.put("errors.isComparable", (a, g, p) -> a[0] == null || TypeOps.comparable(((Iface) a[0]).type()));
        m.put("errors.checkAsTarget", (a, g, p) -> {
            Iface t = (Iface) a[0];
            if (!(t.type().underlying() instanceof Type.Pointer ptr) || t.value() == null) {
                throw panic("errors: target must be a non-nil pointer", p);
            }
            Type elem = ptr.elem;
            boolean ok = TypeOps.isInterface(elem)
                    || Interfaces.missingMethod(elem, (Type.Interface) Universe.ERROR.underlying()) == null;
            if (!ok) throw panic("errors: *target must be interface or implement error", p);
            return null;
        });
        m.put("errors.assignTo", (a, g, p) -> {
            Iface err = (Iface) a[0];
            Iface target = (Iface) a[1];
            Type elem = ((Type.Pointer) target.type().underlying()).elem;
            Pointer ptr = (Pointer) target.value();
            if (TypeOps.isInterface(elem)) {
                if (Interfaces.missingMethod(err.type(), (Type.Interface) elem.underlying()) != null) return false;
                ptr.store(err);
                return true;
            }
            if (!TypeOps.identical(err.type(), elem)) return false;
            ptr.store(Values.copyValue(err.value()));
            return true;
        });
    }
}
