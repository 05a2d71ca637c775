package dev.burstgrid.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.eval.Evaluator;
import dev.burstgrid.compiler.eval.Scope;
import dev.burstgrid.compiler.source.SourceFile;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.HclParser;
import dev.burstgrid.lang.function.Functions;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Function calls checked against go-cty's standard library (the functions Terraform takes
 * from it), evaluated by HashiCorp's HCL with those functions registered: value, result
 * type, or that the call fails. Rows where Terraform deliberately differs from go-cty, or
 * where bggo knowingly does, are listed with the reason.
 */
class FunctionVectorsTest {
  private static final Evaluator EVALUATOR = new Evaluator(Functions.standard());

  private static final Map<String, String> DIFFERENCES = Map.of(
      "fn-303", "tostring(null) is a null string here, a null of unknown type in go-cty",
      "fn-611", "RE2's U (ungreedy) flag is rejected: Java's regular expressions lack it");

  @TestFactory
  Stream<DynamicTest> ctyStdlibVectors() {
    List<Outcome> outcomes = new ArrayList<>();
    for (Map<String, Value> row : rows("cty-stdlib-vectors.jsonl")) {
      outcomes.add(run(row));
    }
    List<Outcome> failed = outcomes.stream().filter(o -> !o.passed()).toList();
    System.out.println(
        "function vectors: " + (outcomes.size() - failed.size()) + "/" + outcomes.size() + " passed"
            + failed.stream().map(o -> "\n  FAIL " + o.id() + ": " + o.why()).collect(Collectors.joining()));
    return outcomes.stream()
        .map(o -> DynamicTest.dynamicTest(o.id(), () -> {
          String known = DIFFERENCES.get(o.id());
          Assumptions.assumeTrue(o.passed() || known == null, "known difference: " + known);
          assertTrue(o.passed(), o.why());
        }));
  }

  private static Outcome run(Map<String, Value> row) {
    String id = ConformanceTest.text(row.get("id"));
    String source = ConformanceTest.text(row.get("source"));
    Value expected = row.get("expected");
    Diagnostics d = new Diagnostics();
    Expr expr = HclParser.parseExpression(SourceFile.of(id + ".hcl", source), d);
    Value actual = expr == null || d.hasErrors() ? null : EVALUATOR.evaluate(expr, Scope.empty(), d);
    String call = source + " → ";
    if (expected instanceof Value.Str s && s.value().equals("ERROR")) {
      return d.hasErrors()
          ? Outcome.pass(id)
          : Outcome.fail(id, call + "expected an error, got " + Json.encode(actual));
    }
    if (d.hasErrors()) {
      return Outcome.fail(id, call + "unexpected error: " + ConformanceTest.firstError(d).oneLine());
    }
    if (!ValueMatch.matches(actual, expected, BigDecimal.ZERO)) {
      return Outcome.fail(id, call + "expected " + Json.encode(expected) + ", got " + Json.encode(actual));
    }
    String wantType = Json.encode(row.get("type"));
    String gotType = ctyTypeJson(actual.type());
    return wantType.equals(gotType)
        ? Outcome.pass(id)
        : Outcome.fail(id, call + "expected type " + wantType + ", got " + gotType);
  }

  /** A type in go-cty's JSON form: {@code "string"}, {@code ["list","number"]} … */
  private static String ctyTypeJson(Type t) {
    if (t instanceof Type.Primitive) {
      return "\"" + t.friendlyName() + "\"";
    }
    if (t == Type.ANY) {
      return "\"dynamic\"";
    }
    if (t instanceof Type.ListOf l) {
      return "[\"list\"," + ctyTypeJson(l.element()) + "]";
    }
    if (t instanceof Type.SetOf s) {
      return "[\"set\"," + ctyTypeJson(s.element()) + "]";
    }
    if (t instanceof Type.MapOf m) {
      return "[\"map\"," + ctyTypeJson(m.element()) + "]";
    }
    if (t instanceof Type.TupleOf tt) {
      return "[\"tuple\",["
          + tt.elements().stream().map(FunctionVectorsTest::ctyTypeJson).collect(Collectors.joining(","))
          + "]]";
    }
    Type.ObjectOf o = (Type.ObjectOf) t;
    return "[\"object\",{"
        + o.attributes().entrySet().stream()
            .map(e -> Json.encode(Value.string(e.getKey())) + ":" + ctyTypeJson(e.getValue()))
            .collect(Collectors.joining(","))
        + "}]";
  }

  private static List<Map<String, Value>> rows(String resource) {
    List<Map<String, Value>> rows = new ArrayList<>();
    try (InputStream in = FunctionVectorsTest.class.getResourceAsStream("/function-vectors/" + resource)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          rows.add(((Value.ObjectValue) Json.decode(line)).attributes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Json.JsonException e) {
      throw new IllegalStateException("bad row in " + resource + ": " + e.getMessage(), e);
    }
    return rows;
  }
}
