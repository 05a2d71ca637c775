package dev.burstgrid.compiler.codegen.expr;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.eval.Evaluator;
import dev.burstgrid.compiler.eval.Scope;
import dev.burstgrid.compiler.plan.expr.ExprLowering;
import dev.burstgrid.compiler.plan.expr.PlanExpr;
import dev.burstgrid.compiler.source.SourceFile;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.HclParser;
import dev.burstgrid.lang.expr.ExprException;
import dev.burstgrid.lang.function.Functions;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * Expressions far bigger than any method may hold or javac may nest: they must compile, run and
 * agree with the evaluator; and run-time failures name the HCL location.
 */
class ExprWriterLimitsTest {
  private static final Evaluator EVALUATOR = new Evaluator(Functions.standard());

  private static Value runGenerated(String source, boolean fold, Map<String, Value> vars)
      throws Throwable {
    Diagnostics d = new Diagnostics();
    Expr expr = HclParser.parseExpression(SourceFile.of("big.hcl", source), d);
    assertThat(d.hasErrors()).as(d.toString()).isFalse();
    PlanExpr lowered =
        ExprLowering.lower(expr, EVALUATOR, new ExprLowering.Options(fold, vars.keySet()));
    ExprWriter writer = new ExprWriter("hcl");
    CodeBlock code =
        writer.write(
            lowered,
            new ExprEnv() {
              @Override
              public CodeBlock step(String k) {
                return CodeBlock.of("vars.get($S)", "step." + k);
              }

              @Override
              public CodeBlock resource(String k) {
                throw new UnsupportedOperationException();
              }

              @Override
              public CodeBlock var(String n) {
                return CodeBlock.of("vars.get($S)", n);
              }

              @Override
              public CodeBlock local(String n) {
                throw new UnsupportedOperationException();
              }

              @Override
              public CodeBlock count() {
                return CodeBlock.of("vars.get($S)", "count");
              }

              @Override
              public CodeBlock each() {
                return CodeBlock.of("vars.get($S)", "each");
              }
            });
    TypeSpec.Builder cls = TypeSpec.classBuilder("Big").addModifiers(Modifier.PUBLIC);
    cls.addMethod(
        MethodSpec.methodBuilder("run")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(Value.class)
            .addParameter(ParameterizedTypeName.get(Map.class, String.class, Value.class), "vars")
            .addStatement("return $L", code)
            .build());
    writer.addMembersTo(cls);
    Class<?> c =
        InMemoryJavac.compile("gen.Big", JavaFile.builder("gen", cls.build()).build().toString());
    try {
      return (Value) c.getMethod("run", Map.class).invoke(null, vars);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Value evaluate(String source, Map<String, Value> vars) {
    Diagnostics d = new Diagnostics();
    Expr expr = HclParser.parseExpression(SourceFile.of("big.hcl", source), d);
    Value v = EVALUATOR.evaluate(expr, Scope.root(vars), d);
    assertThat(d.hasErrors()).as(d.toString()).isFalse();
    return v;
  }

  private static void agrees(String source, Map<String, Value> vars) throws Throwable {
    String want = Json.encode(evaluate(source, vars));
    assertThat(Json.encode(runGenerated(source, false, vars))).isEqualTo(want);
    assertThat(Json.encode(runGenerated(source, true, vars))).isEqualTo(want);
  }

  @Test
  void longOperatorChains() throws Throwable {
    String sum = "x" + " + x".repeat(3000);
    agrees(sum, Map.of("x", Value.number(2)));
  }

  @Test
  void deeplyNestedStructures() throws Throwable {
    String nested = "[".repeat(200) + "x" + "]".repeat(200);
    agrees(nested, Map.of("x", Value.number(1)));
    String calls = "upper(".repeat(150) + "x" + ")".repeat(150);
    agrees(calls, Map.of("x", Value.string("a")));
  }

  @Test
  void wideTuplesAndObjects() throws Throwable {
    String tuple =
        IntStream.range(0, 2000)
            .mapToObj(i -> "x + " + i)
            .collect(Collectors.joining(", ", "[", "]"));
    agrees(tuple, Map.of("x", Value.number(1)));
    String object =
        IntStream.range(0, 1500)
            .mapToObj(i -> "k" + i + " = \"${x}-" + i + "\"")
            .collect(Collectors.joining(", ", "{", "}"));
    agrees(object, Map.of("x", Value.string("v")));
  }

  @Test
  void longTemplatesAndTexts() throws Throwable {
    String template = "\"" + "a${x}".repeat(3000) + "\"";
    agrees(template, Map.of("x", Value.string("\u00e9")));
    String text = "\"${x}" + "\u20ac".repeat(70_000) + "\"";
    agrees(text, Map.of("x", Value.string("y")));
  }

  @Test
  void largeConstantsBecomeStaticFields() throws Throwable {
    String big =
        IntStream.range(0, 5000)
            .mapToObj(i -> "{n = " + i + ", s = \"" + i + "\"}")
            .collect(Collectors.joining(", ", "[", "]"));
    agrees("length(" + big + ") + x", Map.of("x", Value.number(1)));
    agrees("[" + big + ", x]", Map.of("x", Value.number(1)));
  }

  @Test
  void runTimeFailuresNameTheirLocation() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                runGenerated(
                    "[\n  x.missing\n]",
                    true,
                    Map.of("x", Value.ObjectValue.of(Map.of("a", Value.TRUE)))))
        .isInstanceOf(ExprException.class)
        .extracting(e -> ((ExprException) e).describe())
        .isEqualTo(
            "big.hcl:2:5: Unsupported attribute; This object does not have an attribute named"
                + " \"missing\". Available: a.");
  }

