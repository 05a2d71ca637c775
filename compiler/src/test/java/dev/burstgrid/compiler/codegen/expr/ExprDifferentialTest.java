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
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * Runs the conformance expression vectors through generated code: each row is lowered with folding
 * off (so every construct runs in Java), written by {@link ExprWriter}, compiled with javac and
 * run; its JSON and type must equal the compile-time evaluator's, and its JSON the row's expected
 * value. Variables reach the code through a test {@link ExprEnv}.
 */
class ExprDifferentialTest {
  private static final Evaluator EVALUATOR = new Evaluator(Functions.standard());
  private static final int BATCH = 60;
  private static final ParameterizedTypeName VARS =
      ParameterizedTypeName.get(
          com.palantir.javapoet.ClassName.get(Map.class),
          com.palantir.javapoet.ClassName.get(String.class),
          RuntimeNames.VALUE);

  record Row(
      String id, String source, Map<String, Value> vars, Value expected, boolean tolerance) {}

  record Case(Row row, Expr expr, Value compileTime, String method) {}

  @Test
  void generatedCodeAgreesWithTheEvaluator() throws Exception {
    List<Case> cases = new ArrayList<>();
    List<Case> errorCases = new ArrayList<>();
    int skipped = 0;
    for (Row row : allRows()) {
      Diagnostics d = new Diagnostics();
      Expr expr = HclParser.parseExpression(SourceFile.of(row.id() + ".hcl", row.source()), d);
      if (expr == null || d.hasErrors()) {
        skipped++;
        continue;
      }
      Value v = EVALUATOR.evaluate(expr, Scope.root(row.vars()), d);
      if (d.hasErrors()) {
        errorCases.add(new Case(row, expr, null, "e" + errorCases.size()));
      } else if (!v.isKnown() || isError(row.expected())) {
        skipped++;
      } else {
        cases.add(new Case(row, expr, v, "r" + cases.size()));
      }
    }
    List<String> disagreements = new ArrayList<>();
    for (boolean fold : new boolean[] {false, true}) {
      int agreeEvaluator = 0;
      int agreeExpected = 0;
      int withVariables = 0;
      for (int from = 0; from < cases.size(); from += BATCH) {
        List<Case> batch = cases.subList(from, Math.min(cases.size(), from + BATCH));
        Class<?> cls = compileBatch("Batch" + from, batch, fold);
        for (Case c : batch) {
          String got = run(cls, c);
          String want =
              Json.encode(c.compileTime()) + " : " + c.compileTime().type().friendlyName();
          if (got.equals(want)) {
            agreeEvaluator++;
          } else {
            disagreements.add(
                c.row().id()
                    + " (fold "
                    + fold
                    + ") "
                    + c.row().source()
                    + "\n      evaluator "
                    + want
                    + "\n      generated "
                    + got);
          }
          withVariables += c.row().vars().isEmpty() ? 0 : 1;
          if (c.row().tolerance() || got.startsWith(Json.encode(c.row().expected()) + " : ")) {
            agreeExpected++;
          }
        }
      }
      System.out.println(
          "expression differential (folding "
              + (fold ? "on" : "off")
              + "): "
              + agreeEvaluator
              + "/"
              + cases.size()
              + " generated results equal the evaluator's"
              + " (JSON and type; "
              + withVariables
              + " rows with variables), "
              + agreeExpected
              + " equal the expected JSON; "
              + skipped
              + " rows skipped");
    }
    int failedToo = 0;
    for (int from = 0; from < errorCases.size(); from += BATCH) {
      List<Case> batch = errorCases.subList(from, Math.min(errorCases.size(), from + BATCH));
      Class<?> cls = compileBatch("Errors" + from, batch, false);
      for (Case c : batch) {
        String got = run(cls, c);
        if (got.startsWith("failed: ")) {
          failedToo++;
        } else {
          disagreements.add(
              c.row().id()
                  + " "
                  + c.row().source()
                  + "\n      evaluator reports an error\n      generated "
                  + got);
        }
      }
    }
    System.out.println(
        "expression differential: "
            + failedToo
            + "/"
            + errorCases.size()
            + " expressions the evaluator rejects also fail in generated code"
            + (disagreements.isEmpty() ? "" : "\n  " + String.join("\n  ", disagreements)));
    assertThat(disagreements).isEmpty();
  }

