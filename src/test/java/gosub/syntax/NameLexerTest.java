package gosub.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gosub.parser.GoLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

class NameLexerTest {
    /** The visible tokens as TYPE:text@column. */
    private static List<String> tokens(String src) {
        List<String> out = new ArrayList<>();
        for (Token t : new NameLexer(CharStreams.fromString(src)).getAllTokens()) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            out.add(GoLexer.VOCABULARY.getSymbolicName(t.getType()) + ":" + t.getText().replace("\n", "\\n") + "@" + t.getCharPositionInLine());
        }
        return out;
    }

    @Test
    void unicodeLettersAndDigitsMakeNames() {
        assertEquals(List.of("IDENT:café@0", "IDENT:x٣@5", "IDENT:世界@8", "IDENT:_ñ1@11"), tokens("café x٣ 世界 _ñ1"));
    }

    @Test
    void aCharacterThatIsNoLetterEndsTheNameAndStandsAlone() {
        assertEquals(List.of("IDENT:a@0", "ERROR_CHAR:€@1", "IDENT:b@2"), tokens("a€b"));
        assertEquals(List.of("ERROR_CHAR:€@0", "DEFINE::=@2"), tokens("€ :="));
        // a digit cannot start a name
        assertEquals(List.of("ERROR_CHAR:٣@0", "IDENT:x@1"), tokens("٣x"));
    }

    @Test
    void semicolonsAreInsertedAfterNamesOnly() {
        // as before: no semicolon after the catch-all ERROR_CHAR
        assertEquals(List.of("IDENT:x@0", "ERROR_CHAR:€@1", "IDENT:y@0"), tokens("x€\ny"));
        assertEquals(List.of("IDENT:é@0", "EOS:\\n@1", "IDENT:y@0"), tokens("é\ny"));
    }
}
