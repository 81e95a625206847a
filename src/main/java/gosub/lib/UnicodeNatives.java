package gosub.lib;

import gosub.exec.NativeFn;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/** unicode's classification and case mapping on Java's Unicode tables. */
final class UnicodeNatives {
    private UnicodeNatives() {}

    private static void is(Map<String, NativeFn> m, String name, IntPredicate p) {
        m.put("unicode." + name, (a, g, pos) -> {
            long r = (Long) a[0];
            return r >= 0 && r <= 0x10FFFF && p.test((int) r);
        });
    }

    private static void to(Map<String, NativeFn> m, String name, IntUnaryOperator op) {
        m.put("unicode." + name, (a, g, pos) -> {
            long r = (Long) a[0];
            return r >= 0 && r <= 0x10FFFF ? (long) op.applyAsInt((int) r) : r;
        });
    }

    static boolean punct(int r) {
        return switch (Character.getType(r)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    static boolean symbol(int r) {
        return switch (Character.getType(r)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    static boolean mark(int r) {
        return switch (Character.getType(r)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    static boolean number(int r) {
        return switch (Character.getType(r)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Membership of r in the category or script called name. */
    static boolean named(String name, int r) {
        int t = Character.getType(r);
        return switch (name) {
            case "L" -> Character.isLetter(r);
            case "Lu" -> t == Character.UPPERCASE_LETTER;
            case "Ll" -> t == Character.LOWERCASE_LETTER;
            case "Lt" -> t == Character.TITLECASE_LETTER;
            case "Lm" -> t == Character.MODIFIER_LETTER;
            case "Lo" -> t == Character.OTHER_LETTER;
            case "M" -> mark(r);
            case "Mn" -> t == Character.NON_SPACING_MARK;
            case "Mc" -> t == Character.COMBINING_SPACING_MARK;
            case "Me" -> t == Character.ENCLOSING_MARK;
            case "N" -> number(r);
            case "Nd" -> t == Character.DECIMAL_DIGIT_NUMBER;
            case "Nl" -> t == Character.LETTER_NUMBER;
            case "No" -> t == Character.OTHER_NUMBER;
            case "P" -> punct(r);
            case "Pc" -> t == Character.CONNECTOR_PUNCTUATION;
            case "Pd" -> t == Character.DASH_PUNCTUATION;
            case "Ps" -> t == Character.START_PUNCTUATION;
            case "Pe" -> t == Character.END_PUNCTUATION;
            case "Pi" -> t == Character.INITIAL_QUOTE_PUNCTUATION;
            case "Pf" -> t == Character.FINAL_QUOTE_PUNCTUATION;
            case "Po" -> t == Character.OTHER_PUNCTUATION;
            case "S" -> symbol(r);
            case "Sm" -> t == Character.MATH_SYMBOL;
            case "Sc" -> t == Character.CURRENCY_SYMBOL;
            case "Sk" -> t == Character.MODIFIER_SYMBOL;
            case "So" -> t == Character.OTHER_SYMBOL;
            case "Z" -> t == Character.SPACE_SEPARATOR || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
            case "Zs" -> t == Character.SPACE_SEPARATOR;
            case "Zl" -> t == Character.LINE_SEPARATOR;
            case "Zp" -> t == Character.PARAGRAPH_SEPARATOR;
            case "C" -> t == Character.CONTROL || t == Character.FORMAT || t == Character.PRIVATE_USE || t == Character.SURROGATE;
            case "Cc" -> t == Character.CONTROL;
            case "Cf" -> t == Character.FORMAT;
            case "Co" -> t == Character.PRIVATE_USE;
            case "Cs" -> t == Character.SURROGATE;
            default -> script(name, r);
        };
    }

    private static final Map<String, Character.UnicodeScript> SCRIPTS = new java.util.concurrent.ConcurrentHashMap<>();

    static boolean script(String name, int r) {
        Character.UnicodeScript sc = SCRIPTS.computeIfAbsent(name, n -> {
            try {
                return Character.UnicodeScript.forName(n);
            } catch (IllegalArgumentException e) {
                return Character.UnicodeScript.UNKNOWN;
            }
        });
        return sc != Character.UnicodeScript.UNKNOWN && Character.UnicodeScript.of(r) == sc;
    }

    static void register(Map<String, NativeFn> m) {
        is(m, "IsLetter", Character::isLetter);
        is(m, "IsDigit", r -> Character.getType(r) == Character.DECIMAL_DIGIT_NUMBER);
        is(m, "IsNumber", UnicodeNatives::number);
        is(m, "IsUpper", r -> Character.getType(r) == Character.UPPERCASE_LETTER);
        is(m, "IsLower", r -> Character.getType(r) == Character.LOWERCASE_LETTER);
        is(m, "IsTitle", r -> Character.getType(r) == Character.TITLECASE_LETTER);
        is(m, "IsPunct", UnicodeNatives::punct);
        is(m, "IsSymbol", UnicodeNatives::symbol);
        is(m, "IsMark", UnicodeNatives::mark);
        is(m, "IsControl", r -> r < 0x20 || (r >= 0x7F && r < 0xA0));
        is(m, "IsGraphic", r -> gosub.lib.strconv.Quote.isGraphic(r));
        is(m, "IsPrint", r -> gosub.lib.strconv.Quote.isPrint(r));
        m.put("unicode.IsSpace", (a, g, pos) -> Uni.isSpace((Long) a[0]));
        m.put("unicode.ToUpper", (a, g, pos) -> Uni.toUpper((Long) a[0]));
        m.put("unicode.ToLower", (a, g, pos) -> Uni.toLower((Long) a[0]));
        m.put("unicode.ToTitle", (a, g, pos) -> Uni.toTitle((Long) a[0]));
        m.put("unicode.SimpleFold", (a, g, pos) -> Uni.simpleFold((Long) a[0]));
        m.put("unicode.isNamed", (a, g, pos) -> {
            long r = (Long) a[1];
            return r >= 0 && r <= 0x10FFFF && named(((gosub.runtime.GoString) a[0]).toString(), (int) r);
        });
    }
}
