package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grids under load through {@code bggoc run}: scenario blocks and the command-line shortcuts run
 * the exact number of iterations, checks are counted, thresholds decide the exit code (99), and a
 * misspelled metric is a compile error with a suggestion.
 */
class LoadRunTest {
  private static final Path GRIDS = Path.of("src/test/resources/run/load");

  private static String grid(String name) {
    return GRIDS.resolve(name + ".hcl").toString();
  }

  @Test
  void aSharedIterationsScenarioRunsEachIterationOnceWithItsOwnNumber() {
    CliResult r = Cli.run("run", "--quiet", grid("iterations"));
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Set<String> iterations = new TreeSet<>();
    Set<String> vus = new TreeSet<>();
    for (String line : r.out().lines().toList()) {
      assertThat(line).matches("step\\.print\\.who \"vu [1-4] iteration \\d+\"");
      vus.add(line.replaceAll(".*vu (\\d+).*", "$1"));
      iterations.add(line.replaceAll(".*iteration (\\d+).*", "$1"));
    }
    assertThat(r.out().lines().count()).isEqualTo(20);
    assertThat(iterations).hasSize(20).contains("0", "19");
    assertThat(vus).isSubsetOf("1", "2", "3", "4");
    assertThat(r.err()).contains("✓ all_checks_pass", "✓ fast", "✓ step.print.who › named", "✓ 20",
        "iterations...........: 20");
  }

  @Test
  void aScenarioWithStepsRunsOnlyThoseStepsAndWhatTheyNeed() {
    CliResult r = Cli.run("run", "--quiet", grid("partial"));
    assertThat(r.exitCode()).as(r.toString()).isZero();
    java.util.List<String> lines = r.out().lines().sorted().toList();
    assertThat(lines).containsExactly(
        "step.print.browse \"browse with session of login browsers\"",
        "step.print.browse \"browse with session of login browsers\"",
        "step.print.browse \"browse with session of login browsers\"",
        "step.print.buy \"buy\"",
        "step.print.buy \"buy\"",
        "step.print.login \"login browsers\"",
        "step.print.login \"login browsers\"",
        "step.print.login \"login browsers\"");
    assertThat(r.err()).contains("iterations...........: 5");
  }

  @Test
  void scenarioStepsMustNameStepBlocks() {
    CliResult r = Cli.run("check", grid("bad_partial"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("bad_partial.hcl:3:15", "Unknown step", "step.print.brows",
        "Did you mean \"print.browse\"?", "bad_partial.hcl:3:33", "Not a step block");
  }

  @Test
  void commandLineShortcutsRunADefaultScenarioInsteadOfRunningOnce() {
    CliResult r = Cli.run("run", "--quiet", grid("checks"), "--vus", "3", "--iterations", "11");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out().lines().filter(l -> l.startsWith("step.print.after \"hello from vu ")).count()).isEqualTo(11);
    assertThat(r.out()).contains("of default\"");
    assertThat(r.err()).contains("default: shared-iterations: 11 iterations shared by 3 VUs");
  }

  @Test
  void failingChecksUnderLoadFailTheirIterationsAndTheRunGoesOn() {
    CliResult r = Cli.run("run", "--quiet", grid("checks"), "-var", "strict=true", "--iterations", "4");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("✗ step.cmd.hello › polite", "✗ 4", "iteration_failed.....: 100.00%  4 of 4",
        "check \"polite\" (checks.hcl:15:3) failed");
  }

  @Test
  void aTimedScenarioRunsForItsDuration() {
    CliResult r = Cli.run("run", "--quiet", grid("thresholds"), "-var", "pause=100ms", "--vus", "2",
        "--duration", "1s");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(99);
    String count = r.err().replaceAll("(?s).*\n    iterations\\.+: (\\d+).*", "$1");
    assertThat(Integer.parseInt(count)).as(r.err()).isBetween(6, 22);
  }

  @Test
  void aFailingThresholdExitsNinetyNineAndIsListedWithTheMeasuredValue() {
    CliResult r = Cli.run("run", "--quiet", grid("thresholds"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(99);
    assertThat(r.err()).contains("✗ enough_iterations  metric.iterations.count >= 100", "iterations.count=5",
        "✓ no_failures");
  }

  @Test
  void thresholdsOverUnknownMetricsOrFieldsAreCompileErrorsWithSuggestions() {
    CliResult r = Cli.run("check", grid("bad_thresholds"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains(
        "bad_thresholds.hcl:8:15: Error: Unknown metric", "Did you mean \"iteration_duration\"?",
        "bad_thresholds.hcl:12:48: Error: Unknown metric field", "is a trend with fields min, max",
        "bad_thresholds.hcl:16:15: Error: Threshold reads no metric");
  }

  @Test
  void badLoadOptionsAreUsageErrors() {
    CliResult r = Cli.run("run", grid("checks"), "--stages", "10s");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("--stages takes DURATION:TARGET");
    CliResult s = Cli.run("run", grid("iterations"), "--scenario", "nope");
    assertThat(s.exitCode()).as(s.toString()).isEqualTo(2);
    assertThat(s.err()).contains("no scenario \"nope\"", "shared");
  }

  @Test
  void ctrlCStopsALoadRunGracefullyPrintsTheSummaryAndExits130(@TempDir Path dir) throws Exception {
    Path marker = dir.resolve("started");
    Path grid = Files.writeString(dir.resolve("grid.hcl"), """
        variable "marker" {
          type = string
        }

        step "cmd" "work" {
          arguments {
            command = ["sh", "-c", "touch '${var.marker}'; sleep 0.05"]
          }
        }

        threshold "some" {
          condition = metric.iterations.count > 0
        }
        """);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    File err = dir.resolve("err.txt").toFile();
    Process run = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Bggoc.class.getName(),
        "run", "--quiet", grid.toString(), "-var", "marker=" + marker, "--vus", "2", "--duration", "60s")
        .redirectError(err).redirectOutput(dir.resolve("out.txt").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (run.isAlive() && System.nanoTime() < deadline && !Files.exists(marker)) {
      Thread.sleep(100);
    }
    assertThat(Files.exists(marker)).as("iterations started").isTrue();
    Thread.sleep(500);
    Process kill = new ProcessBuilder("kill", "-INT", Long.toString(run.pid())).start();
    assertThat(kill.waitFor()).isZero();
    long signalled = System.nanoTime();
    assertThat(run.waitFor(30, TimeUnit.SECONDS)).as("bggoc ends after Ctrl-C").isTrue();
    String text = Files.readString(err.toPath());
    assertThat(run.exitValue()).as(text).isEqualTo(130);
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - signalled)).as("graceful stop").isLessThan(20);
    assertThat(text).contains("✓ some", "step.cmd.work");
    String count = text.replaceAll("(?s).*\n    iterations\\.+: (\\d+).*", "$1");
    assertThat(Integer.parseInt(count)).as(text).isGreaterThan(0);
  }
}
