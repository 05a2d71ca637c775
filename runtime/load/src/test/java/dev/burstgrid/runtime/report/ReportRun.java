package dev.burstgrid.runtime.report;

import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.runtime.StepInfo;
import dev.burstgrid.runtime.load.Executor;
import dev.burstgrid.runtime.load.Iteration;
import dev.burstgrid.runtime.load.LoadOptions;
import dev.burstgrid.runtime.load.LoadResult;
import dev.burstgrid.runtime.load.LoadRun;
import dev.burstgrid.runtime.load.Scenario;
import dev.burstgrid.runtime.load.ScenarioLine;
import dev.burstgrid.runtime.load.Thresholds;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A real load run to report on: step "fetch" sleeps 2 ms and checks its result; step "parse"
 * fails every fifth iteration (grid.hcl:7:1). Thresholds: one holds, one fails.
 */
final class ReportRun {

  static final StepInfo FETCH = new StepInfo("step.http_request.fetch", "grid.hcl:1:1");
  static final StepInfo PARSE = new StepInfo("step.print.parse", "grid.hcl:7:1");

  private ReportRun() {}

  static RunReport run(long iterations) {
    Iteration iteration = ctx -> {
      try (GridRun run = GridRun.start(ctx.binding())) {
        CompletableFuture<Integer> fetch = run.step(FETCH, List.of(), c -> {
          Thread.sleep(2);
          c.metrics().check("status is 200", "grid.hcl:5:3", ctx.scenarioIteration() % 10 != 3);
          return 200;
        });
        run.step(PARSE, List.of(fetch), c -> {
          if (ctx.scenarioIteration() % 5 == 4) {
            throw new IllegalStateException("parse failed on purpose");
          }
          return fetch.join();
        });
        RunResult r = run.await();
        return r;
      }
    };
    Thresholds thresholds = s -> List.of(
        new ThresholdResult("fast", "metric.iteration_duration.p95 < 10000", s.valueOrZero("iteration_duration", "p95") < 10000,
            ThresholdResult.measure("iteration_duration", "p95", s.valueOrZero("iteration_duration", "p95")), false),
        new ThresholdResult("no_failures", "metric.iteration_failed.rate < 0.01", s.valueOrZero("iteration_failed", "rate") < 0.01,
            ThresholdResult.measure("iteration_failed", "rate", s.valueOrZero("iteration_failed", "rate")), false,
            "grid.hcl:30:1"));
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    LoadOptions options = LoadOptions.of(RunOptions.builder().out(quiet).err(quiet).build()).withThresholds(thresholds);
    Scenario scenario = new Scenario("smoke", new Executor.SharedIterations(2, iterations, Duration.ofMinutes(1)),
        Duration.ZERO, Duration.ofSeconds(5), iteration);
    Instant start = Instant.now();
    LoadRun load = LoadRun.start(options, List.of(scenario));
    IntervalRecorder intervals = IntervalRecorder.start(load::snapshotWithHistograms, Duration.ofMillis(20));
    LoadResult result = load.await();
    return RunReport.of("grid.hcl", start, Instant.now(), List.of(ScenarioLine.of(scenario)), result,
        intervals.interval(), intervals.finish(result.metrics()));
  }
}
