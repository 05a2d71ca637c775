package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionCase.err;
import static dev.burstgrid.lang.function.FunctionCase.n;
import static dev.burstgrid.lang.function.FunctionCase.ok;
import static dev.burstgrid.lang.function.FunctionCase.s;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumericFunctionsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        ok("23", "abs", n(23)),
        ok("0", "abs", n(0)),
        ok("12.4", "abs", n("-12.4")),
        ok("5", "ceil", n(5)),
        ok("6", "ceil", n("5.1")),
        ok("-5", "ceil", n("-5.9")),
        ok("5", "floor", n(5)),
        ok("4", "floor", n("4.9")),
        ok("-6", "floor", n("-5.1")),
        ok("1.6989700043360185", "log", n(50), n(10)),
        ok("4", "log", n(16), n(2)),
        ok("0", "log", n(1), n(10)),
        err("infinite", "log", n(0), n(10)),
        ok("54", "max", n(12), n(54), n(3)),
        ok("0.30000000000000001", "max", n("0.3"), n("0.30000000000000001")),
        ok("3", "min", n(12), n(54), n(3)),
        ok("-1.5", "min", n("-1.5"), s("2")),
        err("must pass at least one number", "max"),
        ok("100", "parseint", s("100"), n(10)),
        ok("255", "parseint", s("FF"), n(16)),
        ok("-16", "parseint", s("-10"), n(16)),
        ok("48879", "parseint", s("1011111011101111"), n(2)),
        ok("656", "parseint", s("aA"), n(62)),
        ok("12345678901234567890", "parseint", s("12345678901234567890"), n(10)),
        err("cannot parse \"12\" as a base 2 integer", "parseint", s("12"), n(2)),
        err("base must be a whole number between 2 and 62 inclusive", "parseint", s("1"), n(63)),
        ok("9", "pow", n(3), n(2)),
        ok("1", "pow", n(4), n(0)),
        ok("1.4142135623730951", "pow", n(2), n("0.5")),
        ok("0.25", "pow", n(2), n(-2)),
        ok("-1", "signum", n(-13)),
        ok("0", "signum", n(0)),
        ok("1", "signum", n(344)),
        err("a whole number is required", "signum", n("-0.5")),
        err("Invalid value for \"num\" parameter: a number is required.", "abs", s("x")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void call(String name, FunctionCase c) throws Exception {
    c.check();
  }
}
