package dev.burstgrid.compiler.eval;

import static dev.burstgrid.compiler.eval.Ast.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.lang.value.Type;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TypeExprsTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(var("string"), "string"),
        Arguments.of(var("any"), "any"),
        Arguments.of(call("list", var("number")), "list(number)"),
        Arguments.of(call("map", call("set", var("bool"))), "map(set(bool))"),
        Arguments.of(
            call("object", obj(var("a"), var("string"), var("b"), call("optional", var("number")))),
            "object({a = string, b = optional(number)})"),
        Arguments.of(call("tuple", tuple(var("string"), var("number"))), "tuple([string, number])"),
        Arguments.of(
            var("strng"),
            "ERROR: The keyword \"strng\" is not a valid type specification. Did you mean"
                + " \"string\"?"),
        Arguments.of(
            var("list"),
            "ERROR: The list type constructor requires one argument specifying the element type, as"
                + " in list(string)."),
        Arguments.of(
            call("lst", var("string")),
            "ERROR: Type constructor \"lst\" does not exist. Did you mean \"list\"?"),
        Arguments.of(
            call("optional", var("string")),
            "ERROR: optional(...) may only be used for an attribute type inside object({...})."),
        Arguments.of(
            call("list", var("string"), var("number")),
            "ERROR: The list type constructor takes exactly one argument, as in list(string)."),
        Arguments.of(
            call("object", tuple()),
            "ERROR: The object type constructor requires an object of attribute types, as in"
                + " object({name = string, port = optional(number)})."),
        Arguments.of(
            num(1),
            "ERROR: A type is a keyword such as string, number, bool or any, or a constructor such"
                + " as list(string), map(number), set(bool), object({name = string}) or"
                + " tuple([string, number])."));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("cases")
  void parses(Expr e, String expected) {
    Diagnostics d = new Diagnostics();
    Type t = TypeExprs.parse(e, d);
    String got = d.hasErrors() ? "ERROR: " + d.all().get(0).detail() : t.friendlyName();
    assertThat(got).isEqualTo(expected);
  }
}
