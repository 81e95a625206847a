package gosub.runtime;

import java.util.Arrays;

/** A struct value. Go copies structs on assignment; the compiled code calls copy() there. */
public final class StructValue {
    public final Object[] fields;

    public StructValue(Object[] fields) {
        this.fields = fields;
    }

    public StructValue copy() {
        Object[] f = fields.clone();
        for (int i = 0; i < f.length; i++) f[i] = Values.copyValue(f[i]);
        return new StructValue(f);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StructValue s)) return false;
        for (int i = 0; i < fields.length; i++) if (!Values.equal(fields[i], s.fields[i])) return false;
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (Object f : fields) h = h * 31 + Values.hash(f);
        return h;
    }

    @Override
    public String toString() {
        return Arrays.toString(fields);
    }
}
