package gosub.build;

/** Pattern switches that TypeSwitchLoweringTest runs before and after lowering. */
public final class LoweringSample {
    private LoweringSample() {}

    public sealed interface Shape permits Circle, Square, Rect {}

    public record Circle(double r) implements Shape {}

    public record Square(double side) implements Shape {}

    public record Rect(double w, double h) implements Shape {}

    /** Guards make the switch restart after a failed guard; case null takes -1. */
    public static String describe(Object o) {
        return switch (o) {
            case null -> "null";
            case Integer i when i > 10 -> "big int";
            case Integer i -> "int " + i;
            case String s when s.isEmpty() -> "empty string";
            case CharSequence cs -> "chars " + cs.length();
            case Number n -> "number " + n.intValue();
            default -> "other";
        };
    }

    /** Exhaustive over a sealed interface, with record patterns; null throws. */
    public static String area(Shape s) {
        return switch (s) {
            case Circle(double r) -> "circle " + (int) (r * r * 3);
            case Square sq -> "square " + (int) (sq.side() * sq.side());
            case Rect(double w, double h) when w == h -> "square rect " + (int) (w * h);
            case Rect r -> "rect " + (int) (r.w() * r.h());
        };
    }

    /** A statement switch with fall-out. */
    public static int kind(Object o) {
        int k = 0;
        switch (o) {
            case Shape s -> k = 1;
            case Long l -> k = 2;
            default -> k = 3;
        }
        return k;
    }
}
