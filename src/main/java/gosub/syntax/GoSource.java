package gosub.syntax;

import gosub.parser.GoLexer;
import gosub.parser.GoParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.antlr.v4.runtime.*;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** Parses one Go source file: SLL first, full LL only when SLL fails. */
public final class GoSource {
    private GoSource() {}

    /** Set by tests to check that a file parses without the LL fallback. */
    public static final ThreadLocal<Boolean> usedFallback = ThreadLocal.withInitial(() -> false);

    /**
     * Initialises the lexer and parser classes (their state machines take tens of milliseconds to
     * build), so that another thread can do it while the command line and the file are read.
     */
    public static void preload() {
        GoLexer.VOCABULARY.getMaxTokenType();
        GoParser.VOCABULARY.getMaxTokenType();
    }

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
                    throw SyntaxMessages.error(recognizer, ex.getOffendingToken(), ex.getExpectedTokens());
                }

                @Override
                public Token recoverInline(Parser recognizer) {
                    throw SyntaxMessages.error(recognizer, recognizer.getCurrentToken(), recognizer.getExpectedTokens());
                }
            });
            tree = parser.sourceFile();
        }
        return new AstBuilder().file(fileName, tree);
    }

    /**
     * Parses a library file whose function bodies are parsed only when first used: the file is
     * trusted Go, so a body's syntax errors need not be found up front.
     */
    public static Decl.File parseLibrary(String fileName, byte[] source) {
        GoLexer lexer = lexer(new String(source, StandardCharsets.UTF_8));
        LazyBodies cut = new LazyBodies(lexer.getAllTokens());
        GoParser parser = bailing(cut.outline);
        return new AstBuilder(cut.bodies).file(fileName, parser.sourceFile());
    }

    /** Parses a body cut out by LazyBodies. */
    static Stmt.Block parseBody(List<Token> tokens) {
        return new AstBuilder().block(bailing(tokens).block());
    }

    private static GoParser bailing(List<Token> tokens) {
        GoParser parser = new GoParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        return parser;
    }

    private static GoParser parser(String text) {
        GoParser parser = new GoParser(new CommonTokenStream(lexer(text)));
        parser.removeErrorListeners();
        return parser;
    }

    private static GoLexer lexer(String text) {
        GoLexer lexer = new NameLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> r, Object sym, int line, int col, String msg, RecognitionException e) {
                throw new SyntaxError(new Pos(line, col + 1), "syntax error: " + msg);
            }
        });
        return lexer;
    }
}
