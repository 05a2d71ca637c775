package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.semantic.ExpressionLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expressions too deep or too large for the compiler stages, javac or one class-file method are
 * positioned diagnostics (exit 3); what {@code check} accepts at the limits compiles and runs.
 * Never exit 70, never a stack trace.
 */
class ExpressionLimitsTest {
  private static final Pattern POSITIONED = Pattern.compile("(?m)^\\S*grid\\.hcl:\\d+:\\d+: Error: ");

  @TempDir Path dir;

  private Path grid(String input) throws IOException {
    return grid("", input);
  }

  private Path grid(String before, String input) throws IOException {
    return Files.writeString(dir.resolve("grid.hcl"), "variable \"x\" {\n  default = 1\n}\n" + before
        + "step \"print\" \"a\" {\n  arguments {\n    input = " + input + "\n  }\n}\n");
  }

  private static String repeat(String s, int n) {
    return String.join("", Collections.nCopies(n, s));
  }

  /** {@code var.x + 1 + 1 …} with {@code terms} terms. */
  private static String chain(int terms) {
    return "var.x" + repeat(" + 1", terms - 1);
  }

  private static String nested(String open, String close, int depth) {
    return repeat(open, depth) + "var.x" + repeat(close, depth);
  }

  private static void assertRejected(Path grid, String summary) {
    for (String command : new String[] {"check", "emit", "run"}) {
      CliResult r = Cli.run(command, grid.toString());
      assertThat(r.exitCode()).as(command + " " + r).isEqualTo(3);
      assertThat(r.err()).as(command).containsPattern(POSITIONED).contains(summary)
          .doesNotContain("Exception").doesNotContain("Error:\n\tat").doesNotContain("internal error");
    }
  }

  private static void assertRuns(Path grid, String output) {
    CliResult checked = Cli.run("check", grid.toString());
    assertThat(checked.exitCode()).as(checked.toString()).isEqualTo(0);
    CliResult emitted = Cli.run("emit", grid.toString());
    assertThat(emitted.exitCode()).as(emitted.err()).isEqualTo(0);
    CliResult r = Cli.run("run", grid.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("step.print.a " + output + "\n");
  }

  @Test
  void operatorChainsUpToTheDepthLimitRun() throws IOException {
    assertRuns(grid(chain(255)), "255");
  }

  @Test
  void longerOperatorChainsAreDiagnostics() throws IOException {
    for (int terms : new int[] {800, 1_000, 5_000}) {
      assertRejected(grid(chain(terms)), "Expression nested too deeply");
    }
  }

  @Test
  void nestingUpToTheLimitRuns() throws IOException {
    assertRuns(grid(nested("(", ")", 250)), "1");
    assertRuns(grid(nested("abs(", ")", 250)), "1");
    assertRuns(grid(nested("[", "]", 250)), repeat("[", 250) + "1" + repeat("]", 250));
    assertRuns(grid(repeat("var.x > 5 ? 0 : ", 120) + "var.x"), "1");
    assertRuns(grid(nested("\"${", "}\"", 120)), "1");
  }

  @Test
  void deeperNestingIsADiagnostic() throws IOException {
    for (int depth : new int[] {300, 5_000}) {
      assertRejected(grid(nested("(", ")", depth)), "nested too deeply");
      assertRejected(grid(nested("abs(", ")", depth)), "nested too deeply");
      assertRejected(grid(nested("[", "]", depth)), "nested too deeply");
    }
    assertRejected(grid("var.x" + repeat(".a", 5_000)), "nested too deeply");
  }

  @Test
  void aBlockMayHoldExpressionsUpToTheSizeLimit() throws IOException {
    // [var.x, …]: one node for the tuple, two for each var.x.
    assertRuns(grid("[" + String.join(", ", Collections.nCopies(999, "var.x")) + "]"),
        "[" + String.join(",", Collections.nCopies(999, "1")) + "]");
    assertRejected(grid("[" + String.join(", ", Collections.nCopies(1_001, "var.x")) + "]"),
        "Expressions too large");
    assertRejected(grid("\"" + repeat("${var.x}", 5_000) + "\""), "Expressions too large");
  }

  @Test
  void eachLocalIsAMethodOfItsOwnSoTheirSizesDoNotAddUp() throws IOException {
    String big = "[" + String.join(", ", Collections.nCopies(400, "var.x")) + "]";
    StringBuilder locals = new StringBuilder("locals {\n");
    for (int i = 0; i < 3; i++) {
      locals.append("  l").append(i).append(" = ").append(big).append('\n');
    }
    assertRuns(grid(locals.append("}\n").toString(), "length(local.l0) + length(local.l1) + length(local.l2)"), "1200");
  }

  @Test
  void manyVariablesAreDeclaredByMoreThanOneMethod() throws IOException {
    StringBuilder variables = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      variables.append("variable \"v").append(i).append("\" {\n  default = [\"a\", ").append(i).append("]\n}\n");
    }
    assertRuns(grid(variables.toString(), "var.v599[1] + var.v0[1]"), "599");
  }

