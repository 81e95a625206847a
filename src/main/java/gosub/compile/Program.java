package gosub.compile;

import gosub.exec.FuncCode;
import gosub.exec.MethodTable;

/** A compiled program: the code that initialises packages and main.main. */
public record Program(FuncCode init, FuncCode main, int globals, MethodTable methods, String fileName) {}
