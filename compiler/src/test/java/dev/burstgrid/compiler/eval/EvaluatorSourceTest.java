package dev.burstgrid.compiler.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.diag.Diagnostic;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.source.SourceFile;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.HclParser;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Evaluator behaviour written as HCL source: values, unknown propagation, diagnostics. */
class EvaluatorSourceTest {
  private static final Type RESPONSE =
      Type.ObjectOf.of(
          Map.of(
              "status", Type.NUMBER, "body", Type.STRING, "headers", new Type.MapOf(Type.STRING)));

  private static Scope scope() {
    try {
      Value vars =
          Json.decode(
              "{\"var\": {\"base\": \"http://h\", \"n\": 3, \"names\": [\"a\", \"b\"]},"
                  + " \"local\": {\"m\": {\"x\": 1, \"y\": 2}}}");
      Map<String, Value> roots = new java.util.TreeMap<>(((Value.ObjectValue) vars).attributes());
      // A step whose output is only known at run time.
      roots.put(
          "step",
          Value.ObjectValue.of(
              Map.of("get", Value.ObjectValue.of(Map.of("output", Value.unknown(RESPONSE))))));
      roots.put(
          "fan",
          new Value.ListValue(RESPONSE, List.of(Value.unknown(RESPONSE), Value.unknown(RESPONSE))));
      roots.put("dyn", Value.unknown(Type.ANY));
      roots.put("unknownFan", Value.unknown(new Type.ListOf(RESPONSE)));
      return Scope.root(roots);
    } catch (Json.JsonException e) {
      throw new AssertionError(e);
    }
  }

  private static final Evaluator EVALUATOR = new Evaluator(TestFunctions.all());

  static String run(String source, Diagnostics d) {
    Expr e = HclParser.parseExpression(SourceFile.of("t.hcl", source), d);
    assertThat(d.hasErrors()).as("parse errors: %s", d).isFalse();
    Value v = EVALUATOR.evaluate(e, scope(), d);
    return show(v);
  }