  @Test
  void moreLocalsThanOneClassCanHoldIsADiagnosticNamingTheFirstTooMany() throws IOException {
    StringBuilder locals = new StringBuilder("locals {\n");
    for (int i = 0; i <= ExpressionLimits.MAX_LOCALS; i++) {
      locals.append("  l").append(i).append(" = var.x\n");
    }
    Path g = grid(locals.append("}\n").toString(), "local.l0");
    assertRejected(g, "Too many locals");
    assertThat(Cli.run("check", g.toString()).err()).contains("grid.hcl:" + (ExpressionLimits.MAX_LOCALS + 5) + ":3")
        .contains("this is local " + (ExpressionLimits.MAX_LOCALS + 1));
  }

  @Test
  void moreVariablesThanOneClassCanHoldIsADiagnostic() throws IOException {
    StringBuilder variables = new StringBuilder();
    for (int i = 1; i < ExpressionLimits.MAX_VARIABLES + 1; i++) {
      variables.append("variable \"v").append(i).append("\" {}\n");
    }
    Path g = grid(variables.toString(), "var.x");
    assertRejected(g, "Too many variables");
    assertThat(Cli.run("check", g.toString()).err()).contains("this is variable " + (ExpressionLimits.MAX_VARIABLES + 1));
  }

  @Test
  void literalDataIsFoldedSoALargeListOfUsersInLocalsRuns() throws IOException {
    StringBuilder users = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      users.append(i == 0 ? "" : ",\n").append("    { name = \"user").append(i).append("\", id = ").append(i).append(" }");
    }
    Path g = grid("locals {\n  users = [\n" + users + "\n  ]\n}\n",
        "\"${local.users[var.x + 41].name} of ${length(local.users)}\"");
    assertRuns(g, "\"user42 of 1000\"");
  }

  @Test
  void moreLiteralDataThanOneClassCanHoldIsADiagnostic() throws IOException {
    StringBuilder items = new StringBuilder("[");
    for (int i = 0; i < 26_000; i++) {
      items.append(i == 0 ? "" : ", ").append('"').append(i).append('"');
    }
    assertRejected(grid("length(" + items + "])"), "Too much literal data");
  }

  @Test
  void moreStepBlocksThanOneClassCanHoldIsADiagnosticNamingTheFirstTooMany() throws IOException {
    StringBuilder steps = new StringBuilder();
    for (int i = 0; i <= 10_000; i++) {
      steps.append("step \"print\" \"s").append(i).append("\" {\n  arguments {\n    input = 1\n  }\n}\n");
    }
    Path g = Files.writeString(dir.resolve("grid.hcl"), steps.toString());
    CliResult r = Cli.run("check", g.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("grid.hcl:50001:1: Error: Too many steps and resources", "Use count or for_each");
  }
}
