package dev.burstgrid.runtime.report;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A load run that writes its reports at the end, whatever the end: success, failed
 * thresholds, an abort, or Ctrl-C (during the {@code --start-at} wait too). On Ctrl-C the JVM
 * exits once its shutdown hooks return, so this adds one ({@code bggo-report-shutdown}) that
 * ends the wait for the start and waits until the reports are written.
 */
public final class ReportedRun {

  /** The run's result, and the report files that could not be written (then exit 1 at least). */
  public record Outcome(LoadResult result, List<String> writeProblems) {
    public int exitCode() {
      int code = result.exitCode();
      return code == 0 && !writeProblems.isEmpty() ? 1 : code;
    }
  }

  private ReportedRun() {}

  public static Outcome run(String grid, LoadOptions options, List<Scenario> scenarios, ReportTargets targets) {
    announceStart(options);
    if (!targets.any()) {
      return new Outcome(LoadRun.run(options, scenarios), List.of());
    }
    CompletableFuture<Void> shutdown = new CompletableFuture<>();
    CompletableFuture<Void> written = new CompletableFuture<>();
    Thread hook = new Thread(() -> {
      shutdown.complete(null); // ends a --start-at wait
      try {
        written.get(60, TimeUnit.SECONDS);
      } catch (Exception e) {
        // The JVM exits anyway.
      }
    }, "bggo-report-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      List<ScenarioLine> lines = new ArrayList<>();
      scenarios.forEach(s -> lines.add(ScenarioLine.of(options.segment().of(s))));
      boolean started = options.startAt() == null || StartAt.waitUntil(options.startAt(), shutdown);
      return started ? runAndReport(grid, options, scenarios, targets, lines) : notStarted(grid, options, targets, lines);
    } finally {
      written.complete(null);
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook is running and returns now.
      }
    }
  }

  private static Outcome runAndReport(String grid, LoadOptions options, List<Scenario> scenarios, ReportTargets targets,
      List<ScenarioLine> lines) {
    LoadRun load = LoadRun.start(options, scenarios);
    Instant start = Instant.now().minus(load.snapshot().elapsed());
    IntervalRecorder intervals = IntervalRecorder.start(load::snapshotWithHistograms, targets.interval());
    LoadResult result = load.await();
    RunReport report = RunReport.of(grid, start, Instant.now(), lines, result, targets.interval(),
        intervals.finish(result.metrics()));
    return new Outcome(result, write(report, targets));
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
    RunReport report = RunReport.of(grid, now, now, lines, result, targets.interval(), List.of());
    return new Outcome(result, write(report, targets));
  }

  /** A process that waits for {@code --start-at} says so: the wait may be minutes long. */
  private static void announceStart(LoadOptions options) {
    if (options.startAt() != null && options.startAt().isAfter(Instant.now())) {
      options.run().err().println("waiting until " + options.startAt() + " (--start-at)");
      options.run().err().flush();
    }
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
