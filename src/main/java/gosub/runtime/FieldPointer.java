package gosub.runtime;

/** &s.f: a pointer to a field of a struct value. */
public record FieldPointer(StructValue struct, int index) implements Pointer {
    @Override
    public Object load() {
        return struct.fields[index];
    }

    @Override
    public void store(Object v) {
        struct.fields[index] = v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldPointer p && p.struct == struct && p.index == index;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(struct) * 31 + index;
    }
}
