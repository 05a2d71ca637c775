package dev.burstgrid.runtime.report;

import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.runtime.StepOutcome;
import dev.burstgrid.runtime.load.LoadOptions;
import dev.burstgrid.runtime.load.LoadResult;
import dev.burstgrid.runtime.load.LoadRun;
import dev.burstgrid.runtime.load.Scenario;
import dev.burstgrid.runtime.load.ScenarioLine;
import dev.burstgrid.runtime.load.StartAt;
import dev.burstgrid.runtime.load.SummaryText;
import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import java.io.PrintStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * A run that writes its reports at the end, whatever the end: success, failed thresholds, an
 * abort, or Ctrl-C (during the {@code --start-at} wait too, which it ends). A load run's
 * reports carry its metrics; a single run's ({@link #once}) how each step ended.
 */
public final class ReportedRun {

  /** The run's exit code, and the report files that could not be written (then exit 1 at least). */
  public record Outcome(int runExitCode, List<String> writeProblems) {
    public Outcome {
      writeProblems = List.copyOf(writeProblems);
    }

    public int exitCode() {
      return runExitCode == 0 && !writeProblems.isEmpty() ? 1 : runExitCode;
    }

    /** Says on {@code err} which report could not be written, and returns {@link #exitCode}. */
    public int exitCode(PrintStream err) {
      for (String problem : writeProblems) {
        err.println("bggoc: cannot write the report " + problem);
      }
      err.flush();
      return exitCode();
    }
  }

  /** A grid's single run ({@code XGrid.run(options, variables)}), for {@link #once}. */
  @FunctionalInterface
  public interface Program<E extends Exception> {
    RunResult run(RunOptions options) throws E;
  }

  private ReportedRun() {}

  public static Outcome run(String grid, LoadOptions options, List<Scenario> scenarios, ReportTargets targets) {
    if (!targets.any()) {
      announceStart(options);
      return new Outcome(LoadRun.run(options, scenarios).exitCode(), List.of());
    }
    try (ReportShutdownHook hook = ReportShutdownHook.install()) {
      announceStart(options); // after the hook: a Ctrl-C from now on still writes the reports
      List<ScenarioLine> lines = new ArrayList<>();
      scenarios.forEach(s -> lines.add(ScenarioLine.of(options.segment().of(s))));
      // Ctrl-C ends the wait for --start-at.
      boolean started = options.startAt() == null || StartAt.waitUntil(options.startAt(), hook.requested());
      return started ? runAndReport(grid, options, scenarios, targets, lines) : notStarted(grid, options, targets, lines);
    }
  }

  /**
   * A grid that runs once (no load options, no scenario), writing the reports {@code targets}
   * asks for: how each step instance ended ({@link RunReport#steps}) and the run's root cause.
   * Written on Ctrl-C too.
   */
  public static <E extends Exception> Outcome once(String grid, RunOptions options, Program<E> program,
      ReportTargets targets) throws E {
    if (!targets.any()) {
      return new Outcome(program.run(options).exitCode(), List.of());
    }
    try (ReportShutdownHook hook = ReportShutdownHook.install()) {
      Queue<StepOutcome> steps = new ConcurrentLinkedQueue<>();
      Instant start = Instant.now();
      RunResult result = program.run(options.toBuilder().stepListener(steps::add).build());
      RunReport report = RunReport.ofSingleRun(grid, start, Instant.now(), result, List.copyOf(steps));
      return new Outcome(result.exitCode(), write(report.redacted(options.redactor()), targets));
    }
  }

  private static Outcome runAndReport(String grid, LoadOptions options, List<Scenario> scenarios, ReportTargets targets,
      List<ScenarioLine> lines) {
    LoadRun load = LoadRun.start(options, scenarios);
    Instant start = Instant.now().minus(load.elapsed()); // two clock reads in a row
    IntervalRecorder intervals = IntervalRecorder.start(load::snapshotWithHistograms, targets.interval());
    LoadResult result = load.await();
    RunReport report = RunReport.of(grid, start, Instant.now(), lines, result, targets.interval(),
        intervals.finish(result.metrics()));
    return new Outcome(result.exitCode(), write(report.redacted(options.run().redactor()), targets));
  }

  /**
   * Ctrl-C before {@code --start-at}: no iteration ran. The reports say so (interrupted, exit
   * 130, the thresholds over metrics that are all 0), as does the summary.
   */
  private static Outcome notStarted(String grid, LoadOptions options, ReportTargets targets, List<ScenarioLine> lines) {
    Instant now = Instant.now();
    MetricsSnapshot nothing = new MetricsSnapshot(Duration.ZERO, Map.of(), List.of());
    LoadResult result = new LoadResult(nothing, options.thresholds().evaluate(nothing), List.of(), List.of(), true,
        false, Duration.ZERO);
    PrintStream err = options.run().err();
    err.println("interrupted before the start instant " + options.startAt() + ": no iteration ran");
    err.print(SummaryText.renderLines(result, lines, options.trendStats()));
    err.flush();
    RunReport report = RunReport.of(grid, now, now, lines, result, targets.interval(), List.of()).withoutStart();
    return new Outcome(result.exitCode(), write(report, targets));
  }

  /**
   * A run that could not start (the grid did not compile, an input or option was bad: exit
   * {@code exitCode}, 2 or 3) still writes the reports {@code targets} asks for, so that a CI job
   * that asked for one gets one: status {@code not_started} and the {@code diagnostics}.
   */
  public static Outcome notStarted(String grid, int exitCode, List<ReportDiagnostic> diagnostics,
      ReportTargets targets) {
    return new Outcome(exitCode, write(RunReport.notStarted(grid, Instant.now(), exitCode, diagnostics), targets));
  }

  /**
   * A process that waits for {@code --start-at} says so: the wait may be minutes long. One that
   * starts after it (a pod scheduled late) says that it starts now, later than its peers.
   */
  private static void announceStart(LoadOptions options) {
    if (options.startAt() == null) {
      return;
    }
    Duration late = Duration.between(options.startAt(), Instant.now());
    if (late.isNegative()) {
      options.run().err().println("waiting until " + options.startAt() + " (--start-at)");
    } else {
      options.run().err().println("--start-at " + options.startAt() + " passed "
          + String.format(java.util.Locale.ROOT, "%.1fs", late.toMillis() / 1000.0) + " ago: starting now, later than the parts that started on time");
    }
    options.run().err().flush();
  }

  private static List<String> write(RunReport report, ReportTargets targets) {
    List<String> problems = new ArrayList<>();
    write(targets.json(), () -> ReportJson.write(report), problems);
    write(targets.junit(), () -> JunitReport.write(report), problems);
    write(targets.html(), () -> HtmlReport.write(report), problems);
    return problems;
  }

  private static void write(Path file, Supplier<String> text, List<String> problems) {
    if (file != null) {
      try {
        Files.writeString(file, text.get(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        problems.add(file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      }
    }
  }
}
