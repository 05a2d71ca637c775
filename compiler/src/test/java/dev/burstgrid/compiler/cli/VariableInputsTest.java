package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Variables as a Terraform user gives them: -var in HCL, HCL and JSON files, validation, optional defaults. */
class VariableInputsTest {
  static final String GRID = "src/test/resources/inputs/validated.hcl";

  private static String printed(CliResult r) {
    assertThat(r.exitCode()).as(r.toString()).isZero();
    return r.out().strip();
  }

  @Test
  void optionalAttributesTakeTheirDefaults() {
    assertThat(printed(Cli.run("run", GRID)))
        .isEqualTo("step.print.s [3,{},{\"host\":\"a\",\"port\":80,\"tags\":[]}]");
    assertThat(printed(Cli.run("run", GRID, "-var", "server={host = \"b\", port = null}")))
        .isEqualTo("step.print.s [3,{},{\"host\":\"b\",\"port\":80,\"tags\":[]}]");
  }

  @Test
  void varValuesAreHclForNonStringTypes() {
    assertThat(printed(Cli.run("run", GRID, "-var", "m={k=\"v\"}", "-var", "n=2 * 2")))
        .startsWith("step.print.s [4,{\"k\":\"v\"},");
    CliResult bad = Cli.run("run", GRID, "-var", "n=many");
    assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(2);
    assertThat(bad.err()).contains("Invalid value for -var n").contains("of type number")
        .doesNotContain("Exception");
  }

  @Test
  void varFilesAreHclOrJsonAndApplyInCommandLineOrder(@TempDir Path dir) throws Exception {
    Path hcl = Files.writeString(dir.resolve("dev.bggovars"), """
        # comments, objects and heredocs, as in a .tfvars file
        m = {
          k = <<-EOT
            v
          EOT
        }
        n = 4
        """);
    Path json = Files.writeString(dir.resolve("more.json"), "{\"n\": 5}");
    assertThat(printed(Cli.run("run", GRID, "-var-file", hcl.toString())))
        .startsWith("step.print.s [4,{\"k\":\"v\\n\"},");
    assertThat(printed(Cli.run("run", GRID, "-var-file", hcl.toString(), "-var-file", json.toString())))
        .startsWith("step.print.s [5,");
    assertThat(printed(Cli.run("run", GRID, "-var", "n=7", "-var-file", json.toString())))
        .startsWith("step.print.s [5,");
    assertThat(printed(Cli.run("run", GRID, "-var-file", json.toString(), "-var", "n=7")))
        .startsWith("step.print.s [7,");
  }

  @Test
  void aVarFileValueMustBeAConstant(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("bad.hcl"), "n = bareword\n");
    CliResult r = Cli.run("run", GRID, "-var-file", file.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("bad.hcl:1:5").contains("Variables not allowed");
  }

  @Test
  void aMissingVarFileSaysItDoesNotExist() {
    CliResult r = Cli.run("run", GRID, "-var-file", "no/such/vars.hcl");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("\"no/such/vars.hcl\" does not exist");
  }

