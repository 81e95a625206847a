package gosub.compile;

import gosub.exec.NativeFn;

/** Finds the Java implementation of a library function declared without a body. */
public interface Natives {
    /** fullName: fmt.Println, sync.(*WaitGroup).Add, ...; null when gosub lacks it. */
    NativeFn lookup(String fullName);
}
