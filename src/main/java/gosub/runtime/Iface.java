package gosub.runtime;

import gosub.types.Type;

/** A non-nil interface value: its dynamic type and value. A nil interface is Java null. */
public record Iface(Type type, Object value) {
    /** Go's interface equality: a panic when both hold the same uncomparable type. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Iface i) || !gosub.types.TypeOps.identical(type, i.type)) return false;
        if (!gosub.types.TypeOps.comparable(type)) {
            throw Panics.error("comparing uncomparable type " + gosub.types.TypeNames.of(type, true), null);
        }
        return Values.equal(value, i.value);
    }

    @Override
    public int hashCode() {
        return Values.hash(value);
    }
}
