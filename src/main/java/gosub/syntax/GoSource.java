package gosub.syntax;

import gosub.parser.GoLexer;
import gosub.parser.GoParser;
import java.nio.charset.StandardCharsets;
import org.antlr.v4.runtime.*;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** Parses one Go source file: SLL first, full LL only when SLL fails. */
public final class GoSource {
    private GoSource() {}

    /** Set by tests to check that a file parses without the LL fallback. */
    public static final ThreadLocal<Boolean> usedFallback = ThreadLocal.withInitial(() -> false);

    public static Decl.File parse(String fileName, byte[] source) {
        String text = new String(source, StandardCharsets.UTF_8);
        GoParser.SourceFileContext tree;
        GoParser parser = parser(text);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        usedFallback.set(false);
        try {
            tree = parser.sourceFile();
        } catch (ParseCancellationException | SyntaxError e) {
            usedFallback.set(true);
            parser = parser(text);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new BailErrorStrategy() {
                @Override
                public void recover(Parser recognizer, RecognitionException ex) {
                    throw error(recognizer, ex.getOffendingToken());
                }

                @Override
                public Token recoverInline(Parser recognizer) {
                    throw error(recognizer, recognizer.getCurrentToken());
                }
            });
            tree = parser.sourceFile();
        }
        return new AstBuilder().file(fileName, tree);
    }

    private static GoParser parser(String text) {
        GoLexer lexer = new GoLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> r, Object sym, int line, int col, String msg, RecognitionException e) {
                throw new SyntaxError(new Pos(line, col + 1), "syntax error: " + msg);
            }
        });
        GoParser parser = new GoParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        return parser;
    }

    static SyntaxError error(Parser p, Token t) {
        String what = describe(t);
        if (t.getType() == GoLexer.ERROR_CHAR) {
            return new SyntaxError(ExprBuilder.pos(t), "invalid character " + quote(t.getText()));
        }
        if (p.getContext() instanceof GoParser.SourceFileContext && t.getType() != Token.EOF) {
            return new SyntaxError(ExprBuilder.pos(t), "syntax error: non-declaration statement outside function body");
        }
        // `if x` followed by a newline: Go reports the missing { at the end of the header.
        Token prev = null;
        TokenStream ts = (TokenStream) p.getInputStream();
        for (int i = t.getTokenIndex() - 1; i >= 0 && prev == null; i--) {
            if (ts.get(i).getChannel() == Token.DEFAULT_CHANNEL) prev = ts.get(i);
        }
        String clause = prev == null ? null : headerKeyword(ts, prev);
        if (t.getType() == GoLexer.LBRACE && prev != null && prev.getType() == GoLexer.EOS && !prev.getText().equals(";") && clause != null) {
            return new SyntaxError(ExprBuilder.pos(prev), "syntax error: unexpected newline, expected { after " + clause + " clause");
        }
        if (t.getType() == GoLexer.EOS && !t.getText().equals(";") && clause != null) {
            return new SyntaxError(ExprBuilder.pos(t), "syntax error: unexpected newline, expected { after " + clause + " clause");
        }
        return new SyntaxError(ExprBuilder.pos(t), "syntax error: unexpected " + what);
    }

    /** The if/for/switch keyword starting the line that `end` ends, if that line opens no block. */
    private static String headerKeyword(TokenStream ts, Token end) {
        for (int i = end.getTokenIndex() - 1; i >= 0; i--) {
            Token t = ts.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            if (t.getLine() != end.getLine() || t.getType() == GoLexer.LBRACE || t.getType() == GoLexer.RBRACE) return null;
            if (t.getType() == GoLexer.IF) return "if";
            if (t.getType() == GoLexer.FOR) return "for";
            if (t.getType() == GoLexer.SWITCH) return "switch";
        }
        return null;
    }

    private static String describe(Token t) {
        if (t.getType() == Token.EOF) return "EOF";
        if (t.getType() == GoLexer.EOS) return t.getText().equals(";") ? "semicolon" : "newline";
        if (t.getType() == GoLexer.IDENT) return "name " + t.getText();
        if (t.getType() == GoLexer.INT_LIT || t.getType() == GoLexer.FLOAT_LIT
                || t.getType() == GoLexer.STRING_LIT || t.getType() == GoLexer.RUNE_LIT) return "literal " + t.getText();
        String s = t.getText();
        if (Character.isLetter(s.charAt(0))) return "keyword " + s;
        return s;
    }

    private static String quote(String s) {
        return "U+" + String.format("%04X", s.codePointAt(0)) + " '" + s + "'";
    }
}
