package dev.burstgrid.runtime.report;

import dev.burstgrid.runtime.load.LoadOptions;
import dev.burstgrid.runtime.load.LoadResult;
import dev.burstgrid.runtime.load.LoadRun;
import dev.burstgrid.runtime.load.Scenario;
import dev.burstgrid.runtime.load.ScenarioLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A load run that writes its reports at the end, whatever the end: success, failed
 * thresholds, an abort, or Ctrl-C. On Ctrl-C the JVM exits once its shutdown hooks return, so
 * this adds one ({@code bggo-report-shutdown}) that waits until the reports are written.
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
    if (!targets.any()) {
      return new Outcome(LoadRun.run(options, scenarios), List.of());
    }
    CompletableFuture<Void> written = new CompletableFuture<>();
    Thread hook = new Thread(() -> {
      try {
        written.get(60, TimeUnit.SECONDS);
      } catch (Exception e) {
        // The JVM exits anyway.
      }
    }, "bggo-report-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      LoadRun load = LoadRun.start(options, scenarios); // after --start-at
      Instant start = Instant.now().minus(load.snapshot().elapsed());
      IntervalRecorder intervals = IntervalRecorder.start(load::snapshotWithHistograms, targets.interval());
      LoadResult result = load.await();
      List<ScenarioLine> lines = new ArrayList<>();
      scenarios.forEach(s -> lines.add(ScenarioLine.of(options.segment().of(s))));
      RunReport report = RunReport.of(grid, start, Instant.now(), lines, result, targets.interval(),
          intervals.finish(result.metrics()));
      return new Outcome(result, write(report, targets));
    } finally {
      written.complete(null);
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook is running and returns now.
      }
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
