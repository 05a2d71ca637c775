package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionCase.b;
import static dev.burstgrid.lang.function.FunctionCase.err;
import static dev.burstgrid.lang.function.FunctionCase.n;
import static dev.burstgrid.lang.function.FunctionCase.nul;
import static dev.burstgrid.lang.function.FunctionCase.obj;
import static dev.burstgrid.lang.function.FunctionCase.ok;
import static dev.burstgrid.lang.function.FunctionCase.s;
import static dev.burstgrid.lang.function.FunctionCase.tup;
import static dev.burstgrid.lang.function.FunctionCase.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormatFunctionsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        ok("\"Hello, Ander!\"", "format", s("Hello, %s!"), s("Ander")),
        ok("\"There are 4 lights\"", "format", s("There are %d lights"), n(4)),
        ok("\"5\"", "format", s("%d"), s("5")),
        ok("\" 3.14\"", "format", s("%5.2f"), n("3.14159")),
        ok("\"3.141590\"", "format", s("%f"), n("3.14159")),
        ok("\"2.50\"", "format", s("%.2f"), n("2.5")),
        ok("\"0 2 2 0.1 0.2\"", "format", s("%.0f %.0f %.0f %.1f %.1f"), n("0.5"), n("1.5"), n("2.5"), n("0.05"), n("0.25")),
        ok("\"1.5 123456789 1.23e+03\"", "format", s("%.3g %.10g %.3g"), n("1.5"), n(123456789), n("1234.5678")),
        ok("\"ab   |\"", "format", s("%-5s|"), s("ab")),
        ok("\"-0042\"", "format", s("%05d"), n(-42)),
        ok("\"+5\"", "format", s("%+d"), n(5)),
        ok("\"   42\"", "format", s("%5d"), n(42)),
        ok("\"ff FF 0xff\"", "format", s("%x %X %#x"), n(255), n(255), n(255)),
        ok("\"101 10\"", "format", s("%b %o"), n(5), n(8)),
        ok("\"1.234568e+03\"", "format", s("%e"), n("1234.5678")),
        ok("\"1234.5678\"", "format", s("%g"), n("1234.5678")),
        ok("\"1e-05\"", "format", s("%g"), n("0.00001")),
        ok("\"1e+06\"", "format", s("%v"), n(1000000)),
        ok("\"100000\"", "format", s("%v"), n(100000)),
        ok("\"1.5\"", "format", s("%v"), n("1.5")),
        ok("\"true\"", "format", s("%v"), b(true)),
        ok("\"[1,\\\"a\\\"]\"", "format", s("%v"), tup(n(1), s("a"))),
        ok("\"null\"", "format", s("%v"), nul(Type.STRING)),
        ok("\"\\\"hello\\\"\"", "format", s("%#v"), s("hello")),
        ok("\"{\\\"a\\\":1}\"", "format", s("%#v"), obj("a", n(1))),
        ok("\"1\"", "format", s("%#v"), n(1)),
        ok("\"\\\"a\\\\u003cb\\\"\"", "format", s("%q"), s("a<b")),
        ok("\"true\"", "format", s("%t"), b(true)),
        ok("\"false\"", "format", s("%t"), s("false")),
        ok("\"100%\"", "format", s("%d%%"), n(100)),
        ok("\"b a\"", "format", s("%[2]s %[1]s"), s("a"), s("b")),
        ok("\"abc\"", "format", s("%.3s"), s("abcdef")),
        ok("\"    🤔\"", "format", s("%5s"), s("🤔")),
        ok("\"1\"", "format", s("%s"), n(1)),
        err("not enough arguments for \"%s\" at 0: need index 1 but have 0 total", "format", s("%s")),
        err("too many arguments; only 1 used by format string", "format", s("%s"), s("a"), s("b")),
        err("too many arguments; no verbs in format string", "format", s("hello"), s("a")),
        err("an integer is required", "format", s("%d"), n("1.5")),
        err("null value cannot be formatted", "format", s("%s"), nul(Type.STRING)),
        err("string required", "format", s("%s"), tup(n(1))),
        err("unsupported format verb 'z'", "format", s("%z"), n(1)),
        ok(
            "[\"Hello, Valentina!\",\"Hello, Ander!\",\"Hello, Olivia!\",\"Hello, Sam!\"]",
            "formatlist",
            s("Hello, %s!"),
            tup(s("Valentina"), s("Ander"), s("Olivia"), s("Sam"))),
        ok(
            "[\"Salutations, Valentina!\",\"Salutations, Ander!\"]",
            "formatlist",
            s("%s, %s!"),
            s("Salutations"),
            tup(s("Valentina"), s("Ander"))),
        ok("[]", "formatlist", s("%s"), tup()),
        ok("[\"x\"]", "formatlist", s("x")),
        err(
            "argument 2 has length 1, which is inconsistent with argument 1 of length 2",
            "formatlist",
            s("%s %s"),
            tup(s("a"), s("b")),
            tup(s("c"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void call(String name, FunctionCase c) throws Exception {
    c.check();
  }

  @Test
  void unknownArgumentsGiveAnUnknownString() throws Exception {
    assertThat(FunctionCase.call("format", s("%s"), unknown(Type.STRING)))
        .isEqualTo(Value.unknown(Type.STRING));
    Value list =
        FunctionCase.call("formatlist", s("%s"), tup(s("a"), unknown(Type.STRING)));
    assertThat(list)
        .isEqualTo(
            new Value.ListValue(
                Type.STRING, java.util.List.of(s("a"), Value.unknown(Type.STRING))));
  }
}
