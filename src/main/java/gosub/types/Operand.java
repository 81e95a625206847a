package gosub.types;

/** The result of checking an expression: what it is, its type and, for constants, its value. */
public final class Operand {
    public enum Mode {
        INVALID, NOVALUE, BUILTIN, TYPE, CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK
    }

    public Mode mode;
    public Type type;
    public Object value;

    public Operand(Mode mode, Type type, Object value) {
        this.mode = mode;
        this.type = type;
        this.value = value;
    }

    public static Operand bad() {
        return new Operand(Mode.INVALID, Universe.INVALID, null);
    }

    public boolean invalid() {
        return mode == Mode.INVALID;
    }

    public boolean isConst() {
        return mode == Mode.CONSTANT;
    }

    public boolean isType() {
        return mode == Mode.TYPE;
    }

    public boolean addressable() {
        return mode == Mode.VARIABLE;
    }
}