  private static List<Row> allRows() throws Exception {
    List<Row> rows = new ArrayList<>();
    rows.addAll(rows("/hcl-conformance/expr-vectors.jsonl"));
    rows.addAll(rows("/hcl-conformance/oracle-checked.jsonl"));
    rows.addAll(rows("/function-vectors/cty-stdlib-vectors.jsonl"));
    return rows;
  }

  private static Class<?> compileBatch(String name, List<Case> batch, boolean fold)
      throws Exception {
    ExprWriter writer = new ExprWriter("hcl");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    for (Case c : batch) {
      PlanExpr lowered =
          ExprLowering.lower(
              c.expr(), EVALUATOR, new ExprLowering.Options(fold, c.row().vars().keySet()));
      CodeBlock code = writer.write(lowered, new VarsEnv(c.row().vars().keySet()));
      type.addMethod(
          MethodSpec.methodBuilder(c.method())
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(RuntimeNames.VALUE)
              .addParameter(VARS, "vars")
              .addStatement("return $L", code)
              .build());
    }
    writer.addMembersTo(type);
    String source = JavaFile.builder("gen", type.build()).build().toString();
    return InMemoryJavac.compile("gen." + name, source);
  }

  private static String run(Class<?> cls, Case c) throws Exception {
    Method m = cls.getMethod(c.method(), Map.class);
    try {
      Value v = (Value) m.invoke(null, c.row().vars());
      return Json.encode(v) + " : " + v.type().friendlyName();
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof ExprException x) {
        return "failed: " + x.describe();
      }
      return "crashed: " + e.getCause();
    }
  }

  /**
   * Variables are read from the generated method's {@code vars} parameter; {@code var.x} is
   * attribute x of a row variable named {@code var} when the row has no variable x.
   */
  private static final class VarsEnv implements ExprEnv {
    private final Set<String> names;

    VarsEnv(Set<String> names) {
      this.names = names;
    }

    @Override
    public CodeBlock step(String stepKey) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CodeBlock resource(String key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CodeBlock var(String name) {
      if (names.contains(name)) {
        return CodeBlock.of("vars.get($S)", name);
      }
      return CodeBlock.of(
          "$T.attr(vars.get($S), $S, $S)",
          com.palantir.javapoet.ClassName.get("dev.burstgrid.lang.expr", "Traversals"),
          "var",
          name,
          "vars");
    }

    @Override
    public CodeBlock local(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CodeBlock count() {
      throw new UnsupportedOperationException();
    }

    @Override
    public CodeBlock each() {
      throw new UnsupportedOperationException();
    }
  }

  private static boolean isError(Value expected) {
    return expected instanceof Value.Str s && s.value().equals("ERROR");
  }

  static List<Row> rows(String resource) throws Exception {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = ExprDifferentialTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        Map<String, Value> row = ((Value.ObjectValue) Json.decode(line)).attributes();
        Map<String, Value> vars =
            row.get("variables") instanceof Value.ObjectValue o
                ? new TreeMap<>(o.attributes())
                : Map.of();
        String note = row.get("note") instanceof Value.Str s ? s.value() : "";
        rows.add(
            new Row(
                ((Value.Str) row.get("id")).value(),
                ((Value.Str) row.get("source")).value(),
                vars,
                row.get("expected"),
                note.contains("TOLERANCE")));
      }
    }
    return rows;
  }

  static Set<String> ids(List<Row> rows) {
    return Set.copyOf(rows.stream().map(Row::id).toList());
  }
}
