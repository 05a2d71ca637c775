package dev.burstgrid.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.runtime.load.LoadResult;
import dev.burstgrid.runtime.load.ScenarioLine;
import dev.burstgrid.runtime.metrics.MetricRegistry;
import dev.burstgrid.runtime.metrics.MetricValue;
import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Merging the reports of two processes equals the report of one process that recorded the
 * same values (a fake clock, fixed latencies): counts exactly, histograms bucket for bucket,
 * thresholds re-evaluated on the sum.
 */
class ReportMergeTest {

  private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

  @Test
  void twoHalvesMergeIntoTheWhole() {
    RunReport whole = report(i -> true);
    RunReport even = report(i -> i % 2 == 0);
    RunReport odd = report(i -> i % 2 == 1);

    RunReport merged = ReportJson.read(ReportJson.write(ReportMerge.merge(List.of(
        ReportJson.read(ReportJson.write(even)), ReportJson.read(ReportJson.write(odd))))));

    assertThat(merged.metricsByName().keySet()).isEqualTo(whole.metricsByName().keySet());
    for (MetricValue w : whole.metrics()) {
      MetricValue m = merged.metricsByName().get(w.name());
      assertThat(m.fields()).as(w.name()).isEqualTo(w.fields());
      if (w.histogram() != null) {
        assertThat(m.histogram()).as(w.name()).isEqualTo(w.histogram());
      }
    }
    assertThat(merged.checks()).isEqualTo(whole.checks());
    assertThat(merged.errors()).isEqualTo(whole.errors());
    // The even half alone passes (no failure is even); the merged metrics fail as the whole does.
    assertThat(even.thresholds().get(0).passed()).isTrue();
    assertThat(merged.thresholds()).isEqualTo(whole.thresholds());
    assertThat(merged.exitCode()).isEqualTo(99);
  }

  @Test
  void aConditionThatIsNotASimpleComparisonKeepsTheInputsOutcome() {
    assertThat(ThresholdCondition.parse("metric.iterations.count > 2 && metric.vus.max <= 1e3")).isPresent();
    assertThat(ThresholdCondition.parse("max(metric.a.count, 3) > 2")).isEmpty();
    ThresholdResult t = new ThresholdResult("odd", "abs(metric.x.count) > 1", false, "x.count=0", false);
    RunReport r = report(i -> true);
    RunReport withOdd = new RunReport(r.grid(), r.start(), r.end(), r.elapsed(), false, false, 99, r.scenarios(),
        r.metrics(), r.interval(), r.intervals(), r.checks(), List.of(t), r.errors());

    ThresholdResult merged = ReportMerge.merge(List.of(withOdd, withOdd)).thresholds().get(0);
    assertThat(merged.passed()).isFalse();
    assertThat(merged.measured()).startsWith("not re-evaluated");
  }

  /** 100 iterations of 1..100 ms (those with {@code included}); 7, 21, 35 … fail. */
  private static RunReport report(IntPredicate included) {
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
