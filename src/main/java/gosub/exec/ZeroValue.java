package gosub.exec;

/** Makes a fresh zero value of a type (structs and arrays must not be shared). */
@FunctionalInterface
public interface ZeroValue {
    Object make();
}
