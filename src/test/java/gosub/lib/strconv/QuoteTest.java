package gosub.lib.strconv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected values were produced by Go 1.19's strconv. Runes assigned after Unicode 13 (Go
 * 1.19's tables) are left out: the JDK's newer tables treat them as printable.
 */
class QuoteTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] h(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    /** input, Quote, QuoteToASCII, QuoteToGraphic, CanBackquote. */
    private static final Object[][] QUOTE = {
        {b(""), "\"\"", "\"\"", "\"\"", true},
        {b("hello"), "\"hello\"", "\"hello\"", "\"hello\"", true},
        {b("hello, world\n"), "\"hello, world\\n\"", "\"hello, world\\n\"", "\"hello, world\\n\"", false},
        {b("tab\there"), "\"tab\\there\"", "\"tab\\there\"", "\"tab\\there\"", true},
        {b("\007\010\014\n\r\t\013"), "\"\\a\\b\\f\\n\\r\\t\\v\"", "\"\\a\\b\\f\\n\\r\\t\\v\"", "\"\\a\\b\\f\\n\\r\\t\\v\"", false},
        {b("\000\001\037\177"), "\"\\x00\\x01\\x1f\\x7f\"", "\"\\x00\\x01\\x1f\\x7f\"", "\"\\x00\\x01\\x1f\\x7f\"", false},
        {b("\"quoted\""), "\"\\\"quoted\\\"\"", "\"\\\"quoted\\\"\"", "\"\\\"quoted\\\"\"", true},
        {b("back\\slash"), "\"back\\\\slash\"", "\"back\\\\slash\"", "\"back\\\\slash\"", true},
        {b("it's"), "\"it's\"", "\"it's\"", "\"it's\"", true},
        {b("`raw`"), "\"`raw`\"", "\"`raw`\"", "\"`raw`\"", false},
        {b("caf\u00e9"), "\"caf\u00e9\"", "\"caf\\u00e9\"", "\"caf\u00e9\"", true},
        {b("\u65e5\u672c\u8a9e"), "\"\u65e5\u672c\u8a9e\"", "\"\\u65e5\\u672c\\u8a9e\"", "\"\u65e5\u672c\u8a9e\"", true},
        {b("\u00a0nbsp"), "\"\\u00a0nbsp\"", "\"\\u00a0nbsp\"", "\"\u00a0nbsp\"", true},
        {b("\u00adshy"), "\"\\u00adshy\"", "\"\\u00adshy\"", "\"\\u00adshy\"", true},
        {b("\u2028\u2029"), "\"\\u2028\\u2029\"", "\"\\u2028\\u2029\"", "\"\\u2028\\u2029\"", true},
        {b("\ufeffbom"), "\"\\ufeffbom\"", "\"\\ufeffbom\"", "\"\\ufeffbom\"", false},
        {b("\ud83d\ude00 grin"), "\"\ud83d\ude00 grin\"", "\"\\U0001f600 grin\"", "\"\ud83d\ude00 grin\"", true},
        {b("\ud834\udd1e"), "\"\ud834\udd1e\"", "\"\\U0001d11e\"", "\"\ud834\udd1e\"", true},
        {h("ff"), "\"\\xff\"", "\"\\xff\"", "\"\\xff\"", false},
        {h("c3"), "\"\\xc3\"", "\"\\xc3\"", "\"\\xc3\"", false},
        {h("61c328"), "\"a\\xc3(\"", "\"a\\xc3(\"", "\"a\\xc3(\"", false},
        {h("e282"), "\"\\xe2\\x82\"", "\"\\xe2\\x82\"", "\"\\xe2\\x82\"", false},
        {h("eda080"), "\"\\xed\\xa0\\x80\"", "\"\\xed\\xa0\\x80\"", "\"\\xed\\xa0\\x80\"", false},
        {h("f4908080"), "\"\\xf4\\x90\\x80\\x80\"", "\"\\xf4\\x90\\x80\\x80\"", "\"\\xf4\\x90\\x80\\x80\"", false},
        {h("c080"), "\"\\xc0\\x80\"", "\"\\xc0\\x80\"", "\"\\xc0\\x80\"", false},
        {h("8081"), "\"\\x80\\x81\"", "\"\\x80\\x81\"", "\"\\x80\\x81\"", false},
        {b("\u0378"), "\"\\u0378\"", "\"\\u0378\"", "\"\\u0378\"", true},
        {b("\udbff\udfff"), "\"\\U0010ffff\"", "\"\\U0010ffff\"", "\"\\U0010ffff\"", true},
        {b("\ufffd"), "\"\ufffd\"", "\"\\ufffd\"", "\"\ufffd\"", true},
        {b("\u200b\u200d"), "\"\\u200b\\u200d\"", "\"\\u200b\\u200d\"", "\"\\u200b\\u200d\"", true},
        {b("\u3000ideographic space"), "\"\\u3000ideographic space\"", "\"\\u3000ideographic space\"", "\"\u3000ideographic space\"", true},
        {b("\u2000\u200a"), "\"\\u2000\\u200a\"", "\"\\u2000\\u200a\"", "\"\u2000\u200a\"", true},
        {b("\u0301combining"), "\"\u0301combining\"", "\"\\u0301combining\"", "\"\u0301combining\"", true},
        {b("\udb40\udc01tag"), "\"\\U000e0001tag\"", "\"\\U000e0001tag\"", "\"\\U000e0001tag\"", true},
        {b("\u061c"), "\"\\u061c\"", "\"\\u061c\"", "\"\\u061c\"", true},
        {b("\ue000private"), "\"\\ue000private\"", "\"\\ue000private\"", "\"\\ue000private\"", true},
        {b("\udb80\udc00"), "\"\\U000f0000\"", "\"\\U000f0000\"", "\"\\U000f0000\"", true},
        {b("!~"), "\"!~\"", "\"!~\"", "\"!~\"", true},
        {b("q"), "\"q\"", "\"q\"", "\"q\"", true},
        {h("98ee8f9dcf8f294cf09fa6a5"), "\"\\x98\\ue3dd\u03cf)L\ud83e\udda5\"", "\"\\x98\\ue3dd\\u03cf)L\\U0001f9a5\"", "\"\\x98\\ue3dd\u03cf)L\ud83e\udda5\"", false},
        {b("\u9e47\ud811\udd59V\ud806\udd0e"), "\"\u9e47\ud811\udd59V\ud806\udd0e\"", "\"\\u9e47\\U00014559V\\U0001190e\"", "\"\u9e47\ud811\udd59V\ud806\udd0e\"", true},
        {h("85"), "\"\\x85\"", "\"\\x85\"", "\"\\x85\"", false},
        {b("\u0249"), "\"\u0249\"", "\"\\u0249\"", "\"\u0249\"", true},
        {h("5ecd8dfa"), "\"^\u034d\\xfa\"", "\"^\\u034d\\xfa\"", "\"^\u034d\\xfa\"", false},
        {b("\ud56bV\u042e>\u06d8"), "\"\ud56bV\u042e>\u06d8\"", "\"\\ud56bV\\u042e>\\u06d8\"", "\"\ud56bV\u042e>\u06d8\"", true},
        {h("ff4ff0938e9be4b28ae58598"), "\"\\xffO\ud80c\udf9b\u4c8a\u5158\"", "\"\\xffO\\U0001339b\\u4c8a\\u5158\"", "\"\\xffO\ud80c\udf9b\u4c8a\u5158\"", false},
        {h("e8b9a7daf4c6b9"), "\"\u8e67\\xda\\xf4\u01b9\"", "\"\\u8e67\\xda\\xf4\\u01b9\"", "\"\u8e67\\xda\\xf4\u01b9\"", false},
        {b("\u4ea4\u6cc1w\u828f"), "\"\u4ea4\u6cc1w\u828f\"", "\"\\u4ea4\\u6cc1w\\u828f\"", "\"\u4ea4\u6cc1w\u828f\"", true},
        {b("\u0492\u0285\u0370\u02dd\ua211"), "\"\u0492\u0285\u0370\u02dd\ua211\"", "\"\\u0492\\u0285\\u0370\\u02dd\\ua211\"", "\"\u0492\u0285\u0370\u02dd\ua211\"", true},
        {h("ad8cc5a44c98e899be"), "\"\\xad\\x8c\u0164L\\x98\u867e\"", "\"\\xad\\x8c\\u0164L\\x98\\u867e\"", "\"\\xad\\x8c\u0164L\\x98\u867e\"", false},
        {b("\u00c3"), "\"\u00c3\"", "\"\\u00c3\"", "\"\u00c3\"", true},
        {b("\u909fd\020\u033a\u0479"), "\"\u909fd\\x10\u033a\u0479\"", "\"\\u909fd\\x10\\u033a\\u0479\"", "\"\u909fd\\x10\u033a\u0479\"", false},
        {h("fb34"), "\"\\xfb4\"", "\"\\xfb4\"", "\"\\xfb4\"", false},
        {h("99dbaa12"), "\"\\x99\u06ea\\x12\"", "\"\\x99\\u06ea\\x12\"", "\"\\x99\u06ea\\x12\"", false},
        {b("\ua29fy"), "\"\ua29fy\"", "\"\\ua29fy\"", "\"\ua29fy\"", true},
        {h("dabdcfc78b8fefada8"), "\"\u06bd\\xcf\u01cb\\x8f\ufb68\"", "\"\\u06bd\\xcf\\u01cb\\x8f\\ufb68\"", "\"\u06bd\\xcf\u01cb\\x8f\ufb68\"", false},
        {h("f09d9b8dbdefbfbdeba5afe19f94"), "\"\ud835\udecd\\xbd\ufffd\ub96f\u17d4\"", "\"\\U0001d6cd\\xbd\\ufffd\\ub96f\\u17d4\"", "\"\ud835\udecd\\xbd\ufffd\ub96f\u17d4\"", false},
        {b("|\ufd37\n"), "\"|\ufd37\\n\"", "\"|\\ufd37\\n\"", "\"|\ufd37\\n\"", false},
        {b("\ub23d\u01d2\u1bee"), "\"\ub23d\u01d2\u1bee\"", "\"\\ub23d\\u01d2\\u1bee\"", "\"\ub23d\u01d2\u1bee\"", true},
        {b("\uaeeb"), "\"\uaeeb\"", "\"\\uaeeb\"", "\"\uaeeb\"", true},
        {b("\u05b7\u03bb"), "\"\u05b7\u03bb\"", "\"\\u05b7\\u03bb\"", "\"\u05b7\u03bb\"", true},
        {b("\uf1e9"), "\"\\uf1e9\"", "\"\\uf1e9\"", "\"\\uf1e9\"", true},
        {b("\u0506\u013d"), "\"\u0506\u013d\"", "\"\\u0506\\u013d\"", "\"\u0506\u013d\"", true},
        {h("a0"), "\"\\xa0\"", "\"\\xa0\"", "\"\\xa0\"", false},
        {b("\u05c3"), "\"\u05c3\"", "\"\\u05c3\"", "\"\u05c3\"", true},
        {h("a5eea99ef09084b3"), "\"\\xa5\\uea5e\ud800\udd33\"", "\"\\xa5\\uea5e\\U00010133\"", "\"\\xa5\\uea5e\ud800\udd33\"", false},
        {h("c9e6b39c"), "\"\\xc9\u6cdc\"", "\"\\xc9\\u6cdc\"", "\"\\xc9\u6cdc\"", false},
        {b("\ud81d\uddcb\uc42d\u0391"), "\"\ud81d\uddcb\uc42d\u0391\"", "\"\\U000175cb\\uc42d\\u0391\"", "\"\ud81d\uddcb\uc42d\u0391\"", true},
        {b("\u36a0\u02ed\u5c06"), "\"\u36a0\u02ed\u5c06\"", "\"\\u36a0\\u02ed\\u5c06\"", "\"\u36a0\u02ed\u5c06\"", true},
        {b("B\u960c"), "\"B\u960c\"", "\"B\\u960c\"", "\"B\u960c\"", true},
    };

    /** rune, QuoteRune, QuoteRuneToASCII, QuoteRuneToGraphic. */
    private static final Object[][] QUOTERUNE = {
        {97, "'a'", "'a'", "'a'"},
        {39, "'\\''", "'\\''", "'\\''"},
        {34, "'\"'", "'\"'", "'\"'"},
        {92, "'\\\\'", "'\\\\'", "'\\\\'"},
        {10, "'\\n'", "'\\n'", "'\\n'"},
        {9, "'\\t'", "'\\t'", "'\\t'"},
        {0, "'\\x00'", "'\\x00'", "'\\x00'"},
        {7, "'\\a'", "'\\a'", "'\\a'"},
        {31, "'\\x1f'", "'\\x1f'", "'\\x1f'"},
        {127, "'\\x7f'", "'\\x7f'", "'\\x7f'"},
        {128, "'\\u0080'", "'\\u0080'", "'\\u0080'"},
        {159, "'\\u009f'", "'\\u009f'", "'\\u009f'"},
        {160, "'\\u00a0'", "'\\u00a0'", "'\u00a0'"},
        {173, "'\\u00ad'", "'\\u00ad'", "'\\u00ad'"},
        {233, "'\u00e9'", "'\\u00e9'", "'\u00e9'"},
        {888, "'\\u0378'", "'\\u0378'", "'\\u0378'"},
        {8232, "'\\u2028'", "'\\u2028'", "'\\u2028'"},
        {12288, "'\\u3000'", "'\\u3000'", "'\u3000'"},
        {19990, "'\u4e16'", "'\\u4e16'", "'\u4e16'"},
        {55296, "'\ufffd'", "'\\ufffd'", "'\ufffd'"},
        {57343, "'\ufffd'", "'\\ufffd'", "'\ufffd'"},
        {65279, "'\\ufeff'", "'\\ufeff'", "'\\ufeff'"},
        {65533, "'\ufffd'", "'\\ufffd'", "'\ufffd'"},
        {65535, "'\\uffff'", "'\\uffff'", "'\\uffff'"},
        {65536, "'\ud800\udc00'", "'\\U00010000'", "'\ud800\udc00'"},
        {128512, "'\ud83d\ude00'", "'\\U0001f600'", "'\ud83d\ude00'"},
        {119070, "'\ud834\udd1e'", "'\\U0001d11e'", "'\ud834\udd1e'"},
        {917505, "'\\U000e0001'", "'\\U000e0001'", "'\\U000e0001'"},
        {1114111, "'\\U0010ffff'", "'\\U0010ffff'", "'\\U0010ffff'"},
        {1114112, "'\ufffd'", "'\\ufffd'", "'\ufffd'"},
        {-1, "'\ufffd'", "'\\ufffd'", "'\ufffd'"},
        {2147483647, "'\ufffd'", "'\\ufffd'", "'\ufffd'"},
    };

    /** rune, IsPrint, IsGraphic. */
    private static final Object[][] ISPRINT = {
        {0, false, false},
        {31, false, false},
        {32, true, true},
        {97, true, true},
        {126, true, true},
        {127, false, false},
        {128, false, false},
        {159, false, false},
        {160, false, true},
        {161, true, true},
        {173, false, false},
        {255, true, true},
        {256, true, true},
        {768, true, true},
        {888, false, false},
        {894, true, true},
        {1488, true, true},
        {1536, false, false},
        {1564, false, false},
        {5760, false, true},
        {6158, false, false},
        {8192, false, true},
        {8203, false, false},
        {8206, false, false},
        {8232, false, false},
        {8239, false, true},
        {8287, false, true},
        {8288, false, false},
        {8364, true, true},
        {12288, false, true},
        {12354, true, true},
        {55203, true, true},
        {55296, false, false},
        {57344, false, false},
        {63743, false, false},
        {65039, true, true},
        {65279, false, false},
        {65529, false, false},
        {65533, true, true},
        {65534, false, false},
        {65535, false, false},
        {65536, true, true},
        {119070, true, true},
        {128512, true, true},
        {127995, true, true},
        {131072, true, true},
        {196606, false, false},
        {917505, false, false},
        {917760, true, true},
        {983040, false, false},
        {1114111, false, false},
        {1114112, false, false},
        {-1, false, false},
    };

    /** Inputs whose Quote and QuoteToASCII must unquote back to them (valid UTF-8 only). */
    private static final byte[][] ROUNDTRIP = {
        b(""),
        b("hello"),
        b("hello, world\n"),
        b("tab\there"),
        b("\007\010\014\n\r\t\013"),
        b("\000\001\037\177"),
        b("\"quoted\""),
        b("back\\slash"),
        b("it's"),
        b("`raw`"),
        b("caf\u00e9"),
        b("\u65e5\u672c\u8a9e"),
        b("\u00a0nbsp"),
        b("\u00adshy"),
        b("\u2028\u2029"),
        b("\ufeffbom"),
        b("\ud83d\ude00 grin"),
        b("\ud834\udd1e"),
        h("ff"),
        h("c3"),
        h("61c328"),
        h("e282"),
        h("eda080"),
        h("f4908080"),
        h("c080"),
        h("8081"),
        b("\u0378"),
        b("\udbff\udfff"),
        b("\ufffd"),
        b("\u200b\u200d"),
        b("\u3000ideographic space"),
        b("\u2000\u200a"),
        b("\u0301combining"),
        b("\udb40\udc01tag"),
        b("\u061c"),
        b("\ue000private"),
        b("\udb80\udc00"),
        b("!~"),
        b("q"),
        h("98ee8f9dcf8f294cf09fa6a5"),
        b("\u9e47\ud811\udd59V\ud806\udd0e"),
        h("85"),
        b("\u0249"),
        h("5ecd8dfa"),
        b("\ud56bV\u042e>\u06d8"),
        h("ff4ff0938e9be4b28ae58598"),
        h("e8b9a7daf4c6b9"),
        b("\u4ea4\u6cc1w\u828f"),
        b("\u0492\u0285\u0370\u02dd\ua211"),
        h("ad8cc5a44c98e899be"),
        b("\u00c3"),
        b("\u909fd\020\u033a\u0479"),
        h("fb34"),
        h("99dbaa12"),
        b("\ua29fy"),
        h("dabdcfc78b8fefada8"),
        h("f09d9b8dbdefbfbdeba5afe19f94"),
        b("|\ufd37\n"),
        b("\ub23d\u01d2\u1bee"),
        b("\uaeeb"),
        b("\u05b7\u03bb"),
        b("\uf1e9"),
        b("\u0506\u013d"),
        h("a0"),
        b("\u05c3"),
        h("a5eea99ef09084b3"),
        h("c9e6b39c"),
        b("\ud81d\uddcb\uc42d\u0391"),
        b("\u36a0\u02ed\u5c06"),
        b("B\u960c"),
    };

    @Test
    void quoteTable() {
        List<String> bad = new ArrayList<>();
        for (Object[] c : QUOTE) {
            byte[] s = (byte[]) c[0];
            String[] got = {Quote.quote(s), Quote.quoteToASCII(s), Quote.quoteToGraphic(s)};
            for (int i = 0; i < 3; i++) {
                if (!got[i].equals(c[1 + i])) {
                    bad.add("column " + i + ": want " + c[1 + i] + " got " + got[i]);
                }
            }
            if (Quote.canBackquote(s) != (Boolean) c[4]) {
                bad.add("CanBackquote " + c[1]);
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void quoteRuneTable() {
        for (Object[] c : QUOTERUNE) {
            int r = (Integer) c[0];
            assertEquals(c[1], Quote.quoteRune(r), "QuoteRune " + r);
            assertEquals(c[2], Quote.quoteRuneToASCII(r), "QuoteRuneToASCII " + r);
            assertEquals(c[3], Quote.quoteRuneToGraphic(r), "QuoteRuneToGraphic " + r);
        }
    }

    @Test
    void isPrintTable() {
        for (Object[] c : ISPRINT) {
            int r = (Integer) c[0];
            assertEquals(c[1], Quote.isPrint(r), "IsPrint " + Integer.toHexString(r));
            assertEquals(c[2], Quote.isGraphic(r), "IsGraphic " + Integer.toHexString(r));
        }
    }

    @Test
    void quoteThenUnquoteRoundTrips() {
        for (byte[] s : ROUNDTRIP) {
            byte[] q = Quote.quote(s).getBytes(StandardCharsets.UTF_8);
            byte[] a = Quote.quoteToASCII(s).getBytes(StandardCharsets.UTF_8);
            if (Utf8.valid(s, 0, s.length)) {
                assertArrayEquals(s, Unquote.unquote(q), Quote.quote(s));
                assertArrayEquals(s, Unquote.unquote(a), Quote.quote(s));
            }
        }
    }
}
