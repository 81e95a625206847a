package gosub.runtime;

import gosub.types.Type;

/** A non-nil interface value: its dynamic type and value. A nil interface is Java null. */
public record Iface(Type type, Object value) {
    @Override
    public boolean equals(Object o) {
        return o instanceof Iface i && gosub.types.TypeOps.identical(type, i.type) && Values.equal(value, i.value);
    }

    @Override
    public int hashCode() {
        return Values.hash(value);
    }
}
