package gosub.syntax;

/** Every AST node knows where it starts. */
public interface Node {
    Pos pos();
}
