package dev.burstgrid.compiler.eval;

import static dev.burstgrid.compiler.eval.Ast.*;
import static dev.burstgrid.compiler.syntax.Operator.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.diag.Diagnostic;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluatorTest {
  private static final String VARS =
      "{\"s\": \"hi\", \"n\": 5, \"obj\": {\"name\": \"x\", \"tags\": [\"a\", \"b\"]},"
          + " \"list\": [{\"id\": 1}, {\"id\": 2}], \"nothing\": null, \"flag\": true}";

  static Value eval(Expr e, Diagnostics d) {
    try {
      Value vars = Json.decode(VARS);
      Scope scope = Scope.root(((Value.ObjectValue) vars).attributes());
      scope =
          scope.child(
              Map.of(
                  "later",
                  Value.unknown(Type.ANY),
                  "laterObj",
                  Value.unknown(Type.ObjectOf.of(Map.of("a", Type.STRING)))));
      return new Evaluator(TestFunctions.all()).evaluate(e, scope, d);
    } catch (Json.JsonException ex) {
      throw new AssertionError(ex);
    }
  }

  /** The result as JSON, {@code unknown(type)}, or {@code ERROR: summary}. */
  static String render(Expr e) {
    Diagnostics d = new Diagnostics();
    Value v = eval(e, d);
    if (d.hasErrors()) {
      return "ERROR: " + d.all().get(0).summary();
    }
    return v.isKnown() ? Json.encode(v) : "unknown(" + v.type().friendlyName() + ")";
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("number", num("1.5"), "1.5"),
        Arguments.of("null", nul(), "null"),
        Arguments.of("template", tmpl(lit("n="), interp(var("n")), lit("!")), "\"n=5!\""),
        Arguments.of("template unwraps one interpolation", tmpl(interp(var("n"))), "5"),
        Arguments.of(
            "template of null",
            tmpl(lit("x"), interp(nul())),
            "ERROR: Invalid template interpolation value"),
        Arguments.of(
            "template of tuple",
            tmpl(lit("x"), interp(tuple())),
            "ERROR: Invalid template interpolation value"),
        Arguments.of(
            "template if",
            tmpl(tif(var("flag"), List.of(lit("yes")), List.of(lit("no")))),
            "\"yes\""),
        Arguments.of(
            "template for",
            tmpl(tfor("i", "v", tuple(str("a"), str("b")), interp(var("i")), interp(var("v")))),
            "\"0a1b\""),
        Arguments.of("template unknown", tmpl(lit("x"), interp(var("later"))), "unknown(string)"),
        Arguments.of("tuple", tuple(num(1), str("a"), nul()), "[1,\"a\",null]"),
        Arguments.of(
            "object",
            obj(var("a"), num(1), str("b"), num(2), parens(var("s")), num(3)),
            "{\"a\":1,\"b\":2,\"hi\":3}"),
        Arguments.of("object number key", obj(num(15), str("y")), "{\"15\":\"y\"}"),
        Arguments.of(
            "object duplicate key",
            obj(var("a"), num(1), str("a"), num(2)),
            "ERROR: Duplicate object attribute"),
        Arguments.of("object tuple key", obj(tuple(), num(1)), "ERROR: Incorrect key type"),
        Arguments.of(
            "object traversal key",
            obj(attr(var("obj"), "name"), num(1)),
            "ERROR: Ambiguous attribute key"),
        Arguments.of("attribute", attr(var("obj"), "name"), "\"x\""),
        Arguments.of("missing attribute", attr(var("obj"), "nme"), "ERROR: Unsupported attribute"),
        Arguments.of(
            "attribute of null",
            attr(var("nothing"), "a"),
            "ERROR: Attempt to get attribute from null value"),
        Arguments.of("attribute of string", attr(var("s"), "a"), "ERROR: Unsupported attribute"),
        Arguments.of("index tuple", index(attr(var("obj"), "tags"), num(1)), "\"b\""),
        Arguments.of(
            "index with string number", index(attr(var("obj"), "tags"), str("0")), "\"a\""),
        Arguments.of(
            "index out of range", index(attr(var("obj"), "tags"), num(2)), "ERROR: Invalid index"),
        Arguments.of(
            "index negative", index(attr(var("obj"), "tags"), num(-1)), "ERROR: Invalid index"),
        Arguments.of(
            "index fractional",
            index(attr(var("obj"), "tags"), num("0.5")),
            "ERROR: Invalid index"),
        Arguments.of("index object", index(var("obj"), str("name")), "\"x\""),
        Arguments.of("index object missing", index(var("obj"), str("zzz")), "ERROR: Invalid index"),
        Arguments.of("index string", index(var("s"), num(0)), "ERROR: Invalid index"),
        Arguments.of("index null key", index(var("obj"), nul()), "ERROR: Invalid index"),
        Arguments.of("unknown variable", var("nn"), "ERROR: Unknown variable"),
        Arguments.of("attribute of unknown", attr(var("later"), "x"), "unknown(any)"),
        Arguments.of("attribute of unknown object", attr(var("laterObj"), "a"), "unknown(string)"),
        Arguments.of(
            "missing attribute of unknown object",
            attr(var("laterObj"), "b"),
            "ERROR: Unsupported attribute"),
        Arguments.of("splat", splat(var("list"), attr(item(), "id")), "[1,2]"),
        Arguments.of("splat null", splat(var("nothing"), attr(item(), "id")), "[]"),
        Arguments.of("splat scalar", splat(var("n"), item()), "[5]"),
        Arguments.of("splat object", splat(var("obj"), attr(item(), "name")), "[\"x\"]"),
        Arguments.of("call", call("upper", var("s")), "\"HI\""),
        Arguments.of("call converts", call("upper", num(5)), "\"5\""),
        Arguments.of("call variadic", call("sum", num(1), num(2), str("3")), "6"),
        Arguments.of("call expand", callExpanding("sum", num(1), tuple(num(2), num(3))), "6"),
        Arguments.of(
            "call expand string",
            callExpanding("sum", str("x")),
            "ERROR: Invalid expanding argument value"),
        Arguments.of("call unknown arg", call("upper", var("later")), "unknown(string)"),
        Arguments.of("call null arg", call("upper", nul()), "ERROR: Invalid function argument"),
        Arguments.of("call bad arg", call("upper", tuple()), "ERROR: Invalid function argument"),
        Arguments.of("call too few", call("upper"), "ERROR: Not enough function arguments"),
        Arguments.of(
            "call too many",
            call("upper", str("a"), str("b")),
            "ERROR: Too many function arguments"),
        Arguments.of("call failing", call("half", num(3)), "ERROR: Invalid function argument"),
        Arguments.of(
            "call unknown function", call("uper", str("a")), "ERROR: Call to unknown function"),
        Arguments.of(
            "try first ok", call("try", attr(var("obj"), "nope"), str("fallback")), "\"fallback\""),
        Arguments.of(
            "try all fail",
            call("try", attr(var("obj"), "nope")),
            "ERROR: Invalid function argument"),
        Arguments.of("try unknown", call("try", var("later"), str("x")), "unknown(any)"),
        Arguments.of("can ok", call("can", attr(var("obj"), "name")), "true"),
        Arguments.of("can fails", call("can", attr(var("obj"), "nope")), "false"),
        Arguments.of("conditional", cond(var("flag"), num(1), num(2)), "1"),
        Arguments.of("conditional unifies", cond(bool(true), num(1), str("a")), "\"1\""),
        Arguments.of("conditional null branch", cond(bool(true), nul(), tuple(num(1))), "null"),
        Arguments.of(
            "conditional ignores other branch", cond(bool(true), num(1), var("nope")), "1"),
        Arguments.of(
            "conditional inconsistent",
            cond(bool(true), num(1), bool(false)),
            "ERROR: Inconsistent conditional result types"),
        Arguments.of(
            "conditional non-bool",
            cond(num(1), num(1), num(2)),
            "ERROR: Incorrect condition type"),
        Arguments.of("conditional null", cond(nul(), num(1), num(2)), "ERROR: Null condition"),
        Arguments.of("conditional unknown", cond(var("later"), num(1), num(2)), "unknown(number)"),
        Arguments.of(
            "conditional unknown keeps branch errors for the run",
            cond(var("later"), num(1), attr(var("nothing"), "x")),
            "unknown(any)"),
        Arguments.of("arith", bin(num(1), ADD, bin(num(2), MULTIPLY, num(3))), "7"),
        Arguments.of("arith null", bin(num(1), ADD, nul()), "ERROR: Invalid operand"),
        Arguments.of("arith unknown", bin(var("later"), ADD, num(1)), "unknown(number)"),
        Arguments.of("divide by zero", bin(num(1), DIVIDE, num(0)), "ERROR: Invalid operand"),
        Arguments.of("compare strings", bin(str("a"), LESS, str("b")), "ERROR: Invalid operand"),
        Arguments.of("equal deep", bin(var("obj"), EQUAL, var("obj")), "true"),
        Arguments.of(
            "and short-circuits", bin(bool(false), AND, attr(var("nothing"), "x")), "false"),
        Arguments.of("or short-circuits right", bin(call("nope"), OR, bool(true)), "true"),
        Arguments.of(
            "and reports errors",
            bin(bool(true), AND, attr(var("nothing"), "x")),
            "ERROR: Attempt to get attribute from null value"),
        Arguments.of(
            "and type error persists", bin(bool(false), AND, str("x")), "ERROR: Invalid operand"),
        Arguments.of(
            "unknown left keeps right errors for the run",
            bin(var("later"), AND, attr(var("nothing"), "x")),
            "unknown(bool)"),
        Arguments.of(
            "unknown left or", bin(var("later"), OR, attr(var("nothing"), "x")), "unknown(bool)"),
        Arguments.of(
            "unknown left still checks function names",
            bin(var("later"), AND, call("nope")),
            "ERROR: Call to unknown function"),
        Arguments.of(
            "conditional unknown still checks function names",
            cond(var("later"), num(1), call("nope")),
            "ERROR: Call to unknown function"),
        Arguments.of(
            "errors left of unknown persist",
            bin(attr(var("nothing"), "x"), AND, var("later")),
            "ERROR: Attempt to get attribute from null value"),
        Arguments.of("not", not(var("flag")), "false"),
        Arguments.of("negate", neg(var("n")), "-5"),
        Arguments.of("not null", not(nul()), "ERROR: Invalid operand"),
        Arguments.of(
            "for tuple", forTuple("i", "v", tuple(str("a"), str("b")), var("i"), null), "[0,1]"),
        Arguments.of(
            "for filter",
            forTuple(null, "v", tuple(num(1), num(7)), var("v"), bin(var("v"), GREATER, num(5))),
            "[7]"),
        Arguments.of(
            "for filter non-bool",
            forTuple(null, "v", tuple(num(1)), var("v"), str("yes")),
            "ERROR: Invalid 'for' condition"),
        Arguments.of(
            "for object",
            forObject("k", "v", var("obj"), var("k"), var("k"), null, false),
            "{\"name\":\"name\",\"tags\":\"tags\"}"),
        Arguments.of(
            "for duplicate",
            forObject(null, "v", tuple(str("a"), str("a")), var("v"), num(1), null, false),
            "ERROR: Duplicate object key"),
        Arguments.of(
            "for grouping",
            forObject(
                "i", "v", tuple(str("a"), str("a"), str("b")), var("v"), var("i"), null, true),
            "{\"a\":[0,1],\"b\":[2]}"),
        Arguments.of(
            "for over null",
            forTuple(null, "v", nul(), var("v"), null),
            "ERROR: Iteration over null value"),
        Arguments.of(
            "for over string",
            forTuple(null, "v", str("x"), var("v"), null),
            "ERROR: Iteration over non-iterable value"),
        Arguments.of(
            "for over unknown", forTuple(null, "v", var("later"), var("v"), null), "unknown(any)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void evaluates(String name, Expr expr, String expected) {
    assertThat(render(expr)).isEqualTo(expected);
  }

  @Test
  void diagnosticsPointAtTheOffendingPartAndSuggestFixes() {
    Expr name = var("ob");
    Diagnostics d = new Diagnostics();
    eval(bin(num(1), ADD, name), d);
    Diagnostic diag = d.all().get(0);
    assertThat(diag.subject()).isEqualTo(name.range());
    assertThat(diag.detail()).isEqualTo("There is no variable named \"ob\". Did you mean \"obj\"?");

    Expr.GetAttr access = (Expr.GetAttr) attr(var("obj"), "nme");
    d = new Diagnostics();
    eval(access, d);
    assertThat(d.all().get(0).subject()).isEqualTo(access.nameRange());
    assertThat(d.all().get(0).detail()).endsWith("Did you mean \"name\"?");

    d = new Diagnostics();
    eval(call("uppr", str("a")), d);
    assertThat(d.all().get(0).detail()).endsWith("Did you mean \"upper\"?");

    Expr badArg = num(3);
    d = new Diagnostics();
    eval(call("half", badArg), d);
    assertThat(d.all().get(0).subject()).isEqualTo(badArg.range());
    assertThat(d.all().get(0).detail())
        .isEqualTo("Invalid value for \"n\" parameter: must be even.");
  }

  @Test
  void oneMistakeIsReportedOnce() {
    Diagnostics d = new Diagnostics();
    eval(bin(attr(attr(var("nope"), "a"), "b"), ADD, num(1)), d);
    assertThat(d.errorCount()).isEqualTo(1);
  }
}