  @Test
  void validationRulesCheckTheValuesARunReceives() {
    CliResult r = Cli.run("run", GRID, "-var", "n=20");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("validated.hcl:6:21: Error: Invalid value for variable")
        .contains("n must be between 1 and 10, not 20.");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aSensitiveValueIsMaskedInEverythingARunWrites() {
    String secret = "S3cr3t&Value";
    CliResult r = Cli.run("run", "src/test/resources/inputs/secrets.hcl", "-var", "secret=" + secret);
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("step.print.plain \"(sensitive value)\"")
        .contains("step.print.derived {\"d\":\"(sensitive value)\",\"j\":\"(sensitive value)\"}");
    // the argument derived from the secret is noted whole when it reaches the command
    assertThat(r.err()).contains("failing with (sensitive value)");
    // Every form of the secret (as is, JSON-escaped once or twice, URL-encoded) starts so.
    assertThat(r.out()).doesNotContain("S3cr3t");
    assertThat(r.err()).doesNotContain("S3cr3t");
    // A value marked at run time stays marked through templates, functions, for and collections;
    // nonsensitive(...) shows what it wraps.
    assertThat(r.out()).contains("step.print.marked [{\"auth\":\"(sensitive value)\",\"n\":14,\"user\":\"ann\"},"
        + "[\"(sensitive value)\",\"PLAIN\"],\"(sensitive value)\",\"(sensitive value)\"]");
    assertThat(r.out() + r.err()).doesNotContain("RunTimeToken42").doesNotContain("RUNTIMETOKEN42");
    CliResult bad = Cli.run("run", "src/test/resources/inputs/validated.hcl", "-var", "n=S3cr3tWord");
    assertThat(bad.err()).contains("S3cr3tWord"); // not sensitive: the value is quoted back
  }

  @Test
  void anOutputShowsEachMarkedPartAsSensitiveAndTheRestAsIs() {
    CliResult r = Cli.run("run", "src/test/resources/inputs/marked_output.hcl", "-var", "token=Tok3nValue");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    // a step's output keeps the marks of its input
    assertThat(r.out()).contains("step.print.login {\"auth\":\"(sensitive value)\",\"user\":\"ann\"}");
    assertThat(r.err()).contains("output \"login\" = {\"auth\":\"(sensitive value)\",\"user\":\"ann\"}")
        .contains("output \"size\" = 17");
    assertThat(r.out() + r.err()).doesNotContain("Tok3n");
  }

  @Test
  void aSensitiveForEachFailsItsStepAndNonsensitiveOpensIt() {
    CliResult r = Cli.run("run", "src/test/resources/inputs/sensitive_for_each.hcl");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("step.print.p (sensitive_for_each.hcl:6:1): for_each must not be sensitive");
    assertThat(r.out()).doesNotContain("step.print.p[");
    // nonsensitive(...) lets the group expand; the variable's text itself stays masked on output
    assertThat(r.out().lines().filter(l -> l.startsWith("step.print.open[")).count()).isEqualTo(2);
    assertThat(r.out()).doesNotContain("alpha");
  }

  @Test
  void aRunnersSensitiveOutputFieldIsMarked() {
    CliResult r = Cli.run("run", "src/test/resources/inputs/sensitive_output_field.hcl");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("step.print.whole {\"token\":\"(sensitive value)\",\"user\":\"ann\"}")
        .contains("step.print.header \"(sensitive value)\"")
        .contains("step.print.user \"ann\"")
        .doesNotContain("Token-");
  }

  @Test
  void graphPlansWithTheVariablesGiven() {
    String grid = "src/test/resources/inputs/counted.hcl";
    assertThat(Cli.run("graph", grid).out()).as("a default only stands in for what a run is given")
        .contains("step.print.p ×count (run time)");
    CliResult r = Cli.run("graph", grid, "-var", "n=5");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("step.print.p ×5");
    assertThat(Cli.run("graph", grid, "-var", "n=x").exitCode()).isEqualTo(2);
  }

  @Test
  void aGroupSizedByAVariableIsSizedByTheValueTheRunGetsNotByTheDefault() {
    String grid = "src/test/resources/inputs/counted_index.hcl";
    CliResult check = Cli.run("check", grid);
    assertThat(check.exitCode()).as(check.toString()).isZero();
    CliResult bigger = Cli.run("run", "--quiet", grid, "-var", "n=9");
    assertThat(bigger.exitCode()).as(bigger.toString()).isZero();
    assertThat(bigger.out()).contains("step.print.fifth 5\n");
    CliResult byDefault = Cli.run("run", "--quiet", grid);
    assertThat(byDefault.exitCode()).as(byDefault.toString()).isEqualTo(1);
    assertThat(byDefault.err()).contains("error   step.print.fifth (counted_index.hcl:12:1): step.print.p has 2 instances;"
        + " there is no [5]");
  }

  @Test
  void aRaceIntoAGroupSizedByAVariableIsADiagnosticNotAJavacError() {
    // Sized by the default, this grid passed check and then failed in javac (exit 70).
    CliResult r = Cli.run("run", "src/test/resources/inputs/counted_race.hcl", "-var", "n=3");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("counted_race.hcl:13:21: Error: Race entry is in a run-time group")
        .contains("step.print.g expands at run time").doesNotContain("bug in bggoc");
  }

  @Test
  void environmentVariablesComeFirst() throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Bggoc.class.getName(), "run", "--quiet", GRID,
        "-var", "m={a=\"cli\"}");
    pb.environment().put("BGGO_VAR_n", "6");
    pb.environment().put("BGGO_VAR_m", "{a = \"env\"}");
    pb.environment().put("BGGO_VAR_undeclared", "ignored, as in Terraform");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(output).isZero();
    assertThat(output).contains("step.print.s [6,{\"a\":\"cli\"},");
  }
}
