package gosub.runtime;

/** A Go pointer: something that can be loaded from and stored to. */
public interface Pointer {
    Object load();

    void store(Object v);
}
