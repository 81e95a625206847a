package gosub.lib.fmt;

import gosub.runtime.Elems;
import gosub.runtime.ArrayValue;
import gosub.runtime.Iface;
import gosub.runtime.MapValue;
import gosub.runtime.Pointer;
import gosub.runtime.Slice;
import gosub.runtime.StructValue;
import gosub.types.Obj;
import gosub.types.Type;
import java.util.List;

/**
 * Go's printValue: prints a value by its kind, recursing into maps (sorted by key),
 * structs, arrays, slices, interfaces and (at the top level only) pointers to composites.
 * Nested values that could be turned into interfaces (not reached through unexported
 * fields) get their Error / String / GoString methods called.
 */
final class ValuePrinter {
    private ValuePrinter() {}

    static void printValue(Pp p, RVal value, int verb, int depth) {
        if (depth > 0 && value != null && !value.ro()) {
            if (p.handleMethods(value.iface(), value, verb)) return;
        }
        ByteBuf buf = p.buf;
        Fmt fmt = p.fmt;
        if (value == null) {
            if (depth == 0) {
                buf.writeString("<invalid reflect.Value>");
            } else if (verb == 'v') {
                buf.writeString("<nil>");
            } else {
                p.badVerb(null, null, verb);
            }
            return;
        }
        Kind kind = value.kind();
        Object v = value.v();
        if (p.printBasic(null, value, kind, v, verb)) return;
        switch (kind) {
            case MAP -> printMap(p, value, verb, depth);
            case STRUCT -> printStruct(p, value, verb, depth);
            case INTERFACE -> {
                if (v == null) {
                    if (fmt.sharpV) {
                        buf.writeString(Pp.typeString(value.type()));
                        buf.writeString("(nil)");
                    } else {
                        buf.writeString("<nil>");
                    }
                } else {
                    printValue(p, RVal.of(v, value.ro()), verb, depth + 1);
                }
            }
            case ARRAY, SLICE -> printList(p, value, verb, depth);
            case POINTER -> {
                if (depth == 0 && v != null) {
                    Type elem = ((Type.Pointer) value.type().underlying()).elem;
                    switch (Kind.of(elem)) {
                        case ARRAY, SLICE, STRUCT, MAP -> {
                            buf.writeByte('&');
                            printValue(p, new RVal(elem, ((Pointer) v).load(), value.ro()), verb, depth + 1);
                            return;
                        }
                        default -> { }
                    }
                }
                p.fmtPointer(null, value, verb);
            }
            case CHAN, FUNC, UNSAFE_POINTER -> p.fmtPointer(null, value, verb);
            default -> {
                buf.writeByte('?');
                buf.writeString(Pp.typeString(value.type()));
                buf.writeByte('?');
            }
        }
    }

    private static void printMap(Pp p, RVal value, int verb, int depth) {
        ByteBuf buf = p.buf;
        boolean sharpV = p.fmt.sharpV;
        MapValue m = (MapValue) value.v();
        if (sharpV) {
            buf.writeString(Pp.typeString(value.type()));
            if (m == null) {
                buf.writeString("(nil)");
                return;
            }
            buf.writeByte('{');
        } else {
            buf.writeString("map[");
        }
        Type.MapT mt = (Type.MapT) value.type().underlying();
        List<Object[]> entries = MapSort.sorted(m, mt.key, p.addrs());
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                if (sharpV) {
                    buf.writeString(", ");
                } else {
                    buf.writeByte(' ');
                }
            }
            printValue(p, new RVal(mt.key, entries.get(i)[0], value.ro()), verb, depth + 1);
            buf.writeByte(':');
            printValue(p, new RVal(mt.value, entries.get(i)[1], value.ro()), verb, depth + 1);
        }
        buf.writeByte(sharpV ? '}' : ']');
    }

    private static void printStruct(Pp p, RVal value, int verb, int depth) {
        ByteBuf buf = p.buf;
        boolean sharpV = p.fmt.sharpV;
        if (sharpV) buf.writeString(Pp.typeString(value.type()));
        buf.writeByte('{');
        List<Obj.Var> fields = ((Type.Struct) value.type().underlying()).fields;
        Object[] vals = ((StructValue) value.v()).fields;
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                if (sharpV) {
                    buf.writeString(", ");
                } else {
                    buf.writeByte(' ');
                }
            }
            Obj.Var f = fields.get(i);
            if ((p.fmt.plusV || sharpV) && !f.name.isEmpty()) {
                buf.writeString(f.name);
                buf.writeByte(':');
            }
            boolean ro = value.ro() || !f.exported();
            RVal field = new RVal(f.type, vals[i], ro);
            // getField: a non-nil interface field is printed as the value inside it.
            if (Kind.of(f.type) == Kind.INTERFACE && vals[i] != null) field = RVal.of(vals[i], ro);
            printValue(p, field, verb, depth + 1);
        }
        buf.writeByte('}');
    }

    private static void printList(Pp p, RVal value, int verb, int depth) {
        ByteBuf buf = p.buf;
        Object v = value.v();
        boolean isSlice = value.kind() == Kind.SLICE;
        Type elem = isSlice ? ((Type.Slice) value.type().underlying()).elem
                : ((Type.Array) value.type().underlying()).elem;
        Object arr;
        int off;
        int len;
        if (isSlice) {
            Slice s = (Slice) v;
            arr = s == null ? new Object[0] : s.array;
            off = s == null ? 0 : s.off;
            len = s == null ? 0 : s.len;
        } else {
            arr = ((ArrayValue) v).elems;
            off = 0;
            len = Elems.length(arr);
        }
        switch (verb) {
            case 's', 'q', 'x', 'X' -> {
                if (Kind.isByte(elem)) {
                    byte[] b = Elems.bytes(arr, off, len);
                    p.fmtBytes(b, isSlice && v == null, verb, Pp.typeString(value.type()), value);
                    return;
                }
            }
            default -> { }
        }
        if (p.fmt.sharpV) {
            buf.writeString(Pp.typeString(value.type()));
            if (isSlice && v == null) {
                buf.writeString("(nil)");
                return;
            }
            buf.writeByte('{');
            for (int i = 0; i < len; i++) {
                if (i > 0) buf.writeString(", ");
                printValue(p, new RVal(elem, Elems.get(arr, off + i), value.ro()), verb, depth + 1);
            }
            buf.writeByte('}');
        } else {
            buf.writeByte('[');
            for (int i = 0; i < len; i++) {
                if (i > 0) buf.writeByte(' ');
                printValue(p, new RVal(elem, Elems.get(arr, off + i), value.ro()), verb, depth + 1);
            }
            buf.writeByte(']');
        }
    }

    /** Whether an operand is a string for Sprint's spacing rule. */
    static boolean isString(Object arg) {
        return arg instanceof Iface i && Kind.of(i.type()) == Kind.STRING;
    }
}
