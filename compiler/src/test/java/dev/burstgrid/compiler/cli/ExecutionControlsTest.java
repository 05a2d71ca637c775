package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The step meta-arguments timeout, retry, delays, on_failure, concurrency and if, run through bggoc. */
class ExecutionControlsTest {
  private static final Pattern STAMP = Pattern.compile("\\[\\s*(\\d+)ms\\] (\\S+)\\s+(\\S+)");

  private static String grid(String name) {
    return Path.of("src/test/resources/controls", name + ".hcl").toString();
  }

  /** The log's own timestamp (ms since the run started) of the first line of {@code kind} for {@code address}. */
  private static long at(CliResult r, String kind, String address) {
    for (String line : r.err().lines().toList()) {
      Matcher m = STAMP.matcher(line);
      if (m.lookingAt() && m.group(2).equals(kind) && m.group(3).equals(address)) {
        return Long.parseLong(m.group(1));
      }
    }
    throw new AssertionError("no \"" + kind + " " + address + "\" line in\n" + r.err());
  }

  @Test
  void retrySucceedsOnTheThirdAttemptAgainstAServerThatFailsTwice() throws Exception {
    try (ControlTarget target = new ControlTarget()) {
      CliResult r = Cli.run("run", grid("retry"), "-var", "base_url=" + target.baseUrl());
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
      assertThat(r.out()).isEqualTo("step.print.status 200\n");
      assertThat(target.requests("/flaky/x/2")).isEqualTo(3);
      assertThat(r.err()).contains("retry   step.http_request.flaky (retry.hcl:8:1): attempt 1 of 3 failed: ",
          "next attempt in 100ms", "attempt 2 of 3 failed", "next attempt in 200ms");
      // Exponential backoff: 100 ms, then 200 ms, between the three attempts.
      assertThat(at(r, "ok", "step.http_request.flaky") - at(r, "start", "step.http_request.flaky"))
          .isGreaterThanOrEqualTo(300);
    }
  }

  @Test
  void retryGivesUpAfterItsAttemptsAndSaysHowMany() throws Exception {
    try (ControlTarget target = new ControlTarget()) {
      CliResult r = Cli.run("run", grid("retry"), "-var", "base_url=" + target.baseUrl(), "-var", "failures=5");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(target.requests("/flaky/x/5")).isEqualTo(3);
      assertThat(r.err()).contains("error   step.http_request.flaky (retry.hcl:8:1): failed after 3 attempts: ")
          .contains("skipped step.print.status");
    }
  }