  /** JSON, with {@code ?type} standing for unknown values at any depth. */
  static String show(Value v) {
    if (!v.isKnown()) {
      return "unknown(" + v.type().friendlyName() + ")";
    }
    if (v instanceof Value.ListValue l) {
      return "list" + l.elements().stream().map(EvaluatorSourceTest::show).toList();
    }
    if (v instanceof Value.TupleValue t) {
      return "tuple" + t.elements().stream().map(EvaluatorSourceTest::show).toList();
    }
    return Json.encode(v);
  }

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of("\"${var.base}/get\"", "\"http://h/get\""),
        Arguments.of("var.names[*]", "tuple[\"a\", \"b\"]"),
        Arguments.of("[for k, v in local.m : \"${k}=${v}\"]", "tuple[\"x=1\", \"y=2\"]"),
        Arguments.of("{for k, v in local.m : v => k}", "{\"1\":\"x\",\"2\":\"y\"}"),
        Arguments.of("sum(var.names[*] == [] ? [] : [1, 2]...)", "3"),
        Arguments.of("upper(var.names[0])", "\"A\""),
        Arguments.of("try(var.nope, \"default\")", "\"default\""),
        Arguments.of("can(var.n.x)", "false"),
        Arguments.of("1 / 3 * 3 > 0.99", "true"),
        Arguments.of(
            "step.get.output",
            "unknown(object({body = string, headers = map(string), status = number}))"),
        Arguments.of("step.get.output.status", "unknown(number)"),
        Arguments.of("step.get.output.headers[\"x\"]", "unknown(string)"),
        Arguments.of("step.get.output.status + 1", "unknown(number)"),
        Arguments.of("step.get.output.status == 200", "unknown(bool)"),
        Arguments.of("step.get.output.status == 200 ? \"ok\" : \"bad\"", "unknown(string)"),
        Arguments.of("\"code ${step.get.output.status}\"", "unknown(string)"),
        Arguments.of("upper(step.get.output.body)", "unknown(string)"),
        Arguments.of("fan[*].status", "list[unknown(number), unknown(number)]"),
        Arguments.of("fan[0].body", "unknown(string)"),
        Arguments.of("dyn.anything[3].more", "unknown(any)"),
        Arguments.of("[for r in fan : r.status]", "tuple[unknown(number), unknown(number)]"),
        Arguments.of("false && dyn", "false"),
        Arguments.of("unknownFan[*].status", "unknown(list(number))"),
        Arguments.of("[for r in unknownFan : r.status]", "unknown(any)"),
        Arguments.of("\"%{for r in unknownFan}${r.status}%{endfor}\"", "unknown(string)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void evaluates(String source, String expected) {
    Diagnostics d = new Diagnostics();
    String got = run(source, d);
    assertThat(d.hasErrors()).as("%s", d).isFalse();
    assertThat(got).isEqualTo(expected);
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("var.bse", "bse", "Unsupported attribute", "Did you mean \"base\"?"),
        Arguments.of("vr.base", "vr", "Unknown variable", "Did you mean \"var\"?"),
        Arguments.of("uper(\"a\")", "uper", "Call to unknown function", "Did you mean \"upper\"?"),
        Arguments.of(
            "step.get.output.stats", "stats", "Unsupported attribute", "Did you mean \"status\"?"),
        Arguments.of("var.names[2]", "[2]", "Invalid index", "out of range (it has 2 elements)"),
        Arguments.of("var.names[-1]", "[-1]", "Invalid index", "negative number"),
        Arguments.of("var.names[0.5]", "[0.5]", "Invalid index", "whole number"),
        Arguments.of("local.m[\"z\"]", "[\"z\"]", "Invalid index", "no key \"z\""),
        Arguments.of("var.n + \"x\"", "\"x\"", "Invalid operand", "right operand"),
        Arguments.of("var.n / 0", "0", "Invalid operand", "divide by zero"),
        Arguments.of(
            "upper(\"a\", \"b\")",
            "\"b\"",
            "Too many function arguments",
            "expects only 1 argument"),
        Arguments.of("upper()", ")", "Not enough function arguments", "Missing value for \"str\""),
        Arguments.of(
            "upper([1])",
            "[1]",
            "Invalid function argument",
            "Invalid value for \"str\" parameter: string required"),
        Arguments.of("half(3)", "3", "Invalid function argument", "must be even"),
        Arguments.of(
            "true ? 1 : false", "1 : false", "Inconsistent conditional result types", "number"),
        Arguments.of("var.n ? 1 : 2", "var.n", "Incorrect condition type", "bool"),
        Arguments.of("{for v in [\"a\", \"a\"] : v => 1}", "v", "Duplicate object key", "ellipsis"),
        Arguments.of(
            "[for v in var.n : v]", "var.n", "Iteration over non-iterable value", "number"),
        Arguments.of("[for v in [1] : v if v]", "v", "Invalid 'for' condition", "bool"),
        Arguments.of(
            "\"x${var.names}\"", "var.names", "Invalid template interpolation value", "jsonencode"),
        Arguments.of("{a = 1, a = 2}", "a", "Duplicate object attribute", "already defined"),
        Arguments.of("step.get.output.status.x", "x", "Unsupported attribute", "primitive"),
        Arguments.of("fan[*].stats", "stats", "Unsupported attribute", "Did you mean \"status\"?"),
        Arguments.of(
            "\"%{for r in unknownFan}${r.stat}%{endfor}\"",
            "stat", "Unsupported attribute", "Did you mean \"status\"?"),
        Arguments.of(
            "\"%{for r in fan}${r.stat}%{endfor}\"",
            "stat", "Unsupported attribute", "Did you mean \"status\"?"),
        Arguments.of(
            "[for r in step.get.output.headers : r.x]", "x", "Unsupported attribute", "primitive"),
        Arguments.of(
            "{for k, r in step.get.output.headers : k => r if [r]}",
            "[r]",
            "Invalid 'for' condition",
            "bool"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void reports(String source, String subjectText, String summary, String detailPart) {
    Diagnostics d = new Diagnostics();
    run(source, d);
    assertThat(d.errorCount()).as("%s", d).isEqualTo(1);
    Diagnostic diag = d.all().get(0);
    assertThat(diag.summary()).isEqualTo(summary);
    assertThat(diag.detail()).contains(detailPart);
    assertThat(diag.subject().text()).isEqualTo(subjectText);
  }

  @org.junit.jupiter.api.Test
  void longChainsDoNotExhaustTheStack() {
    Diagnostics d = new Diagnostics();
    assertThat(run("1" + " + 1".repeat(20_000), d)).isEqualTo("20001");
    assertThat(run("{a = {b = 1}}.a" + "[\"b\"]".repeat(1) + ".x".repeat(20_000), d))
        .isEqualTo("unknown(any)");
    assertThat(d.errorCount()).isEqualTo(1);
  }
}
