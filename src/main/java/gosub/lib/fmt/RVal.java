package gosub.lib.fmt;

import gosub.runtime.Iface;
import gosub.types.Type;

/**
 * A reflect.Value: a value with its static type. ro marks values reached through unexported
 * struct fields, which reflect refuses to turn back into interfaces (so fmt does not call
 * their String or Error methods). A value of interface type holds an Iface or null.
 */
record RVal(Type type, Object v, boolean ro) {
    Kind kind() {
        return Kind.of(type);
    }

    /** reflect.Value.Interface(): the interface value holding this value (null for a nil interface). */
    Object iface() {
        if (kind() == Kind.INTERFACE) return v;
        return new Iface(type, v);
    }

    /** The value an interface value holds, with its dynamic type (null for a nil interface). */
    static RVal of(Object iface, boolean ro) {
        if (iface == null) return null;
        Iface i = (Iface) iface;
        return new RVal(i.type(), i.value(), ro);
    }
}
