package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The load model's language through {@code bggoc}: checks over {@code self.output}, {@code vu.*}
 * and {@code scenario.*} (1, 0 and "default" in a run of one iteration), resource scopes and
 * scenario blocks with k6's executors, each mistake a positioned diagnostic.
 */
class LoadLanguageTest {
  private static final Path GRIDS = Path.of("src/test/resources/run/load");

  private static String grid(String name) {
    return GRIDS.resolve(name + ".hcl").toString();
  }

  @Test
  void passingChecksLetTheStepSucceedAndIterationValuesAreThoseOfASingleRun() {
    CliResult r = Cli.run("run", "--quiet", grid("checks"));
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("step.print.after \"hello from vu 1, iteration 0 of default\"\n");
  }

  @Test
  void aFailingCheckFailsItsStepWithTheCheckNameLocationAndMessage() {
    CliResult r = Cli.run("run", "--quiet", grid("checks"), "-var", "strict=true");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("step.cmd.hello (checks.hcl:7:1)",
        "check \"polite\" (checks.hcl:15:3) failed: said \"hello from vu 1, iteration 0 of default\" without please");
  }

  @Test
  void scenarioBlocksScopesAndIterationReferencesAreCheckedWithSuggestions() {
    CliResult r = Cli.run("check", grid("bad_scenarios"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains(
        "bad_scenarios.hcl:2:14: Error: Unknown executor", "Did you mean \"constant-vus\"?",
        "bad_scenarios.hcl:6:1: Error: Missing scenario option", "needs duration = …",
        "bad_scenarios.hcl:9:3: Error: Unsupported scenario option", "Did you mean \"duration\"?",
        "bad_scenarios.hcl:15:3: Error: Unsupported scenario option", "(\"rate\" belongs to constant-arrival-rate.)",
        "Error: Invalid resource scope", "There is no scope \"per-user\"",
        "Error: Invalid vu attribute", "vu has vu.id and vu.iteration",
        "has no field \"nope\"");
  }

  @Test
  void scenarioOptionValuesAreTypeChecked() {
    CliResult r = Cli.run("check", grid("bad_scenario_values"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains(
        "bad_scenario_values.hcl:8:14: Error: Invalid scenario option", "vus is a whole number of at least 1.",
        "bad_scenario_values.hcl:10:18: Error: Invalid scenario option", "max_duration: invalid duration \"soon\"",
        "bad_scenario_values.hcl:15:14: Error", "Each stage is { duration = \"30s\", target = 10 }.",
        "bad_scenario_values.hcl:21:14: Error", "duration cannot be negative.",
        "bad_scenario_values.hcl:30:1: Error: Invalid scenario option", "max_vus must be ≥ 1 and ≥ pre_allocated_vus (10), got 4.");
  }
}
