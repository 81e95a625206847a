package gosub.lib.strconv;

/**
 * Go's *strconv.NumError: which function failed, on what input, and why.
 *
 * @param func the failing function: "ParseBool", "ParseInt", "ParseUint", "ParseFloat" or "Atoi"
 * @param num  the input, as the bytes of the Go string
 * @param kind the reason: ErrSyntax, ErrRange, or an invalid base / bit size
 * @param arg  the offending base or bit size for {@link Kind#BASE} / {@link Kind#BIT_SIZE}, else 0
 */
public record NumError(String func, byte[] num, Kind kind, int arg) {
    /** The wrapped error of a NumError. SYNTAX is strconv.ErrSyntax, RANGE is strconv.ErrRange. */
    public enum Kind { SYNTAX, RANGE, BASE, BIT_SIZE }

    /** The text of the wrapped error, e.g. "invalid syntax" or "invalid base 1". */
    public String errText() {
        return switch (kind) {
            case SYNTAX -> "invalid syntax";
            case RANGE -> "value out of range";
            case BASE -> "invalid base " + arg;
            case BIT_SIZE -> "invalid bit size " + arg;
        };
    }

    /** Go's NumError.Error(), e.g. {@code strconv.Atoi: parsing "x": invalid syntax}. */
    public String message() {
        return "strconv." + func + ": parsing " + Quote.quote(num) + ": " + errText();
    }

    /** The same error reported under another function name and input. */
    NumError with(String newFunc, byte[] newNum) {
        return new NumError(newFunc, newNum, kind, arg);
    }

    static NumError syntax(String func, byte[] num) {
        return new NumError(func, num, Kind.SYNTAX, 0);
    }

    static NumError range(String func, byte[] num) {
        return new NumError(func, num, Kind.RANGE, 0);
    }

    @Override
    public String toString() {
        return message();
    }
}
