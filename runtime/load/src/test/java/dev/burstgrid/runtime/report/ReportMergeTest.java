package dev.burstgrid.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.runtime.metrics.MetricValue;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import dev.burstgrid.runtime.spi.MetricKind;
import java.time.Duration;
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

  /**
   * Segment A has 2 VUs then 1, segment B 1 then 3: at the end 1 + 3 = 4 run; the merged peak
   * lies between 4 (seen at the second interval's end) and 2 + 3 = 5 (the peaks' sum).
   */
  @Test
  void aMergedGaugeIsTheSumAtTheEndAndItsPeakIsBracketed() {
    RunReport a = withVus(FixedReports.report(i -> i % 2 == 0), 2, 1);
    RunReport b = withVus(FixedReports.report(i -> i % 2 == 1), 1, 3);

    RunReport merged = ReportJson.read(ReportJson.write(ReportMerge.merge(List.of(a, b))));

    MetricValue vus = merged.metricsByName().get("vus");
    assertThat(vus.fields()).containsEntry("value", 4.0).containsEntry("max", 5.0).containsEntry("max_sampled", 4.0);
    assertThat(merged.intervals()).extracting(in -> gauge(in.metrics()).get("value")).containsExactly(3.0, 4.0);
    MetricValue alone = ReportMerge.merge(List.of(a)).metricsByName().get("vus");
    assertThat(alone.fields()).containsEntry("value", 1.0).containsEntry("max", 2.0).containsEntry("max_sampled", 2.0);
  }

  /** The report with gauge {@code vus} at {@code first} after one second and {@code second} after two. */
  private static RunReport withVus(RunReport r, double first, double second) {
    MetricValue end = new MetricValue("vus", MetricKind.GAUGE,
        java.util.Map.of("value", second, "max", Math.max(first, second)), null);
    List<MetricValue> metrics = new java.util.ArrayList<>(r.metrics());
    metrics.add(end);
    List<RunReport.Interval> intervals = List.of(
        new RunReport.Interval(Duration.ofSeconds(1), List.of(new MetricValue("vus", MetricKind.GAUGE,
            java.util.Map.of("value", first, "max", first), null))),
        new RunReport.Interval(Duration.ofSeconds(2), List.of(end)));
    return new RunReport(r.grid(), r.start(), r.end(), r.elapsed(), false, false, r.exitCode(), true, r.scenarios(),
        metrics, Duration.ofSeconds(1), intervals, r.checks(), r.thresholds(), r.errors(), List.of(), List.of());
  }

  private static MetricValue gauge(List<MetricValue> metrics) {
    return metrics.stream().filter(v -> v.name().equals("vus")).findFirst().orElseThrow();
  }

  @Test
  void aPartThatDidNotStartLeavesItsExitCodeAndDiagnosticsInTheMerge() {
    RunReport ran = FixedReports.report(i -> true);
    ReportDiagnostic bad = ReportDiagnostic.usage("Invalid value for -var users");
    RunReport failed = RunReport.notStarted(ran.grid(), ran.start(), 2, List.of(bad));

    RunReport merged = ReportMerge.merge(List.of(ran, failed, failed));

    assertThat(merged.started()).isTrue();
    assertThat(merged.exitCode()).isEqualTo(2);
    assertThat(merged.diagnostics()).containsExactly(bad);
    assertThat(merged.value("iterations", "count")).isEqualTo(ran.value("iterations", "count"));
    assertThat(ReportMerge.merge(List.of(failed, failed)).started()).isFalse();
  }

  @Test
  void aConditionThatIsNotASimpleComparisonKeepsTheInputsOutcome() {
    assertThat(ThresholdCondition.parse("metric.iterations.count > 2 && metric.vus.max <= 1e3")).isPresent();
    assertThat(ThresholdCondition.parse("max(metric.a.count, 3) > 2")).isEmpty();
    ThresholdResult t = new ThresholdResult("odd", "abs(metric.x.count) > 1", false, "x.count=0", false);
    RunReport r = FixedReports.report(i -> true);
    RunReport withOdd = new RunReport(r.grid(), r.start(), r.end(), r.elapsed(), false, false, 99, true,
        r.scenarios(), r.metrics(), r.interval(), r.intervals(), r.checks(), List.of(t), r.errors(), List.of(),
        List.of());

    ThresholdResult merged = ReportMerge.merge(List.of(withOdd, withOdd)).thresholds().get(0);
    assertThat(merged.passed()).isFalse();
    assertThat(merged.measured()).startsWith("not re-evaluated");
  }
}
