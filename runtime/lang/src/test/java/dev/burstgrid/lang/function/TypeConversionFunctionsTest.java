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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TypeConversionFunctionsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        ok("true", "tobool", b(true)),
        ok("true", "tobool", s("true")),
        ok("null", "tobool", nul(Type.STRING)),
        err(
            "cannot convert \"no\" to bool; only the strings \"true\" or \"false\" are allowed.",
            "tobool",
            s("no")),
        err("cannot convert number to bool", "tobool", n(1)),
        ok("[\"a\",\"b\",\"c\"]", "tolist", tup(s("a"), s("b"), s("c"))),
        ok("[\"a\",\"b\",\"3\"]", "tolist", tup(s("a"), s("b"), n(3))),
        ok("{\"a\":1,\"b\":2}", "tomap", obj("a", n(1), "b", n(2))),
        ok("{\"a\":\"foo\",\"b\":\"true\"}", "tomap", obj("a", s("foo"), "b", b(true))),
        ok("1", "tonumber", n(1)),
        ok("1", "tonumber", s("1")),
        ok("null", "tonumber", nul(Type.STRING)),
        err(
            "Invalid value for \"v\" parameter: cannot convert \"five\" to number;"
                + " given string must be a decimal representation of a number.",
            "tonumber",
            s("five")),
        ok("[\"a\",\"b\",\"c\"]", "toset", tup(s("a"), s("b"), s("c"))),
        ok("[\"3\",\"a\",\"b\"]", "toset", tup(s("a"), s("b"), n(3))),
        ok("[\"b\",\"c\"]", "toset", tup(s("c"), s("b"), s("b"))),
        ok("\"hello\"", "tostring", s("hello")),
        ok("\"1\"", "tostring", n(1)),
        ok("\"true\"", "tostring", b(true)),
        ok("null", "tostring", nul(Type.STRING)),
        err("cannot convert tuple to string", "tostring", tup()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void call(String name, FunctionCase c) throws Exception {
    c.check();
  }

  @Test
  void unknownElementsKeepTheirPlace() throws Exception {
    Value v = FunctionCase.call("tolist", tup(unknown(Type.STRING), s("a")));
    assertThat(v)
        .isEqualTo(new Value.ListValue(Type.STRING, List.of(unknown(Type.STRING), s("a"))));
  }

  @Test
  void resultTypesFollowConversion() throws Exception {
    Function tolist = Functions.standard().get("tolist");
    assertThat(FunctionCalls.returnType(tolist, List.of(new Type.TupleOf(List.of(Type.STRING)))))
        .isEqualTo(new Type.ListOf(Type.STRING));
    assertThat(FunctionCalls.returnType(Functions.standard().get("tostring"), List.of(Type.NUMBER)))
        .isEqualTo(Type.STRING);
  }
}
