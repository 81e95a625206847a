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
        return new SyntaxError(ExprBuilder.pos(t), "syntax error: unexpected " + what);
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
