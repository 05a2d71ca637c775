package dev.burstgrid.runtime.report;

import dev.burstgrid.runtime.Redactor;
import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.runtime.RunStatus;
import dev.burstgrid.runtime.StepOutcome;
import dev.burstgrid.runtime.load.LoadResult;
import dev.burstgrid.runtime.load.ScenarioLine;
import dev.burstgrid.runtime.metrics.CheckResult;
import dev.burstgrid.runtime.metrics.MetricValue;
import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a load run leaves behind, as the JSON report carries it (see {@link ReportJson}
 * for the format): what ran, when, every metric with its trend histograms, the metrics of
 * each interval, checks, thresholds and the failures that ended iterations.
 *
 * @param grid the grid's path or name
 * @param metrics every metric at the end; trends carry their full histogram
 * @param interval the length of each entry of {@code intervals}
 * @param intervals the metrics of each interval, in order: trends with that interval's
 *     histogram, counters with that interval's count, gauges and rates as at its end
 * @param started false when no iteration ran: the grid did not compile, an input was bad, or
 *     a Ctrl-C came before {@code --start-at}
 * @param steps how each step instance ended, in the order they ended: a single run's report
 *     (no load options, no scenario); empty for a load run, whose steps are in {@code metrics}
 * @param diagnostics why a run that did not start could not: compile errors, bad inputs
 */
public record RunReport(
    String grid,
    Instant start,
    Instant end,
    Duration elapsed,
    boolean interrupted,
    boolean aborted,
    int exitCode,
    boolean started,
    List<ScenarioLine> scenarios,
    List<MetricValue> metrics,
    Duration interval,
    List<Interval> intervals,
    List<CheckResult> checks,
    List<ThresholdResult> thresholds,
    List<LoadResult.ErrorCount> errors,
    List<StepOutcome> steps,
    List<ReportDiagnostic> diagnostics) {

  /**
   * The version of the JSON format this code writes. It reads version 1 too (before {@code
   * status} and {@code diagnostics}: every version-1 report is of a run that started).
   */
  public static final int SCHEMA_VERSION = 2;

  public RunReport {
    scenarios = List.copyOf(scenarios);
    metrics = List.copyOf(metrics);
    intervals = List.copyOf(intervals);
    checks = List.copyOf(checks);
    thresholds = List.copyOf(thresholds);
    errors = List.copyOf(errors);
    steps = List.copyOf(steps);
    diagnostics = List.copyOf(diagnostics);
  }

  /** One interval's metrics; {@code end} counts from the start of the run. */
  public record Interval(Duration end, List<MetricValue> metrics) {
    public Interval {
      metrics = List.copyOf(metrics);
    }
  }

  /** The report of a finished run. */
  public static RunReport of(
      String grid, Instant start, Instant end, List<ScenarioLine> scenarios, LoadResult result, Duration interval,
      List<Interval> intervals) {
    MetricsSnapshot m = result.metrics();
    return new RunReport(grid, start, end, m.elapsed(), result.interrupted(), result.aborted(), result.exitCode(),
        true, scenarios, List.copyOf(m.metrics().values()), interval, intervals, m.checks(), result.thresholds(),
        result.errors(), List.of(), List.of());
  }

  /**
   * The report of a run that could not start ({@code exitCode} 2 or 3): the grid did not
   * compile or an input was bad, as {@code diagnostics} say. Nothing ran, so nothing is measured.
   */
  public static RunReport notStarted(String grid, Instant when, int exitCode, List<ReportDiagnostic> diagnostics) {
    if (diagnostics.stream().noneMatch(ReportDiagnostic::isError)) { // the reader still learns that it failed
      diagnostics = java.util.stream.Stream.concat(diagnostics.stream(),
          java.util.stream.Stream.of(ReportDiagnostic.usage("the run did not start (exit " + exitCode + ")"))).toList();
    }
    return new RunReport(grid, when, when, Duration.ZERO, false, false, exitCode, false, List.of(), List.of(),
        Duration.ZERO, List.of(), List.of(), List.of(), List.of(), List.of(), diagnostics);
  }

  /**
   * The report of a grid that ran once: its steps' outcomes, the root cause as its one error,
   * no metrics; the run's exit code (0, 1 or 130).
   */
  public static RunReport ofSingleRun(String grid, Instant start, Instant end, RunResult result,
      List<StepOutcome> steps) {
    List<LoadResult.ErrorCount> errors = result.rootCause()
        .map(f -> List.of(new LoadResult.ErrorCount(f.address(), f.location(), f.message(), 1)))
        .orElse(List.of());
    return new RunReport(grid, start, end, result.wallTime(), result.status() == RunStatus.CANCELLED, false,
        result.exitCode(), true, List.of(), List.of(), Duration.ZERO, List.of(), List.of(), List.of(), errors, steps,
        List.of());
  }

  /** The same report, marked as of a run in which no iteration ran. */
  public RunReport withoutStart() {
    return new RunReport(grid, start, end, elapsed, interrupted, aborted, exitCode, false, scenarios, metrics, interval,
        intervals, checks, thresholds, errors, steps, diagnostics);
  }

  /** This report with its free text (the failures' messages) passed through {@code redactor}. */
  public RunReport redacted(Redactor redactor) {
    if (redactor == Redactor.NONE) {
      return this;
    }
    List<LoadResult.ErrorCount> hidden = errors.stream()
        .map(e -> new LoadResult.ErrorCount(e.address(), e.location(), redactor.redact(e.message()), e.count()))
        .toList();
    List<StepOutcome> outcomes = steps.stream()
        .map(o -> new StepOutcome(o.address(), o.location(), o.status(), o.duration(), redactor.redact(o.message())))
        .toList();
    List<ReportDiagnostic> problems = diagnostics.stream()
        .map(d -> new ReportDiagnostic(d.severity(), d.code(), redactor.redact(d.summary()), redactor.redact(d.detail()),
            d.location()))
        .toList();
    return new RunReport(grid, start, end, elapsed, interrupted, aborted, exitCode, started, scenarios, metrics,
        interval, intervals, checks, thresholds, hidden, outcomes, problems);
  }

  /** Whether this is a single run's report (its steps listed) rather than a load run's. */
  public boolean isSingleRun() {
    return !steps.isEmpty() && scenarios.isEmpty();
  }

  /** The metrics by name. */
  public Map<String, MetricValue> metricsByName() {
    Map<String, MetricValue> byName = new TreeMap<>();
    metrics.forEach(v -> byName.put(v.name(), v));
    return byName;
  }

  /** A field of a metric at the end; 0 when nothing recorded the metric. */
  public double value(String metric, String field) {
    MetricValue v = metricsByName().get(metric);
    return v == null ? 0 : v.get(field);
  }

  /** The end-of-run result again, for the summary ({@code closeErrors} are not in a report). */
  public LoadResult toLoadResult() {
    return new LoadResult(new MetricsSnapshot(elapsed, metricsByName(), checks), thresholds, errors, List.of(),
        interrupted, aborted, elapsed);
  }

  /** Whether every threshold held. */
  public boolean thresholdsPassed() {
    return thresholds.stream().allMatch(ThresholdResult::passed);
  }
}