  @Test
  void stringsFromTheGridCannotInjectCode() throws Throwable {
    String hostile = "\"\\\"); System.exit(1); //\\u2028\\u0085\\n\\r\\\\u000a${x}\"";
    agrees(hostile, Map.of("x", Value.string("*/")));
    agrees("{\"a\\\"b\\u2029\" = x}", Map.of("x", Value.TRUE));
  }

  @Test
  void stepCountAndEachRootsComeFromTheEnvironment() throws Throwable {
    Value instance0 = output(Map.of("code", Value.number(200)));
    Value instance1 = output(Map.of("code", Value.number(404)));
    Value fan = new Value.TupleValue(java.util.List.of(instance0, instance1));
    Value count = Value.ObjectValue.of(Map.of("index", Value.number(1)));
    Value each = Value.ObjectValue.of(Map.of("key", Value.string("k"), "value", Value.string("v")));
    Map<String, Value> env = Map.of("step.http.fan", fan, "count", count, "each", each);
    Map<String, Value> scope =
        Map.of(
            "step",
            Value.ObjectValue.of(Map.of("http", Value.ObjectValue.of(Map.of("fan", fan)))),
            "count",
            count,
            "each",
            each);
    for (String source :
        java.util.List.of(
            "\"${step.http.fan[count.index].output.code}-${each.key}=${each.value}\"",
            "step.http.fan[*].output.code",
            "[for i, s in step.http.fan : \"${i}:${s.output.code}\" if s.output.code > 300]",
            "{for s in step.http.fan : s.output.code => s...}",
            "try(step.http.fan[5].output, \"none\")",
            "can(step.http.fan[0].output.missing) ? 1 : length(step.http.fan)")) {
      for (boolean fold : new boolean[] {false, true}) {
        assertThat(Json.encode(runGenerated(source, fold, env)))
            .as(source)
            .isEqualTo(Json.encode(evaluate(source, scope)));
      }
    }
  }

  private static Value output(Map<String, Value> fields) {
    return Value.ObjectValue.of(Map.of("output", Value.ObjectValue.of(fields)));
  }

  @Test
  void variablesAreNotFolded() {
    Diagnostics d = new Diagnostics();
    Expr expr = HclParser.parseExpression(SourceFile.of("v.hcl", "upper(var.x)"), d);
    PlanExpr lowered = ExprLowering.lower(expr, EVALUATOR);
    assertThat(lowered).isInstanceOf(PlanExpr.Call.class);
    assertThat(Set.of()).isEmpty();
  }
}
