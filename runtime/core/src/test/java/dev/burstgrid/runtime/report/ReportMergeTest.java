package dev.burstgrid.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.runtime.metrics.MetricValue;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Merging the reports of two processes equals the report of one process that recorded the
 * same values (a fake clock, fixed latencies): counts exactly, histograms bucket for bucket,
 * thresholds re-evaluated on the sum.
 */
class ReportMergeTest {

  @Test
  void twoHalvesMergeIntoTheWhole() {
    RunReport whole = FixedReports.report(i -> true);
    RunReport even = FixedReports.report(i -> i % 2 == 0);
    RunReport odd = FixedReports.report(i -> i % 2 == 1);

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
    RunReport r = FixedReports.report(i -> true);
    RunReport withOdd = new RunReport(r.grid(), r.start(), r.end(), r.elapsed(), false, false, 99, r.scenarios(),
        r.metrics(), r.interval(), r.intervals(), r.checks(), List.of(t), r.errors(), List.of());

    ThresholdResult merged = ReportMerge.merge(List.of(withOdd, withOdd)).thresholds().get(0);
    assertThat(merged.passed()).isFalse();
    assertThat(merged.measured()).startsWith("not re-evaluated");
  }
}
