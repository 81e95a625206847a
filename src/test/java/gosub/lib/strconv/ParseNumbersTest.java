package gosub.lib.strconv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values and error texts were produced by Go 1.19's strconv. */
class ParseNumbersTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] h(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static String msg(NumError e) {
        return e == null ? null : e.message();
    }

    /** input, float64 bits, float64 error, float32 bits, float32 error. */
    private static final Object[][] PARSEFLOAT = {
        {b("0"), 0x0000000000000000L, null, 0x00000000, null},
        {b("-0"), 0x8000000000000000L, null, 0x80000000, null},
        {b("+0"), 0x0000000000000000L, null, 0x00000000, null},
        {b("1"), 0x3ff0000000000000L, null, 0x3f800000, null},
        {b("-1.5"), 0xbff8000000000000L, null, 0xbfc00000, null},
        {b("3.14"), 0x40091eb851eb851fL, null, 0x4048f5c3, null},
        {b(".5"), 0x3fe0000000000000L, null, 0x3f000000, null},
        {b("5."), 0x4014000000000000L, null, 0x40a00000, null},
        {b("1e10"), 0x4202a05f20000000L, null, 0x501502f9, null},
        {b("1E10"), 0x4202a05f20000000L, null, 0x501502f9, null},
        {b("1e+10"), 0x4202a05f20000000L, null, 0x501502f9, null},
        {b("1e-10"), 0x3ddb7cdfd9d7bdbbL, null, 0x2edbe6ff, null},
        {b("1.5e308"), 0x7feab36d48e1acf0L, null, 0x7f800000, "strconv.ParseFloat: parsing \"1.5e308\": value out of range"},
        {b("1e309"), 0x7ff0000000000000L, "strconv.ParseFloat: parsing \"1e309\": value out of range", 0x7f800000, "strconv.ParseFloat: parsing \"1e309\": value out of range"},
        {b("-1e309"), 0xfff0000000000000L, "strconv.ParseFloat: parsing \"-1e309\": value out of range", 0xff800000, "strconv.ParseFloat: parsing \"-1e309\": value out of range"},
        {b("1e-320"), 0x00000000000007e8L, null, 0x00000000, null},
        {b("1e-400"), 0x0000000000000000L, null, 0x00000000, null},
        {b("-1e-400"), 0x8000000000000000L, null, 0x80000000, null},
        {b("4.9e-324"), 0x0000000000000001L, null, 0x00000000, null},
        {b("2.4703282292062328e-324"), 0x0000000000000001L, null, 0x00000000, null},
        {b("2.4703282292062327e-324"), 0x0000000000000000L, null, 0x00000000, null},
        {b("1.7976931348623157e308"), 0x7fefffffffffffffL, null, 0x7f800000, "strconv.ParseFloat: parsing \"1.7976931348623157e308\": value out of range"},
        {b("1.7976931348623158e308"), 0x7fefffffffffffffL, null, 0x7f800000, "strconv.ParseFloat: parsing \"1.7976931348623158e308\": value out of range"},
        {b("1.7976931348623159e308"), 0x7ff0000000000000L, "strconv.ParseFloat: parsing \"1.7976931348623159e308\": value out of range", 0x7f800000, "strconv.ParseFloat: parsing \"1.7976931348623159e308\": value out of range"},
        {b("0.1"), 0x3fb999999999999aL, null, 0x3dcccccd, null},
        {b("0.3"), 0x3fd3333333333333L, null, 0x3e99999a, null},
        {b("123456789012345678901234567890"), 0x45f8ee90ff6c373eL, null, 0x6fc77488, null},
        {b("9007199254740993"), 0x4340000000000000L, null, 0x5a000000, null},
        {b("9007199254740993.0000000000000000000000001"), 0x4340000000000001L, null, 0x5a000000, null},
        {b("0x1p-2"), 0x3fd0000000000000L, null, 0x3e800000, null},
        {b("0X1P-2"), 0x3fd0000000000000L, null, 0x3e800000, null},
        {b("0x1.8p1"), 0x4008000000000000L, null, 0x40400000, null},
        {b("0x.8p1"), 0x3ff0000000000000L, null, 0x3f800000, null},
        {b("0x1p1024"), 0x7ff0000000000000L, "strconv.ParseFloat: parsing \"0x1p1024\": value out of range", 0x7f800000, "strconv.ParseFloat: parsing \"0x1p1024\": value out of range"},
        {b("0x1.fffffffffffffp1023"), 0x7fefffffffffffffL, null, 0x7f800000, "strconv.ParseFloat: parsing \"0x1.fffffffffffffp1023\": value out of range"},
        {b("0x1.fffffffffffff8p1023"), 0x7ff0000000000000L, "strconv.ParseFloat: parsing \"0x1.fffffffffffff8p1023\": value out of range", 0x7f800000, "strconv.ParseFloat: parsing \"0x1.fffffffffffff8p1023\": value out of range"},
        {b("0x1p-1074"), 0x0000000000000001L, null, 0x00000000, null},
        {b("0x1p-1075"), 0x0000000000000000L, null, 0x00000000, null},
        {b("0x1.8p-1075"), 0x0000000000000001L, null, 0x00000000, null},
        {b("0x1"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"0x1\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"0x1\": invalid syntax"},
        {b("0x1.8"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"0x1.8\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"0x1.8\": invalid syntax"},
        {b("0xp1"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"0xp1\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"0xp1\": invalid syntax"},
        {b("0x"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"0x\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"0x\": invalid syntax"},
        {b("inf"), 0x7ff0000000000000L, null, 0x7f800000, null},
        {b("+Inf"), 0x7ff0000000000000L, null, 0x7f800000, null},
        {b("-inf"), 0xfff0000000000000L, null, 0xff800000, null},
        {b("Infinity"), 0x7ff0000000000000L, null, 0x7f800000, null},
        {b("-INFINITY"), 0xfff0000000000000L, null, 0xff800000, null},
        {b("infinit"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"infinit\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"infinit\": invalid syntax"},
        {b("infx"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"infx\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"infx\": invalid syntax"},
        {b("nan"), 0x7ff8000000000001L, null, 0x7fc00000, null},
        {b("NaN"), 0x7ff8000000000001L, null, 0x7fc00000, null},
        {b("NAN"), 0x7ff8000000000001L, null, 0x7fc00000, null},
        {b("-nan"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"-nan\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"-nan\": invalid syntax"},
        {b("+nan"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"+nan\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"+nan\": invalid syntax"},
        {b("1_000.5"), 0x408f440000000000L, null, 0x447a2000, null},
        {b("1__000"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"1__000\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"1__000\": invalid syntax"},
        {b("_1"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"_1\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"_1\": invalid syntax"},
        {b("1_"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"1_\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"1_\": invalid syntax"},
        {b("1_e5"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"1_e5\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"1_e5\": invalid syntax"},
        {b("1e1_0"), 0x4202a05f20000000L, null, 0x501502f9, null},
        {b("0x_1p0"), 0x3ff0000000000000L, null, 0x3f800000, null},
        {b("0x1_p0"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"0x1_p0\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"0x1_p0\": invalid syntax"},
        {b("0x1p1_0"), 0x4090000000000000L, null, 0x44800000, null},
        {b("1.5_"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"1.5_\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"1.5_\": invalid syntax"},
        {b(""), 0x0000000000000000L, "strconv.ParseFloat: parsing \"\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"\": invalid syntax"},
        {b(" "), 0x0000000000000000L, "strconv.ParseFloat: parsing \" \": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \" \": invalid syntax"},
        {b("1 "), 0x0000000000000000L, "strconv.ParseFloat: parsing \"1 \": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"1 \": invalid syntax"},
        {b(" 1"), 0x0000000000000000L, "strconv.ParseFloat: parsing \" 1\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \" 1\": invalid syntax"},
        {b("+"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"+\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"+\": invalid syntax"},
        {b("-"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"-\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"-\": invalid syntax"},
        {b("."), 0x0000000000000000L, "strconv.ParseFloat: parsing \".\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \".\": invalid syntax"},
        {b("e5"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"e5\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"e5\": invalid syntax"},
        {b("1e"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"1e\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"1e\": invalid syntax"},
        {b("1e+"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"1e+\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"1e+\": invalid syntax"},
        {b("1.2.3"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"1.2.3\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"1.2.3\": invalid syntax"},
        {b("1ee2"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"1ee2\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"1ee2\": invalid syntax"},
        {b("0b101"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"0b101\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"0b101\": invalid syntax"},
        {b("0o17"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"0o17\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"0o17\": invalid syntax"},
        {b("abc"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"abc\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"abc\": invalid syntax"},
        {b("1x"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"1x\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"1x\": invalid syntax"},
        {b("3.4028234663852886e38"), 0x47efffffe0000000L, null, 0x7f7fffff, null},
        {b("3.4028235677973366e38"), 0x47effffff0000000L, null, 0x7f7fffff, null},
        {b("3.4028236e38"), 0x47effffff514a7bcL, null, 0x7f800000, "strconv.ParseFloat: parsing \"3.4028236e38\": value out of range"},
        {b("1.17549435e-38"), 0x380fffffff9fdba8L, null, 0x00800000, null},
        {b("1.4e-45"), 0x369ff868bf4d956aL, null, 0x00000001, null},
        {b("7.006492321624085e-46"), 0x3690000000000000L, null, 0x00000000, null},
        {b("7.006492321624086e-46"), 0x3690000000000000L, null, 0x00000001, null},
        {b("16777217"), 0x4170000010000000L, null, 0x4b800000, null},
        {b("16777219"), 0x4170000030000000L, null, 0x4b800002, null},
        {b("0.000000000000000000000000000001"), 0x39b4484bfeebc2a0L, null, 0x0da24260, null},
        {b("1e100000"), 0x7ff0000000000000L, "strconv.ParseFloat: parsing \"1e100000\": value out of range", 0x7f800000, "strconv.ParseFloat: parsing \"1e100000\": value out of range"},
        {b("1e-100000"), 0x0000000000000000L, null, 0x00000000, null},
        {b("00000123.4500000"), 0x405edccccccccccdL, null, 0x42f6e666, null},
        {h("ff"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"\\xff\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"\\xff\": invalid syntax"},
        {b("\uff11"), 0x0000000000000000L, "strconv.ParseFloat: parsing \"\uff11\": invalid syntax", 0x00000000, "strconv.ParseFloat: parsing \"\uff11\": invalid syntax"},
    };

    /** input, base, bitSize, ParseInt value, ParseInt error, ParseUint value (bits), ParseUint error. */
    private static final Object[][] PARSEINT = {
        {b("0"), 10, 64, 0L, null, 0x0L, null},
        {b("-0"), 10, 64, 0L, null, 0x0L, "strconv.ParseUint: parsing \"-0\": invalid syntax"},
        {b("+12"), 10, 64, 12L, null, 0x0L, "strconv.ParseUint: parsing \"+12\": invalid syntax"},
        {b("-12"), 10, 64, -12L, null, 0x0L, "strconv.ParseUint: parsing \"-12\": invalid syntax"},
        {b("12345"), 10, 0, 12345L, null, 0x3039L, null},
        {b("9223372036854775807"), 10, 64, 9223372036854775807L, null, 0x7fffffffffffffffL, null},
        {b("9223372036854775808"), 10, 64, 9223372036854775807L, "strconv.ParseInt: parsing \"9223372036854775808\": value out of range", 0x8000000000000000L, null},
        {b("-9223372036854775808"), 10, 64, -9223372036854775808L, null, 0x0L, "strconv.ParseUint: parsing \"-9223372036854775808\": invalid syntax"},
        {b("-9223372036854775809"), 10, 64, -9223372036854775808L, "strconv.ParseInt: parsing \"-9223372036854775809\": value out of range", 0x0L, "strconv.ParseUint: parsing \"-9223372036854775809\": invalid syntax"},
        {b("999999999999999999999"), 10, 64, 9223372036854775807L, "strconv.ParseInt: parsing \"999999999999999999999\": value out of range", 0xffffffffffffffffL, "strconv.ParseUint: parsing \"999999999999999999999\": value out of range"},
        {b("-999999999999999999999"), 10, 0, -9223372036854775808L, "strconv.ParseInt: parsing \"-999999999999999999999\": value out of range", 0x0L, "strconv.ParseUint: parsing \"-999999999999999999999\": invalid syntax"},
        {b("127"), 10, 8, 127L, null, 0x7fL, null},
        {b("128"), 10, 8, 127L, "strconv.ParseInt: parsing \"128\": value out of range", 0x80L, null},
        {b("-128"), 10, 8, -128L, null, 0x0L, "strconv.ParseUint: parsing \"-128\": invalid syntax"},
        {b("-129"), 10, 8, -128L, "strconv.ParseInt: parsing \"-129\": value out of range", 0x0L, "strconv.ParseUint: parsing \"-129\": invalid syntax"},
        {b("-300"), 10, 8, -128L, "strconv.ParseInt: parsing \"-300\": value out of range", 0x0L, "strconv.ParseUint: parsing \"-300\": invalid syntax"},
        {b("32767"), 10, 16, 32767L, null, 0x7fffL, null},
        {b("2147483648"), 10, 32, 2147483647L, "strconv.ParseInt: parsing \"2147483648\": value out of range", 0x80000000L, null},
        {b("1"), 10, 1, 0L, "strconv.ParseInt: parsing \"1\": value out of range", 0x1L, null},
        {b("-1"), 10, 1, -1L, null, 0x0L, "strconv.ParseUint: parsing \"-1\": invalid syntax"},
        {b("0"), 10, 1, 0L, null, 0x0L, null},
        {b("ff"), 16, 64, 255L, null, 0xffL, null},
        {b("FF"), 16, 8, 127L, "strconv.ParseInt: parsing \"FF\": value out of range", 0xffL, null},
        {b("-80"), 16, 8, -128L, null, 0x0L, "strconv.ParseUint: parsing \"-80\": invalid syntax"},
        {b("0xff"), 16, 64, 0L, "strconv.ParseInt: parsing \"0xff\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"0xff\": invalid syntax"},
        {b("0xff"), 0, 64, 255L, null, 0xffL, null},
        {b("0XFF"), 0, 64, 255L, null, 0xffL, null},
        {b("0b101"), 0, 64, 5L, null, 0x5L, null},
        {b("0B101"), 0, 64, 5L, null, 0x5L, null},
        {b("0o17"), 0, 64, 15L, null, 0xfL, null},
        {b("0O17"), 0, 64, 15L, null, 0xfL, null},
        {b("017"), 0, 64, 15L, null, 0xfL, null},
        {b("08"), 0, 64, 0L, "strconv.ParseInt: parsing \"08\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"08\": invalid syntax"},
        {b("0"), 0, 64, 0L, null, 0x0L, null},
        {b("0x"), 0, 64, 0L, "strconv.ParseInt: parsing \"0x\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"0x\": invalid syntax"},
        {b("0b"), 0, 64, 0L, "strconv.ParseInt: parsing \"0b\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"0b\": invalid syntax"},
        {b("1_000"), 0, 64, 1000L, null, 0x3e8L, null},
        {b("1_000"), 10, 64, 0L, "strconv.ParseInt: parsing \"1_000\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"1_000\": invalid syntax"},
        {b("-1_000_000"), 0, 64, -1000000L, null, 0x0L, "strconv.ParseUint: parsing \"-1_000_000\": invalid syntax"},
        {b("0x_ff"), 0, 64, 255L, null, 0xffL, null},
        {b("0_17"), 0, 64, 15L, null, 0xfL, null},
        {b("1__0"), 0, 64, 0L, "strconv.ParseInt: parsing \"1__0\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"1__0\": invalid syntax"},
        {b("_1"), 0, 64, 0L, "strconv.ParseInt: parsing \"_1\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"_1\": invalid syntax"},
        {b("1_"), 0, 64, 0L, "strconv.ParseInt: parsing \"1_\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"1_\": invalid syntax"},
        {b("0x_"), 0, 64, 0L, "strconv.ParseInt: parsing \"0x_\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"0x_\": invalid syntax"},
        {b("z"), 36, 64, 35L, null, 0x23L, null},
        {b("Zz"), 36, 64, 1295L, null, 0x50fL, null},
        {b("10"), 2, 64, 2L, null, 0x2L, null},
        {b("2"), 2, 64, 0L, "strconv.ParseInt: parsing \"2\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"2\": invalid syntax"},
        {b("777"), 8, 64, 511L, null, 0x1ffL, null},
        {b("8"), 8, 64, 0L, "strconv.ParseInt: parsing \"8\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"8\": invalid syntax"},
        {b("12"), 1, 64, 0L, "strconv.ParseInt: parsing \"12\": invalid base 1", 0x0L, "strconv.ParseUint: parsing \"12\": invalid base 1"},
        {b("12"), 37, 64, 0L, "strconv.ParseInt: parsing \"12\": invalid base 37", 0x0L, "strconv.ParseUint: parsing \"12\": invalid base 37"},
        {b("12"), -1, 64, 0L, "strconv.ParseInt: parsing \"12\": invalid base -1", 0x0L, "strconv.ParseUint: parsing \"12\": invalid base -1"},
        {b("12"), 10, 65, 0L, "strconv.ParseInt: parsing \"12\": invalid bit size 65", 0x0L, "strconv.ParseUint: parsing \"12\": invalid bit size 65"},
        {b("12"), 10, -1, 0L, "strconv.ParseInt: parsing \"12\": invalid bit size -1", 0x0L, "strconv.ParseUint: parsing \"12\": invalid bit size -1"},
        {b(""), 10, 64, 0L, "strconv.ParseInt: parsing \"\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"\": invalid syntax"},
        {b("+"), 10, 64, 0L, "strconv.ParseInt: parsing \"+\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"+\": invalid syntax"},
        {b("-"), 10, 64, 0L, "strconv.ParseInt: parsing \"-\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"-\": invalid syntax"},
        {b("++1"), 10, 64, 0L, "strconv.ParseInt: parsing \"++1\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"++1\": invalid syntax"},
        {b("1.0"), 10, 64, 0L, "strconv.ParseInt: parsing \"1.0\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"1.0\": invalid syntax"},
        {b(" 1"), 10, 64, 0L, "strconv.ParseInt: parsing \" 1\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \" 1\": invalid syntax"},
        {b("1 "), 10, 64, 0L, "strconv.ParseInt: parsing \"1 \": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"1 \": invalid syntax"},
        {b("12a"), 10, 64, 0L, "strconv.ParseInt: parsing \"12a\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"12a\": invalid syntax"},
        {b("99999999999999999999x"), 10, 64, 9223372036854775807L, "strconv.ParseInt: parsing \"99999999999999999999x\": value out of range", 0xffffffffffffffffL, "strconv.ParseUint: parsing \"99999999999999999999x\": value out of range"},
        {b("x99999999999999999999"), 10, 64, 0L, "strconv.ParseInt: parsing \"x99999999999999999999\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"x99999999999999999999\": invalid syntax"},
        {h("ff"), 10, 64, 0L, "strconv.ParseInt: parsing \"\\xff\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"\\xff\": invalid syntax"},
        {b("\u00e9"), 10, 64, 0L, "strconv.ParseInt: parsing \"\u00e9\": invalid syntax", 0x0L, "strconv.ParseUint: parsing \"\u00e9\": invalid syntax"},
        {b("7fffffffffffffff"), 16, 64, 9223372036854775807L, null, 0x7fffffffffffffffL, null},
        {b("-8000000000000000"), 16, 64, -9223372036854775808L, null, 0x0L, "strconv.ParseUint: parsing \"-8000000000000000\": invalid syntax"},
        {b("1111111111111111111111111111111111111111111111111111111111111111"), 2, 64, 9223372036854775807L, "strconv.ParseInt: parsing \"1111111111111111111111111111111111111111111111111111111111111111\": value out of range", 0xffffffffffffffffL, null},
        {b("11111111111111111111111111111111111111111111111111111111111111111"), 2, 0, 9223372036854775807L, "strconv.ParseInt: parsing \"11111111111111111111111111111111111111111111111111111111111111111\": value out of range", 0xffffffffffffffffL, "strconv.ParseUint: parsing \"11111111111111111111111111111111111111111111111111111111111111111\": value out of range"},
        {b("18446744073709551615"), 10, 64, 9223372036854775807L, "strconv.ParseInt: parsing \"18446744073709551615\": value out of range", 0xffffffffffffffffL, null},
        {b("18446744073709551616"), 10, 64, 9223372036854775807L, "strconv.ParseInt: parsing \"18446744073709551616\": value out of range", 0xffffffffffffffffL, "strconv.ParseUint: parsing \"18446744073709551616\": value out of range"},
        {b("4294967295"), 10, 32, 2147483647L, "strconv.ParseInt: parsing \"4294967295\": value out of range", 0xffffffffL, null},
        {b("4294967296"), 10, 32, 2147483647L, "strconv.ParseInt: parsing \"4294967296\": value out of range", 0xffffffffL, "strconv.ParseUint: parsing \"4294967296\": value out of range"},
        {b("-1"), 10, 64, -1L, null, 0x0L, "strconv.ParseUint: parsing \"-1\": invalid syntax"},
        {b("65535"), 10, 16, 32767L, "strconv.ParseInt: parsing \"65535\": value out of range", 0xffffL, null},
        {b("255"), 10, 8, 127L, "strconv.ParseInt: parsing \"255\": value out of range", 0xffL, null},
        {b("256"), 0, 8, 127L, "strconv.ParseInt: parsing \"256\": value out of range", 0xffL, "strconv.ParseUint: parsing \"256\": value out of range"},
        {b("0x1_0000_0000"), 0, 32, 2147483647L, "strconv.ParseInt: parsing \"0x1_0000_0000\": value out of range", 0xffffffffL, "strconv.ParseUint: parsing \"0x1_0000_0000\": value out of range"},
    };

    /** input, Atoi value, error. */
    private static final Object[][] ATOI = {
        {b("0"), 0L, null},
        {b("1"), 1L, null},
        {b("-1"), -1L, null},
        {b("+1"), 1L, null},
        {b("42"), 42L, null},
        {b("-42"), -42L, null},
        {b("007"), 7L, null},
        {b("123456789012345678"), 123456789012345678L, null},
        {b("1234567890123456789"), 1234567890123456789L, null},
        {b("9223372036854775807"), 9223372036854775807L, null},
        {b("9223372036854775808"), 9223372036854775807L, "strconv.Atoi: parsing \"9223372036854775808\": value out of range"},
        {b("-9223372036854775808"), -9223372036854775808L, null},
        {b("-9223372036854775809"), -9223372036854775808L, "strconv.Atoi: parsing \"-9223372036854775809\": value out of range"},
        {b("99999999999999999999"), 9223372036854775807L, "strconv.Atoi: parsing \"99999999999999999999\": value out of range"},
        {b(""), 0L, "strconv.Atoi: parsing \"\": invalid syntax"},
        {b("+"), 0L, "strconv.Atoi: parsing \"+\": invalid syntax"},
        {b("-"), 0L, "strconv.Atoi: parsing \"-\": invalid syntax"},
        {b("x"), 0L, "strconv.Atoi: parsing \"x\": invalid syntax"},
        {b("1x"), 0L, "strconv.Atoi: parsing \"1x\": invalid syntax"},
        {b("0x10"), 0L, "strconv.Atoi: parsing \"0x10\": invalid syntax"},
        {b("1_000"), 0L, "strconv.Atoi: parsing \"1_000\": invalid syntax"},
        {b(" 1"), 0L, "strconv.Atoi: parsing \" 1\": invalid syntax"},
        {b("1.5"), 0L, "strconv.Atoi: parsing \"1.5\": invalid syntax"},
        {b("--1"), 0L, "strconv.Atoi: parsing \"--1\": invalid syntax"},
        {b("+-1"), 0L, "strconv.Atoi: parsing \"+-1\": invalid syntax"},
        {b("\uff11"), 0L, "strconv.Atoi: parsing \"\uff11\": invalid syntax"},
    };

    /** input, value, error. */
    private static final Object[][] PARSEBOOL = {
        {b("1"), true, null},
        {b("t"), true, null},
        {b("T"), true, null},
        {b("true"), true, null},
        {b("TRUE"), true, null},
        {b("True"), true, null},
        {b("0"), false, null},
        {b("f"), false, null},
        {b("F"), false, null},
        {b("false"), false, null},
        {b("FALSE"), false, null},
        {b("False"), false, null},
        {b(""), false, "strconv.ParseBool: parsing \"\": invalid syntax"},
        {b("tRUE"), false, "strconv.ParseBool: parsing \"tRUE\": invalid syntax"},
        {b("yes"), false, "strconv.ParseBool: parsing \"yes\": invalid syntax"},
        {b("no"), false, "strconv.ParseBool: parsing \"no\": invalid syntax"},
        {b("2"), false, "strconv.ParseBool: parsing \"2\": invalid syntax"},
        {b(" true"), false, "strconv.ParseBool: parsing \" true\": invalid syntax"},
        {b("true "), false, "strconv.ParseBool: parsing \"true \": invalid syntax"},
        {h("ff"), false, "strconv.ParseBool: parsing \"\\xff\": invalid syntax"},
    };

    @Test
    void parseFloatTable() {
        List<String> bad = new ArrayList<>();
        for (Object[] c : PARSEFLOAT) {
            byte[] s = (byte[]) c[0];
            var r64 = ParseNumbers.parseFloat(s, 64);
            var r32 = ParseNumbers.parseFloat(s, 32);
            long want64 = (Long) c[1];
            int want32 = (Integer) c[3];
            boolean nan64 = Double.isNaN(Double.longBitsToDouble(want64));
            boolean ok64 = nan64 ? Double.isNaN(r64.value()) : Double.doubleToRawLongBits(r64.value()) == want64;
            boolean nan32 = Float.isNaN(Float.intBitsToFloat(want32));
            boolean ok32 = nan32 ? Double.isNaN(r32.value())
                    : Float.floatToRawIntBits((float) r32.value()) == want32;
            if (!ok64 || !ok32 || !java.util.Objects.equals(c[2], msg(r64.err()))
                    || !java.util.Objects.equals(c[4], msg(r32.err()))) {
                bad.add(Quote.quote(s) + ": got " + r64 + " / " + r32);
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void parseIntAndUintTable() {
        List<String> bad = new ArrayList<>();
        for (Object[] c : PARSEINT) {
            byte[] s = (byte[]) c[0];
            int base = (Integer) c[1];
            int bits = (Integer) c[2];
            var i = ParseNumbers.parseInt(s, base, bits);
            var u = ParseNumbers.parseUint(s, base, bits);
            if (i.value() != (Long) c[3] || !java.util.Objects.equals(c[4], msg(i.err()))) {
                bad.add("ParseInt(" + Quote.quote(s) + ", " + base + ", " + bits + ") = " + i.value() + ", " + msg(i.err()));
            }
            if (u.value() != (Long) c[5] || !java.util.Objects.equals(c[6], msg(u.err()))) {
                bad.add("ParseUint(" + Quote.quote(s) + ", " + base + ", " + bits + ") = " + u.value() + ", " + msg(u.err()));
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void atoiTable() {
        for (Object[] c : ATOI) {
            var r = ParseNumbers.atoi((byte[]) c[0]);
            assertEquals(c[1], r.value(), Quote.quote((byte[]) c[0]));
            assertEquals(c[2], msg(r.err()), Quote.quote((byte[]) c[0]));
        }
    }

    @Test
    void parseBoolTable() {
        for (Object[] c : PARSEBOOL) {
            var r = ParseNumbers.parseBool((byte[]) c[0]);
            assertEquals(c[1], r.value(), Quote.quote((byte[]) c[0]));
            assertEquals(c[2], msg(r.err()), Quote.quote((byte[]) c[0]));
        }
    }

    @Test
    void errorKindsAndTexts() {
        var r = ParseNumbers.atoi("x");
        assertFalse(r.ok());
        assertEquals(NumError.Kind.SYNTAX, r.err().kind());
        assertEquals("Atoi", r.err().func());
        assertEquals("invalid syntax", r.err().errText());
        assertEquals("strconv.Atoi: parsing \"x\": invalid syntax", r.err().message());
        var big = ParseNumbers.parseInt("999999999999999999999", 10, 64);
        assertEquals(NumError.Kind.RANGE, big.err().kind());
        assertEquals(Long.MAX_VALUE, big.value());
        assertEquals("strconv.ParseInt: parsing \"999999999999999999999\": value out of range", big.err().message());
        var base = ParseNumbers.parseInt("1", 99, 64);
        assertEquals(NumError.Kind.BASE, base.err().kind());
        assertEquals(99, base.err().arg());
        var ok = ParseNumbers.parseFloat("1e3", 64);
        assertTrue(ok.ok());
        assertNull(ok.err());
        assertEquals(1000.0, ok.value());
    }
}
