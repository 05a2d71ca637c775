package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The run-time disagreements issue 6 found between generated code and {@code bggoc eval}, each
 * as a one-step grid run with {@code bggoc run -var}: the step must print what eval prints for
 * the same expression and values, or fail where eval fails. Cases listed in {@link
 * KnownDisagreements#REGRESSIONS} must still disagree (so the list stays true) until the reason
 * goes away.
 */
class RunTimeExpressionRegressionTest {
  @TempDir Path dir;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("try-null", "try(var.o.a, \"fallback\")", Map.of("o", "null"), "\"fallback\""),
        Arguments.of("try-value", "try(var.o.a, \"fallback\")", Map.of("o", "{\"a\":\"A\"}"), "\"A\""),
        Arguments.of("can-null", "can(var.o.a)", Map.of("o", "null"), "false"),
        Arguments.of("can-value", "can(var.o.a)", Map.of("o", "{\"a\":\"A\"}"), "true"),
        Arguments.of("null-guard-null", "var.o != null && var.o.a == \"x\"", Map.of("o", "null"), "false"),
        Arguments.of("null-guard-value", "var.o != null && var.o.a == \"x\"", Map.of("o", "{\"a\":\"x\"}"),
            "true"),
        Arguments.of("or-guard-null", "var.o == null || var.o.a == \"x\"", Map.of("o", "null"), "true"),
        Arguments.of("untaken-branch", "var.t ? 1 : tonumber(\"abc\")", Map.of("t", "true"), "1"),
        Arguments.of("taken-branch-fails", "var.t ? 1 : tonumber(\"abc\")", Map.of("t", "false"), null),
        Arguments.of("unification", "var.t ? 1 : \"x\"", Map.of("t", "true"), "\"1\""),
        Arguments.of("unification-in-tuple", "[var.t ? 1 : \"x\"]", Map.of("t", "true"), "[\"1\"]"),
        Arguments.of("err-009", "true ? var.a : var.b", Map.of("a", "[[true,0]]", "b", "[[true]]"), null),
        Arguments.of("err-010", "var.t ? var.a : var.b", Map.of("t", "true", "a", "[[true,0]]", "b", "[[true]]"),
            null),
        Arguments.of("err-011", "true ? var.a : var.b", Map.of("a", "{\"a\":[true]}", "b", "{\"a\":[true,0]}"),
            null),
        Arguments.of("err-012", "true ? var.a : var.b", Map.of("a", "[[[true,0]]]", "b", "[[[true]]]"), null),
        Arguments.of("and-false-variable", "var.f && tonumber(\"abc\") > 1", Map.of("f", "false"), "false"),
        Arguments.of("and-true-variable", "var.f && tonumber(\"abc\") > 1", Map.of("f", "true"), null),
        Arguments.of("or-true-variable", "var.f || tonumber(\"abc\") > 1", Map.of("f", "true"), "true"));
  }

  /** {@code expected}: what eval prints; null when eval, and so the run, must fail. */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void runAnswersWhatEvalAnswers(String name, String expression, Map<String, String> vars, String expected)
      throws Exception {
    assertThat(eval(expression, vars)).as("eval of " + expression).isEqualTo(expected);
    StringBuilder grid = new StringBuilder();
    List<String> args = new ArrayList<>(List.of("run", "--quiet"));
    for (Map.Entry<String, String> v : vars.entrySet()) {
      grid.append("variable \"").append(v.getKey()).append("\" {\n  type = any\n}\n");
      args.add("-var");
      args.add(v.getKey() + "=" + v.getValue());
    }
    grid.append("step \"print\" \"probe\" {\n  arguments {\n    input = ").append(expression).append("\n  }\n}\n");
    Path file = Files.writeString(dir.resolve("grid.hcl"), grid);
    args.add(1, file.toString());
    CliResult run = Cli.run(args.toArray(String[]::new));

    boolean agrees = expected == null
        ? run.exitCode() == 1 && run.err().contains("step.print.probe (") && run.err().contains("grid.hcl:")
        : run.exitCode() == 0 && run.out().equals("step.print.probe " + expected + "\n");
    String reason = KnownDisagreements.REGRESSIONS.get(name);
    if (reason == null) {
      assertThat(agrees).as("run of %s with %s should give eval's answer %s; got %s", expression, vars,
          expected == null ? "(a run-time failure naming the step)" : expected, run).isTrue();
    } else {
      assertThat(agrees).as("%s now gives eval's answer; delete it from KnownDisagreements.REGRESSIONS (%s)",
          name, reason).isFalse();
    }
  }

  private String eval(String expression, Map<String, String> vars) throws Exception {
    StringBuilder json = new StringBuilder("{\"var\": {");
    String sep = "";
    for (Map.Entry<String, String> v : vars.entrySet()) {
      json.append(sep).append('"').append(v.getKey()).append("\": ").append(v.getValue());
      sep = ", ";
    }
    Path varsFile = Files.writeString(dir.resolve("vars.json"), json.append("}}"));
    Path exprFile = Files.writeString(dir.resolve("expr.hcl"), expression);
    CliResult r = Cli.run("eval", "--file", exprFile.toString(), "--vars", varsFile.toString());
    return r.exitCode() == 0 ? r.out().strip() : null;
  }
}
