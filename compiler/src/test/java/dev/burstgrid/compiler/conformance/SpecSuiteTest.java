package dev.burstgrid.compiler.conformance;


import dev.burstgrid.compiler.diag.Diagnostic;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.eval.Evaluator;
import dev.burstgrid.compiler.eval.Scope;
import dev.burstgrid.compiler.source.SourceFile;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Block;
import dev.burstgrid.compiler.syntax.Body;
import dev.burstgrid.compiler.syntax.ConfigFile;
import dev.burstgrid.compiler.syntax.HclParser;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the HashiCorp spec-suite cases that need no {@code hcldec} schema decoding: parse the {@code
 * .hcl} file, evaluate its top-level attributes and compare them with the {@code .t} file's {@code
 * result}, or check that the first error starts where the {@code .t} file's {@code diagnostics}
 * block says. The suite lives outside the project, in {@code ../shared/hcl-conformance/specsuite}
 * from the project root (or where the {@code hcl.specsuite} system property points); without it
 * these tests are skipped.
 */
class SpecSuiteTest {
  private static final Evaluator EVALUATOR = new Evaluator(Map.of());

  /** Cases compared by value (or, for literal "ok" results, by a clean parse). */
  private static final List<String> VALUE_CASES =
      List.of(
          "empty",
          "comments/hash_comment",
          "comments/multiline_comment",
          "comments/slash_comment",
          "expressions/heredoc",
          "expressions/primitive_literals",
          "structure/attributes/expected");

  /** Cases whose expectation is a set of error positions. */
  private static final List<String> ERROR_CASES =
      List.of(
          "structure/attributes/singleline_bad",
          "structure/blocks/single_oneline_invalid",
          "structure/blocks/single_unclosed");

  /** Valid files whose expected result needs block decoding: only a clean parse is checked. */
  private static final List<String> PARSE_ONLY_CASES =
      List.of(
          "structure/blocks/single_empty_oneline",
          "structure/blocks/single_expected",
          "structure/blocks/single_oneline");

  @TestFactory
  Stream<DynamicTest> specSuite() {
    Path suite = suiteDirectory();
    Assumptions.assumeTrue(
        suite != null, "spec suite not found at ../shared/hcl-conformance/specsuite; skipping");
    Path tests = suite.resolve("tests");
    List<Outcome> outcomes = new ArrayList<>();
    VALUE_CASES.forEach(c -> outcomes.add(valueCase(tests, c)));
    ERROR_CASES.forEach(c -> outcomes.add(errorCase(tests, c)));
    PARSE_ONLY_CASES.forEach(c -> outcomes.add(parseOnlyCase(tests, c)));
    return ConformanceTest.report("specsuite", outcomes);
  }

  static Path suiteDirectory() {
    String override = System.getProperty("hcl.specsuite");
    if (override != null && Files.isDirectory(Paths.get(override))) {
      return Paths.get(override);
    }
    Path root = null;
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("mvnw"))) {
        root = p;
      }
    }
    if (root == null) {
      return null;
    }
    Path suite = root.resolve("../shared/hcl-conformance/specsuite").normalize();
    return Files.isDirectory(suite.resolve("tests")) ? suite : null;
  }

  private static Outcome valueCase(Path tests, String name) {
    Diagnostics d = new Diagnostics();
    ConfigFile input = parse(tests.resolve(name + ".hcl"), d);
    ConfigFile expectations = parse(tests.resolve(name + ".t"), new Diagnostics());
    Value expected = attribute(expectations.body(), "result", Scope.empty());
    if (d.hasErrors()) {
      return Outcome.fail(name, "unexpected error: " + ConformanceTest.firstError(d).oneLine());
    }
    if (expected instanceof Value.Str s && s.value().equals("ok")) {
      return Outcome.pass(name);
    }
    Value actual = ConformanceTest.evaluateAttributes(input, variables(tests, name), d);
    if (d.hasErrors()) {
      return Outcome.fail(name, "unexpected error: " + ConformanceTest.firstError(d).oneLine());
    }
    return ValueMatch.matches(actual, expected, BigDecimal.ZERO)
        ? Outcome.pass(name)
        : Outcome.fail(name, "expected " + Json.encode(expected) + ", got " + Json.encode(actual));
  }

  /** The {@code variables} block of the case's {@code .hcldec} spec, as a scope. */
  private static Scope variables(Path tests, String name) {
    ConfigFile spec = parse(tests.resolve(name + ".hcldec"), new Diagnostics());
    TreeMap<String, Value> vars = new TreeMap<>();
    for (Block b : spec.body().blocks()) {
      if (b.type().equals("variables")) {
        for (Attribute a : b.body().attributes()) {
          vars.put(a.name(), EVALUATOR.evaluate(a.expr(), Scope.empty(), new Diagnostics()));
        }
      }
    }
    return Scope.root(vars);
  }

  private static Outcome errorCase(Path tests, String name) {
    Diagnostics d = new Diagnostics();
    parse(tests.resolve(name + ".hcl"), d);
    ConfigFile expectations = parse(tests.resolve(name + ".t"), new Diagnostics());
    List<int[]> expected = new ArrayList<>();
    for (Block diags : blocks(expectations.body(), "diagnostics")) {
      for (Block error : blocks(diags.body(), "error")) {
        Block from = blocks(error.body(), "from").get(0);
        expected.add(
            new int[] {
              number(attribute(from.body(), "line", Scope.empty())),
              number(attribute(from.body(), "column", Scope.empty()))
            });
      }
    }
    if (!d.hasErrors()) {
      return Outcome.fail(name, "expected errors, got none");
    }
    Diagnostic first = ConformanceTest.firstError(d);
    int line = first.subject().start().line();
    int column = first.subject().start().column();
    if (line != expected.get(0)[0] || column != expected.get(0)[1]) {
      return Outcome.fail(
          name,
          "first error at "
              + line
              + ":"
              + column
              + ", expected "
              + expected.get(0)[0]
              + ":"
              + expected.get(0)[1]
              + ": "
              + first.oneLine());
    }
    for (int[] want : expected) {
      boolean found =
          d.all().stream()
              .anyMatch(
                  x -> x.isError() && x.subject() != null && x.subject().start().line() == want[0]);
      if (!found) {
        return Outcome.fail(name, "no error reported on line " + want[0] + "; got:\n" + d);
      }
    }
    return Outcome.pass(name);
  }

  private static Outcome parseOnlyCase(Path tests, String name) {
    Diagnostics d = new Diagnostics();
    parse(tests.resolve(name + ".hcl"), d);
    return d.hasErrors()
        ? Outcome.fail(name, "unexpected error: " + ConformanceTest.firstError(d).oneLine())
        : Outcome.pass(name);
  }

  private static ConfigFile parse(Path file, Diagnostics d) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return HclParser.parseConfig(SourceFile.of(file.getFileName().toString(), text), d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Value attribute(Body body, String name, Scope scope) {
    for (Attribute a : body.attributes()) {
      if (a.name().equals(name)) {
        return EVALUATOR.evaluate(a.expr(), scope, new Diagnostics());
      }
    }
    return Value.nullOf(dev.burstgrid.lang.value.Type.ANY);
  }

  private static List<Block> blocks(Body body, String type) {
    return body.blocks().stream().filter(b -> b.type().equals(type)).toList();
  }

  private static int number(Value v) {
    return v instanceof Value.Num n ? n.value().intValue() : -1;
  }
}
