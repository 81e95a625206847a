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
        to(m, "ToUpper", Character::toUpperCase);
        to(m, "ToLower", Character::toLowerCase);
        to(m, "ToTitle", Character::toTitleCase);
    }
}
