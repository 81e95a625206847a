// A placeholder for javac to read while it runs gosub.syntax.WriteLibraryTrees, which writes the
// library packages' syntax trees (see the library-trees execution in pom.xml). Never compiled.
final class LibraryTrees {}