  @Test
  void timeoutInterruptsAHungHttpCall() throws Exception {
    try (ControlTarget target = new ControlTarget()) {
      long started = System.nanoTime();
      CliResult r = Cli.run("run", grid("timeout_http"), "-var", "base_url=" + target.baseUrl());
      long tookMs = (System.nanoTime() - started) / 1_000_000;
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).contains("error   step.http_request.hung (timeout_http.hcl:4:1): timed out after 500ms");
      long failedAt = at(r, "failed", "step.http_request.hung") - at(r, "start", "step.http_request.hung");
      assertThat(failedAt).isBetween(480L, 5_000L);
      assertThat(tookMs).as("the hung call must not hold the run").isLessThan(20_000);
    }
  }

  @Test
  void timeoutInterruptsASleepAndLeavesAFastStepAlone() {
    CliResult r = Cli.run("run", grid("timeout_sleep"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("error   step.sleep.long (timeout_sleep.hcl:1:1): timed out after 300ms");
    long took = at(r, "failed", "step.sleep.long") - at(r, "start", "step.sleep.long");
    assertThat(took).isBetween(280L, 5_000L);
  }

  @Test
  void concurrencyKeepsAtMostThreeOfTwentyInstancesInFlight() throws Exception {
    try (ControlTarget target = new ControlTarget()) {
      CliResult r = Cli.run("run", grid("concurrency"), "-var", "base_url=" + target.baseUrl());
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
      assertThat(r.err()).contains("20 ok, 0 failed");
      assertThat(target.peakInFlight()).isEqualTo(3);
      // Instances start in index order: i + 3 only once one of i … i + 2 finished its 100 ms request.
      for (int i = 0; i + 3 < 20; i++) {
        assertThat(at(r, "start", "step.http_request.fan[" + (i + 3) + "]"))
            .isGreaterThanOrEqualTo(at(r, "start", "step.http_request.fan[" + i + "]") + 50);
      }
    }
  }

  @Test
  void maxConcurrencyLimitsTheWholeRun() throws Exception {
    try (ControlTarget target = new ControlTarget()) {
      CliResult r = Cli.run("run", "--max-concurrency", "2", grid("unlimited"), "-var", "base_url=" + target.baseUrl());
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
      assertThat(target.peakInFlight()).isEqualTo(2);
    }
    try (ControlTarget target = new ControlTarget()) {
      CliResult r = Cli.run("run", grid("unlimited"), "-var", "base_url=" + target.baseUrl());
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
      assertThat(target.peakInFlight()).as("without a limit the fan-out overlaps").isGreaterThan(2);
    }
    CliResult bad = Cli.run("run", "--max-concurrency", "0", grid("unlimited"));
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--max-concurrency must be at least 1");
  }

  @Test
  void continueOnFailureSkipsReadersRunsIndependentWorkAndStillExitsOne() {
    CliResult r = Cli.run("run", grid("continue"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("step.print.after_independent \"still ran\"\n");
    assertThat(r.err())
        .contains("failed  step.cmd.bad (continue.hcl:1:1)")
        .contains("skipped step.print.reads_bad (continue.hcl:5:1): needs step.cmd.bad, which did not complete")
        .contains("skipped step.print.after_reader (continue.hcl:8:1): needs step.print.reads_bad")
        .contains("FAILED  2 ok, 1 failed, 0 cancelled, 2 skipped")
        .contains("error   step.cmd.bad (continue.hcl:1:1): command [\"false\"] exited with status 1");
    assertThat(at(r, "ok", "step.sleep.independent")).isGreaterThan(at(r, "failed", "step.cmd.bad"));
  }

  @Test
  void delaysWaitBeforeAndAfterAStep() {
    CliResult r = Cli.run("run", grid("delays"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("step.print.first \"first\"\nstep.print.second \"first\"\n");
    long gap = at(r, "ok", "step.print.second") - at(r, "start", "step.print.first");
    assertThat(gap).isGreaterThanOrEqualTo(500);
  }

  @Test
  void failFastInterruptsADelay() {
    long started = System.nanoTime();
    CliResult r = Cli.run("run", grid("delay_interrupted"));
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("error   step.cmd.fails").contains("1 cancelled")
        .contains("start   step.print.waits");
    assertThat(tookMs).as("a 30 s delay_before must end with the run").isLessThan(20_000);
  }

  @Test
  void ifFalseSkipsByConditionAndTrueRuns() {
    CliResult off = Cli.run("run", grid("condition"));
    assertThat(off.exitCode()).as(off.toString()).isEqualTo(0);
    assertThat(off.out().lines().sorted().toList())
        .containsExactly("step.print.always \"always\"", "step.print.even[0] 0", "step.print.even[2] 2");
    assertThat(off.err()).contains("skip-if step.print.maybe (condition.hcl:5:1): condition is false")
        .contains("skip-if step.print.even[1]").contains("skip-if step.print.even[3]")
        .contains("OK      3 ok, 0 failed, 0 cancelled, 0 skipped, 3 skipped by condition");
    CliResult on = Cli.run("run", grid("condition"), "-var", "enabled=true");
    assertThat(on.exitCode()).as(on.toString()).isEqualTo(0);
    assertThat(on.out()).contains("step.print.maybe \"ran\"");
    assertThat(on.err()).contains("4 ok, 0 failed, 0 cancelled, 0 skipped, 2 skipped by condition");
  }

  /** How many log lines of {@code kind} name {@code address}. */
  private static long count(CliResult r, String kind, String address) {
    return r.err().lines().map(STAMP::matcher)
        .filter(m -> m.lookingAt() && m.group(2).equals(kind) && m.group(3).equals(address)).count();
  }

  @Test
  void aStepSkippedByItsIfNeitherStartsNorCreatesItsResources() throws Exception {
    try (ControlTarget target = new ControlTarget()) {
      CliResult off = Cli.run("run", grid("condition_resources"), "-var", "base_url=" + target.baseUrl());
      assertThat(off.exitCode()).as(off.toString()).isEqualTo(0);
      assertThat(off.err()).contains("2 ok, 0 failed, 0 cancelled, 0 skipped, 6 skipped by condition")
          .contains("skip-if step.http_request.maybe").contains("skip-if step.http_request.odd[0]")
          .contains("skip-if step.http_request.group[2]");
      for (String skipped : List.of("maybe", "odd[0]", "odd[2]", "group[0]", "group[1]", "group[2]")) {
        assertThat(count(off, "start", "step.http_request." + skipped)).as(skipped).isZero();
      }
      assertThat(count(off, "start", "step.http_request.odd[1]")).isEqualTo(1);
      assertThat(count(off, "create", "resource.http_client.only_maybe")).isZero();
      assertThat(count(off, "create", "resource.http_client.only_group")).isZero();
      assertThat(count(off, "create", "resource.http_client.shared")).isEqualTo(1);
      assertThat(count(off, "close", "resource.http_client.shared")).isEqualTo(1);
      assertThat(target.requests("/slow")).isEqualTo(2);
    }
    try (ControlTarget target = new ControlTarget()) {
      CliResult on = Cli.run("run", grid("condition_resources"), "-var", "base_url=" + target.baseUrl(),
          "-var", "enabled=true");
      assertThat(on.exitCode()).as(on.toString()).isEqualTo(0);
      assertThat(on.err()).contains("6 ok, 0 failed, 0 cancelled, 0 skipped, 2 skipped by condition");
      assertThat(count(on, "start", "step.http_request.maybe")).isEqualTo(1);
      assertThat(count(on, "create", "resource.http_client.only_maybe")).isEqualTo(1);
      assertThat(count(on, "create", "resource.http_client.only_group")).isEqualTo(1);
      assertThat(target.requests("/slow")).isEqualTo(6);
    }
  }

  @Test
  void aRaceTakesTheFirstServerToAnswerAndHangsUpOnTheOther() throws Exception {
    try (RaceServer slow = new RaceServer(); RaceServer fast = new RaceServer(slow)) {
      CliResult r = Cli.run("run", grid("race"), "-var", "fast_url=" + fast.url(), "-var", "slow_url=" + slow.url());
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
      assertThat(r.out()).isEqualTo("step.print.pick \"step.http_request.fast: fast\"\n");
      assertThat(slow.wasRequested()).isTrue();
      assertThat(r.err()).contains("cancel  step.http_request.slow (race.hcl:11:1)")
          .contains(": lost the race to step.http_request.fast")
          .contains("OK      2 ok, 0 failed, 1 cancelled, 0 skipped");
      assertThat(slow.clientClosedWithin(10)).as("the losing call's connection is closed").isTrue();
      assertThat(at(r, "start", "step.print.pick")).isGreaterThanOrEqualTo(at(r, "ok", "step.http_request.fast"));
    }
  }

  @Test
  void aRaceOfProcessesKillsTheLoserAndSkipsAContenderThatHadNotStarted() {
    long started = System.nanoTime();
    CliResult r = Cli.run("run", grid("race_processes"));
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("step.print.winner \"2 step.cmd.quick quick\"\n");
    assertThat(r.err()).contains("cancel  step.cmd.slow (race_processes.hcl:6:1)")
        // Skipped for the race, or for the slow step it waits for, whichever stops it first.
        .containsPattern("skipped step.cmd.after_slow \\(race_processes.hcl:9:1\\): (lost the race to step.cmd.quick"
            + "|needs step.cmd.slow, which did not complete)")
        .doesNotContain("start   step.cmd.after_slow")
        .contains("OK      2 ok, 0 failed, 1 cancelled, 1 skipped");
    assertThat(tookMs).as("the 30 s sleep that lost must not hold the run").isLessThan(20_000);
    assertThat(ProcessHandle.allProcesses().filter(p -> p.info().arguments()
        .map(a -> List.of(a).contains("30.417")).orElse(false)).toList()).as("the losing sleep was killed").isEmpty();
  }

  @Test
  void aRaceThatNobodyWinsSkipsItsStepAndTheRunGoesOn() {
    CliResult r = Cli.run("run", grid("race_none_won"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("step.print.independent \"ran\"\n");
    assertThat(r.err()).contains("skipped step.print.pick (race_none_won.hcl:10:1): needs one of"
        + " [step.cmd.a, step.cmd.b], which did not complete").contains("1 ok, 2 failed, 0 cancelled, 1 skipped");
  }

  @Test
  void badRacesArePositionedDiagnosticsWithSuggestions() {
    CliResult r = Cli.run("check", grid("bad_race"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err())
        .contains("bad_race.hcl:9:20: Error: Invalid depends_on_any").contains("For one step, use depends_on.")
        .contains("bad_race.hcl:13:35: Error: Race entry is a group").contains("write step.print.group[0]")
        .contains("bad_race.hcl:17:35: Error: Reference to undeclared step in depends_on_any")
        .contains("Did you mean \"print.group\"?")
        .contains("bad_race.hcl:21:21: Error: Raced step is also a dependency")
        .contains("bad_race.hcl:21:35: Error: Index out of range")
        .contains("bad_race.hcl:25:23: Error: Reference to \"race\" outside a race")
        .contains("bad_race.hcl:29:23: Error: Invalid race attribute").contains("Did you mean \"winner\"?")
        .contains("bad_race.hcl:32:3: Error: Unsupported argument").contains("Did you mean \"depends_on_any\"?")
        .doesNotContain("Exception");
  }

  @Test
  void cachedInstancesWithEqualArgumentsRunOnceAndReuseTheOutput() {
    CliResult r = Cli.run("run", grid("cache"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
    List<String> printed = r.out().lines().toList();
    // greet[0..3] and again have two distinct inputs between them: each is printed once.
    assertThat(printed.stream().filter(l -> l.startsWith("step.print.greet") || l.startsWith("step.print.again"))
        .map(l -> l.substring(l.indexOf(' ') + 1)).sorted().toList()).containsExactly("\"hello 0\"", "\"hello 1\"");
    assertThat(printed).contains("step.print.uncached \"hello 1\"",
        "step.print.reads [\"hello 0\",\"hello 1\",\"hello 0\",\"hello 1\"]");
    assertThat(r.err().lines().filter(l -> l.contains("] cached  ")).count()).isEqualTo(3);
    assertThat(r.err()).containsPattern("cached  step\\.print\\.\\S+ \\(cache\\.hcl:\\d+:1\\): same input as step\\.print\\.")
        .contains("7 ok, 0 failed");
    CliResult bad = Cli.run("check", grid("cache_impure"));
    assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(3);
    assertThat(bad.err()).contains("cache_impure.hcl:2:11: Error: Runner cannot be cached")
        .contains("\"cmd\" does not declare itself so").contains("cache_impure.hcl:6:11: Error: Literal bool required")
        .contains("cache_impure.hcl:10:3: Error: cache_dir without cache");
  }

  @Test
  void aForEachOverAStepsOutputExpandsAtRunTimeAndRunsItsInstancesInParallel() throws Exception {
    try (ControlTarget target = new ControlTarget()) {
      CliResult r = Cli.run("run", grid("dynamic_for_each"), "-var", "base_url=" + target.baseUrl());
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
      assertThat(r.out()).contains("step.print.b 200\n",
          "step.print.all [\"a:200\",\"b:200\",\"c:200\",\"d:200\",\"e:200\",\"f:200\"]");
      assertThat(r.err()).contains("expand  step.http_request.each (dynamic_for_each.hcl:8:1): 6 instances")
          .contains("ok      step.http_request.each[\"f\"]");
      assertThat(target.requests("/slow")).isEqualTo(6);
      assertThat(target.peakInFlight()).as("instances overlap").isGreaterThan(1);
    }
  }

  @Test
  void aCacheDirectoryKeepsCachedOutputsForLaterRuns(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path cache = dir.resolve("cache");
    CliResult first = Cli.run("run", "--cache-dir", cache.toString(), grid("cache"));
    assertThat(first.exitCode()).as(first.toString()).isEqualTo(0);
    assertThat(first.err()).doesNotContain("stored by an earlier run");
    try (var entries = java.nio.file.Files.list(cache)) {
      assertThat(entries.filter(p -> p.toString().endsWith(".json")).count()).as("one entry per distinct input").isEqualTo(2);
    }
    CliResult second = Cli.run("run", "--cache-dir", cache.toString(), grid("cache"));
    assertThat(second.exitCode()).as(second.toString()).isEqualTo(0);
    // No cached instance runs: the first of each input comes from the directory, the others reuse it.
    // uncached and reads are independent, so they may print in either order.
    assertThat(second.out().lines()).containsExactlyInAnyOrder("step.print.uncached \"hello 1\"",
        "step.print.reads [\"hello 0\",\"hello 1\",\"hello 0\",\"hello 1\"]");
    assertThat(second.err().lines().filter(l -> l.contains("): stored by an earlier run in " + cache)).count())
        .isEqualTo(2);
    assertThat(second.err().lines().filter(l -> l.contains("] cached  ")).count()).isEqualTo(5);
  }

  @Test
  void aStepsCacheDirIsBesideTheGridAndServesLaterRuns(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path copy = java.nio.file.Files.copy(Path.of(grid("cache_dir")), dir.resolve("grid.hcl"));
    CliResult first = Cli.run("run", copy.toString());
    assertThat(first.exitCode()).as(first.toString()).isEqualTo(0);
    assertThat(first.out()).isEqualTo("step.print.greet \"hello\"\n");
    assertThat(dir.resolve("greet-cache")).isDirectory();
    CliResult second = Cli.run("run", copy.toString());
    assertThat(second.out()).as(second.toString()).isEmpty();
    assertThat(second.err()).contains("cached  step.print.greet (grid.hcl:6:1): stored by an earlier run in "
        + dir.resolve("greet-cache"));
    CliResult other = Cli.run("run", copy.toString(), "-var", "greeting=hi");
    assertThat(other.out()).as("another input is another entry").isEqualTo("step.print.greet \"hi\"\n");
  }

  @Test
  void badControlsArePositionedDiagnosticsWithSuggestions() {
    CliResult r = Cli.run("check", grid("bad_controls"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err())
        .contains("bad_controls.hcl:3:17: Error: Invalid concurrency")
        .contains("bad_controls.hcl:4:17: Error: Invalid on_failure")
        .contains("\"maybe\" is not a value of on_failure")
        .contains("bad_controls.hcl:5:3: Error: Unsupported argument").contains("Did you mean \"timeout\"?")
        .contains("bad_controls.hcl:6:3: Error: Missing attempts")
        .contains("bad_controls.hcl:12:8: Error: Invalid if")
        .contains("bad_controls.hcl:15:16: Error: Invalid backoff").contains("Did you mean \"exponential\"?")
        .contains("bad_controls.hcl:17:13: Error: Invalid timeout")
        .doesNotContain("Exception");
  }

  @Test
  void aConditionalStepsOutputIsReadThroughTryOrFromAConditionalStep() {
    CliResult off = Cli.run("run", grid("conditional_reads"));
    assertThat(off.exitCode()).as(off.toString()).isEqualTo(0);
    assertThat(off.out()).isEqualTo("step.print.guarded \"fallback\"\n");
    assertThat(off.err()).contains("skip-if step.print.also_conditional");
    CliResult on = Cli.run("run", grid("conditional_reads"), "-var", "enabled=true");
    assertThat(on.exitCode()).as(on.toString()).isEqualTo(0);
    assertThat(on.out().lines().sorted().toList()).containsExactly("step.print.also_conditional {\"input\":\"ran\"}",
        "step.print.guarded {\"input\":\"ran\"}", "step.print.maybe \"ran\"");
  }

  @Test
  void readingAConditionalStepsOutputUnguardedIsACompileError() {
    CliResult r = Cli.run("check", grid("conditional_unguarded"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("conditional_unguarded.hcl:10:23: Error: Output of a conditional step")
        .contains("step.print.maybe has an if, so it may be skipped").contains("try(");
  }

  @Test
  void failFastIsImmediateInATwentyThousandInstanceBurst() {
    // The summary is due within 0.5 s of the root cause (about 0.15 s here: 17,000 skip lines to
    // write). A shared 2-core machine can stall any one run, so the best of three runs is timed;
    // every run must be right.
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3 && best >= 500; run++) {
      best = Math.min(best, failFastBurstSummaryDelay());
    }
    assertThat(best).as("milliseconds from the root cause to the summary, best of three runs").isLessThan(500);
  }

  /** Runs the 20,000-instance burst whose instance 3000 fails, checks it, and returns the summary's delay in ms. */
  private static long failFastBurstSummaryDelay() {
    CliResult r = Cli.run("run", grid("fail_fast_burst"));
    assertThat(r.exitCode()).as(r.err().lines().filter(l -> !l.contains("] start") && !l.contains("] ok"))
        .limit(20).toList().toString()).isEqualTo(1);
    List<String> log = r.err().lines().toList();
    int failedLine = -1;
    for (int i = 0; i < log.size() && failedLine < 0; i++) {
      if (log.get(i).contains("] failed  step.print.burst[3000]")) {
        failedLine = i;
      }
    }
    assertThat(failedLine).as("the root cause is logged").isNotNegative();
    List<String> after = log.subList(failedLine + 1, log.size());
    assertThat(after).as("no step starts or ends ok after the root cause")
        .noneMatch(l -> l.contains("] start ") || l.contains("] ok "));
    long okLines = log.stream().filter(l -> l.contains("] ok ")).count();
    Matcher summary = Pattern.compile("FAILED  (\\d+) ok, 1 failed, (\\d+) cancelled, (\\d+) skipped").matcher(r.err());
    assertThat(summary.find()).as(r.err().substring(Math.max(0, r.err().length() - 2000))).isTrue();
    assertThat(Long.parseLong(summary.group(1))).isEqualTo(okLines);
    assertThat(Long.parseLong(summary.group(1)) + 1 + Long.parseLong(summary.group(2))
        + Long.parseLong(summary.group(3))).isEqualTo(20_000);
    return at(r, "FAILED", summary.group(1)) - at(r, "failed", "step.print.burst[3000]");
  }

  @Test
  void retryOnRetriesWhileTheOutputAsksAndNotAfterAnErrorItRejects() throws Exception {
    try (ControlTarget target = new ControlTarget()) {
      CliResult r = Cli.run("run", grid("retry_on"), "-var", "base_url=" + target.baseUrl());
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.out()).isEqualTo("step.print.status 200\n");
      assertThat(target.requests("/flaky/on/2")).isEqualTo(3);
      assertThat(r.err()).contains("attempt 2 of 4 failed: the retry condition holds for its output")
          .doesNotContain("retry   step.cmd.not_retried")
          .contains("error   step.cmd.not_retried (retry_on.hcl:12:1): command [\"false\"] exited with status 1");
    }
  }
}
