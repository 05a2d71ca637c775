package dev.burstgrid.runtime.report;

import dev.burstgrid.runtime.load.LoadResult;
import dev.burstgrid.runtime.load.ScenarioLine;
import dev.burstgrid.runtime.metrics.MetricRegistry;
import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;

/**
 * Reports of known values on a fake clock: iterations 1..100 lasting i ms, of which 7, 21,
 * 35 … fail; a process records those {@code included}. Threshold {@code few_failures}:
 * {@code metric.iteration_failed.rate < 0.05}. The whole fails it (7 %), the even half passes.
 */
public final class FixedReports {

  public static final Duration TEN_SECONDS = Duration.ofSeconds(10);

  private FixedReports() {}

  public static RunReport report(IntPredicate included) {
    AtomicLong clock = new AtomicLong();
    MetricRegistry metrics = new MetricRegistry(clock::get);
    for (int i = 1; i <= 100; i++) {
      if (included.test(i)) {
        metrics.trend("iteration_duration").record(i);
        metrics.counter("iterations").add(1);
        metrics.rate("iteration_failed").add(i % 14 == 7);
        metrics.check("step.http_request.get", "ok", i % 14 != 7);
      }
    }
    clock.set(TEN_SECONDS.toNanos());
    MetricsSnapshot end = metrics.snapshot(true);
    double rate = end.valueOrZero("iteration_failed", "rate");
    List<ThresholdResult> thresholds = List.of(new ThresholdResult("few_failures", "metric.iteration_failed.rate < 0.05",
        rate < 0.05, ThresholdResult.measure("iteration_failed", "rate", rate), false));
    long failures = (long) end.valueOrZero("iteration_failed", "passes");
    List<LoadResult.ErrorCount> errors = failures == 0 ? List.of()
        : List.of(new LoadResult.ErrorCount("step.http_request.get", "grid.hcl:3:1", "status 500", failures));
    LoadResult result = new LoadResult(end, thresholds, errors, List.of(), false, false, end.elapsed());
    Instant start = Instant.parse("2026-12-01T10:00:00Z");
    return RunReport.of("grid.hcl", start, start.plus(TEN_SECONDS),
        List.of(new ScenarioLine("default", "constant-vus: 1 VU for 10s", Duration.ZERO, 1)), result, Duration.ofSeconds(1),
        List.of());
  }
}
