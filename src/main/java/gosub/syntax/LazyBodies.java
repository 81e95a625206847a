package gosub.syntax;

import gosub.parser.GoLexer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;

/**
 * Cuts the bodies out of a library file's top-level functions before it is parsed: the parser
 * sees `{}` and each body's tokens are kept, to be parsed when the function is first compiled.
 * Most of a package's tokens are in bodies a program never calls.
 */
final class LazyBodies {
    /** The tokens the parser sees. */
    final List<Token> outline = new ArrayList<>();
    /** For each `{` of a cut body in the outline: the body's tokens from `{` to `}`. */
    final Map<Token, List<Token>> bodies = new IdentityHashMap<>();

    LazyBodies(List<? extends Token> tokens) {
        List<Token> ts = new ArrayList<>();
        for (Token t : tokens) if (t.getChannel() == Token.DEFAULT_CHANNEL) ts.add(t);
        int depth = 0;
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            outline.add(t);
            if (t.getType() == GoLexer.LBRACE) depth++;
            else if (t.getType() == GoLexer.RBRACE) depth--;
            else if (t.getType() == GoLexer.FUNC && depth == 0 && (i == 0 || ts.get(i - 1).getType() == GoLexer.EOS)) {
                // A function declaration (a `func` starting a top-level declaration, not a
                // function literal or type).
                int open = bodyStart(ts, i + 1);
                if (open < 0) continue;
                int close = matching(ts, open);
                outline.addAll(ts.subList(i + 1, open + 1));
                outline.add(ts.get(close));
                bodies.put(ts.get(open), List.copyOf(ts.subList(open, close + 1)));
                i = close;
            }
        }
    }

    /** The index of the `{` opening the body of the function whose header starts at from, or -1. */
    private static int bodyStart(List<Token> ts, int from) {
        int nest = 0;
        for (int j = from; j < ts.size(); j++) {
            int type = ts.get(j).getType();
            switch (type) {
                case GoLexer.LPAREN, GoLexer.LBRACK -> nest++;
                case GoLexer.RPAREN, GoLexer.RBRACK -> nest--;
                case GoLexer.STRUCT, GoLexer.INTERFACE -> {
                    // A struct or interface type in the signature has braces of its own.
                    if (j + 1 < ts.size() && ts.get(j + 1).getType() == GoLexer.LBRACE) j = matching(ts, j + 1);
                }
                case GoLexer.LBRACE -> {
                    if (nest == 0) return j;
                }
                case GoLexer.EOS, Token.EOF -> {
                    if (nest == 0) return -1;
                }
                default -> { }
            }
        }
        return -1;
    }

    private static int matching(List<Token> ts, int open) {
        int depth = 0;
        for (int j = open; j < ts.size(); j++) {
            int type = ts.get(j).getType();
            if (type == GoLexer.LBRACE) depth++;
            else if (type == GoLexer.RBRACE && --depth == 0) return j;
        }
        throw new SyntaxError(ExprBuilder.pos(ts.get(open)), "syntax error: unexpected EOF, expected }");
    }
}
