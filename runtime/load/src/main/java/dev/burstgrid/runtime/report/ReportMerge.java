package dev.burstgrid.runtime.report;

import dev.burstgrid.runtime.StepOutcome;
import dev.burstgrid.runtime.load.LoadResult;
import dev.burstgrid.runtime.load.ScenarioLine;
import dev.burstgrid.runtime.metrics.CheckResult;
import dev.burstgrid.runtime.metrics.MetricValue;
import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bggoc report merge}: the reports of processes that ran one load test together (its
 * segments) as one report, as if one process had run it all. Histograms and counts add up
 * exactly; each interval is merged with the same interval of the others (segments share a
 * start instant); a gauge's peak is bracketed ({@link MetricMerge}); thresholds are evaluated again on the merged metrics where their condition
 * is a simple comparison (see {@link ThresholdCondition}).
 */
public final class ReportMerge {

  private ReportMerge() {}

  public static RunReport merge(List<RunReport> reports) {
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge");
    }
    RunReport first = reports.get(0);
    Instant start = reports.stream().map(RunReport::start).min(Comparator.naturalOrder()).orElseThrow();
    Instant end = reports.stream().map(RunReport::end).max(Comparator.naturalOrder()).orElseThrow();
    Duration elapsed = reports.stream().map(RunReport::elapsed).max(Comparator.naturalOrder()).orElseThrow();
    List<List<MetricValue>> parts = new ArrayList<>();
    reports.forEach(r -> parts.add(r.metrics()));
    List<RunReport.Interval> intervals = intervals(reports);
    List<MetricValue> metrics = MetricMerge.withSampledMaxima(MetricMerge.merge(parts, elapsed.toNanos() / 1e9), intervals);
    List<CheckResult> checks = checks(reports);
    boolean interrupted = reports.stream().anyMatch(RunReport::interrupted);
    boolean aborted = reports.stream().anyMatch(RunReport::aborted);
    Map<String, MetricValue> byName = new LinkedHashMap<>();
    metrics.forEach(v -> byName.put(v.name(), v));
    List<ThresholdResult> thresholds = thresholds(reports, new MetricsSnapshot(elapsed, byName, checks));
    LoadResult outcome = new LoadResult(new MetricsSnapshot(elapsed, byName, checks), thresholds, List.of(), List.of(),
        interrupted, aborted, elapsed);
    int exit = outcome.exitCode();
    if (exit == 0) {
      exit = reports.stream().mapToInt(RunReport::exitCode).filter(c -> c != 99 && c != 130).max().orElse(0);
    }
    // A part that did not start leaves its exit code (2 or 3) and its diagnostics in the merge:
    // the merged metrics lack its share, so what they decide comes second.
    exit = reports.stream().filter(r -> !r.started() && !r.diagnostics().isEmpty()).mapToInt(RunReport::exitCode).max()
        .orElse(exit);
    boolean started = reports.stream().anyMatch(RunReport::started);
    return new RunReport(first.grid(), start, end, elapsed, interrupted, aborted, exit, started, scenarios(reports),
        metrics, first.interval(), intervals, checks, thresholds, errors(reports), steps(reports), diagnostics(reports));
  }

  /** Every input's diagnostics, each once (N parts of one grid fail to compile alike). */
  private static List<ReportDiagnostic> diagnostics(List<RunReport> reports) {
    java.util.Set<ReportDiagnostic> out = new java.util.LinkedHashSet<>();
    reports.forEach(r -> out.addAll(r.diagnostics()));
    return List.copyOf(out);
  }

  /** Single runs' step outcomes, one input after the other. */
  private static List<StepOutcome> steps(List<RunReport> reports) {
    List<StepOutcome> out = new ArrayList<>();
    reports.forEach(r -> out.addAll(r.steps()));
    return out;
  }

  private static List<ScenarioLine> scenarios(List<RunReport> reports) {
    Map<String, ScenarioLine> byName = new LinkedHashMap<>();
    for (RunReport r : reports) {
      for (ScenarioLine s : r.scenarios()) {
        byName.merge(s.name(), s, (a, b) -> new ScenarioLine(a.name(), a.executor(), a.startTime(), a.maxVus() + b.maxVus()));
      }
    }
    return List.copyOf(byName.values());
  }

  private static List<RunReport.Interval> intervals(List<RunReport> reports) {
    List<RunReport.Interval> out = new ArrayList<>();
    double seconds = reports.get(0).interval().toNanos() / 1e9;
    for (int i = 0; ; i++) {
      List<List<MetricValue>> parts = new ArrayList<>();
      Duration end = Duration.ZERO;
      for (RunReport r : reports) {
        if (i < r.intervals().size()) {
          RunReport.Interval in = r.intervals().get(i);
          parts.add(in.metrics());
          end = in.end().compareTo(end) > 0 ? in.end() : end;
        }
      }
      if (parts.isEmpty()) {
        return out;
      }
      out.add(new RunReport.Interval(end, MetricMerge.merge(parts, seconds)));
    }
  }

  private static List<CheckResult> checks(List<RunReport> reports) {
    Map<List<String>, CheckResult> byKey = new java.util.TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
        .thenComparing(k -> k.get(1)));
    for (RunReport r : reports) {
      for (CheckResult c : r.checks()) {
        byKey.merge(List.of(c.step(), c.name()), c,
            (a, b) -> new CheckResult(a.step(), a.name(), a.passes() + b.passes(), a.fails() + b.fails(),
                a.location().isEmpty() ? b.location() : a.location()));
      }
    }
    return List.copyOf(byKey.values());
  }

  private static List<ThresholdResult> thresholds(List<RunReport> reports, MetricsSnapshot merged) {
    Map<String, ThresholdResult> byName = new LinkedHashMap<>();
    for (RunReport r : reports) {
      for (ThresholdResult t : r.thresholds()) {
        byName.merge(t.name(), t, (a, b) -> a.passed() ? b : a);
      }
    }
    List<ThresholdResult> out = new ArrayList<>();
    for (ThresholdResult t : byName.values()) {
      Optional<ThresholdCondition> condition = ThresholdCondition.parse(t.condition());
      out.add(condition.map(c -> c.evaluate(t, merged)).orElseGet(() -> new ThresholdResult(t.name(), t.condition(),
          t.passed(), "not re-evaluated (not a simple comparison); " + (t.passed() ? "passed" : "failed") + " in an input",
          t.abortOnFail(), t.location())));
    }
    return out;
  }

  private static List<LoadResult.ErrorCount> errors(List<RunReport> reports) {
    Map<List<String>, Long> counts = new LinkedHashMap<>();
    for (RunReport r : reports) {
      for (LoadResult.ErrorCount e : r.errors()) {
        counts.merge(List.of(e.address(), e.location(), e.message()), e.count(), Long::sum);
      }
    }
    List<LoadResult.ErrorCount> out = new ArrayList<>();
    counts.forEach((k, n) -> out.add(new LoadResult.ErrorCount(k.get(0), k.get(1), k.get(2), n)));
    out.sort(Comparator.comparingLong(LoadResult.ErrorCount::count).reversed());
    return out;
  }
}
