package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.RunFailure;
import dev.burstgrid.runtime.metrics.BuiltInMetrics;
import dev.burstgrid.runtime.metrics.CheckResult;
import dev.burstgrid.runtime.metrics.MetricValue;
import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The end-of-run summary: scenarios, thresholds and checks with ✓/✗, each step and scenario
 * with its count, rate, failed share and trend columns, the run's own metrics, the runners'
 * metrics in total, the most frequent failures and the wall time.
 */
public final class SummaryText {

  /** The trend columns {@code --summary-trend-stats} may pick. */
  public static final List<String> TREND_STATS = List.of("avg", "min", "med", "max", "p90", "p95", "p99", "p999", "count");

  private static final Set<String> RUN_METRICS =
      Set.of(
          BuiltInMetrics.ITERATIONS, BuiltInMetrics.ITERATION_DURATION, BuiltInMetrics.ITERATION_FAILED,
          BuiltInMetrics.DROPPED_ITERATIONS, BuiltInMetrics.INTERRUPTED_ITERATIONS, BuiltInMetrics.VUS,
          BuiltInMetrics.VUS_MAX, BuiltInMetrics.CHECKS);

  private SummaryText() {}

  public static String render(LoadResult result, List<Scenario> scenarios, List<String> trendStats) {
    return renderLines(result, scenarios.stream().map(ScenarioLine::of).collect(java.util.stream.Collectors.toList()), trendStats);
  }

  /** The same from scenario descriptions, e.g. read back from a report file. */
  public static String renderLines(LoadResult result, List<ScenarioLine> scenarios, List<String> trendStats) {
    MetricsSnapshot m = result.metrics();
    double seconds = Math.max(m.elapsed().toNanos() / 1e9, 1e-9);
    StringBuilder out = new StringBuilder("\n");
    scenarios(out, scenarios);
    thresholds(out, result.thresholds());

    SummaryTable checks = new SummaryTable();
    SummaryTable steps = new SummaryTable();
    SummaryTable iterations = new SummaryTable();
    SummaryTable others = new SummaryTable();
    if (!m.checks().isEmpty()) {
      MetricValue all = m.get(BuiltInMetrics.CHECKS).orElseThrow();
      checks.row(BuiltInMetrics.CHECKS, "rate", passFail(all.get("rate"), (long) all.get("passes"), (long) all.get("fails")));
    }
    for (String name : m.names()) {
      String step = stepOf(name);
      if (step != null) {
        steps.row(step, "activity", activity(m, name, BuiltInMetrics.stepMetric(step, BuiltInMetrics.STEP_FAILED), seconds, trendStats));
      }
    }
    for (ScenarioLine s : scenarios) {
      String prefix = BuiltInMetrics.scenarioMetric(s.name(), "");
      iterations.row("scenario." + s.name(), "activity",
          activity(m, prefix + BuiltInMetrics.ITERATION_DURATION, prefix + BuiltInMetrics.ITERATION_FAILED, seconds, trendStats));
    }
    for (String name : List.of(BuiltInMetrics.ITERATIONS, BuiltInMetrics.ITERATION_DURATION, BuiltInMetrics.ITERATION_FAILED,
        BuiltInMetrics.DROPPED_ITERATIONS, BuiltInMetrics.INTERRUPTED_ITERATIONS, BuiltInMetrics.VUS, BuiltInMetrics.VUS_MAX)) {
      m.get(name).filter(v -> !name.equals(BuiltInMetrics.INTERRUPTED_ITERATIONS) || v.get("count") > 0)
          .ifPresent(v -> iterations.row(name, v.kind().name(), cells(v, trendStats)));
    }
    for (String name : m.names()) {
      if (!RUN_METRICS.contains(name) && !name.startsWith("step.") && !name.startsWith("scenario.")) {
        MetricValue v = m.get(name).orElseThrow();
        others.row(name, v.kind().name(), cells(v, trendStats));
      }
    }
    int width = Math.max(Math.max(checks.labelWidth(), steps.labelWidth()), Math.max(iterations.labelWidth(), others.labelWidth()));
    checks(out, m.checks(), checks, width);
    section(out, "STEPS", steps, width);
    section(out, "ITERATIONS", iterations, width);
    section(out, "METRICS", others, width);
    errors(out, result);
    out.append("  wall time ").append(Formats.millis(m.elapsed().toNanos() / 1e6));
    if (result.interrupted()) {
      out.append(" · interrupted");
    } else if (result.aborted()) {
      out.append(" · aborted by a threshold");
    }
    return out.append("\n\n").toString();
  }

  /** {@code step.T.N} when {@code name} is {@code step.T.N.duration}, else null. */
  private static String stepOf(String name) {
    String suffix = "." + BuiltInMetrics.STEP_DURATION;
    if (name.startsWith("step.") && name.endsWith(suffix) && name.chars().filter(c -> c == '.').count() == 3) {
      return name.substring(0, name.length() - suffix.length());
    }
    return null;
  }

  private static void scenarios(StringBuilder out, List<ScenarioLine> scenarios) {
    int max = 0;
    for (ScenarioLine s : scenarios) {
      max = Math.max(max, s.maxVus());
    }
    out.append("  scenarios  ").append(scenarios.size()).append(scenarios.size() == 1 ? " scenario" : " scenarios")
        .append(", up to ").append(ExecutorText.vus(max)).append('\n');
    for (ScenarioLine s : scenarios) {
      out.append("    ").append(s.name()).append(": ").append(s.executor());
      if (!s.startTime().isZero()) {
        out.append(", from ").append(Formats.duration(s.startTime()));
      }
      out.append('\n');
    }
    out.append('\n');
  }

  private static void thresholds(StringBuilder out, List<ThresholdResult> thresholds) {
    if (thresholds.isEmpty()) {
      return;
    }
    out.append("  THRESHOLDS\n\n");
    int name = 0;
    int condition = 0;
    for (ThresholdResult t : thresholds) {
      name = Math.max(name, t.name().length());
      condition = Math.max(condition, t.condition().length());
    }
    for (ThresholdResult t : thresholds) {
      out.append("    ").append(t.passed() ? "✓ " : "✗ ").append(pad(t.name(), name)).append("  ")
          .append(pad(t.condition(), condition)).append("  ").append(t.measured()).append('\n');
    }
    out.append('\n');
  }

  private static void checks(StringBuilder out, List<CheckResult> results, SummaryTable total, int width) {
    if (results.isEmpty()) {
      return;
    }
    out.append("  CHECKS\n\n");
    int label = 0;
    for (CheckResult c : results) {
      label = Math.max(label, c.step().length() + c.name().length() + 3);
    }
    for (CheckResult c : results) {
      long all = c.passes() + c.fails();
      out.append("    ").append(c.fails() == 0 ? "✓ " : "✗ ").append(pad(c.step() + " › " + c.name(), label))
          .append("  ").append(String.join("  ", passFail(all == 0 ? 0 : (double) c.passes() / all, c.passes(), c.fails())))
          .append('\n');
    }
    out.append('\n');
    total.render(out, "    ", width);
    out.append('\n');
  }

  private static void section(StringBuilder out, String title, SummaryTable table, int width) {
    if (!table.isEmpty()) {
      out.append("  ").append(title).append("\n\n");
      table.render(out, "    ", width);
      out.append('\n');
    }
  }

  private static void errors(StringBuilder out, LoadResult result) {
    if (result.errors().isEmpty() && result.closeErrors().isEmpty()) {
      return;
    }
    out.append("  ERRORS\n\n");
    for (LoadResult.ErrorCount e : result.errors()) {
      out.append("    ").append(e.count()).append("× ").append(e.address());
      if (!e.location().isEmpty()) {
        out.append(" (").append(e.location()).append(')');
      }
      out.append(": ").append(e.message()).append('\n');
    }
    for (RunFailure f : result.closeErrors()) {
      out.append("    close ").append(f.address()).append(" (").append(f.location()).append("): ").append(f.message()).append('\n');
    }
    out.append('\n');
  }

  /** count, rate, failed share and trend columns of a step or a scenario. */
  private static List<String> activity(MetricsSnapshot m, String trend, String failed, double seconds, List<String> stats) {
    double count = m.valueOrZero(trend, "count");
    List<String> cells = new ArrayList<>();
    cells.add("count=" + Formats.count(count));
    cells.add("rate=" + Formats.fixed(count / seconds) + "/s");
    cells.add("failed=" + Formats.percent(m.valueOrZero(failed, "rate")));
    m.get(trend).ifPresent(v -> cells.addAll(trendCells(v, stats)));
    return cells;
  }

  private static List<String> cells(MetricValue v, List<String> stats) {
    boolean bytes = v.name().startsWith("data_");
    switch (v.kind()) {
      case TREND:
        return trendCells(v, stats);
      case COUNTER:
        return bytes
            ? List.of(Formats.bytes(v.get("count")), Formats.bytes(v.get("rate")) + "/s")
            : List.of(Formats.count(v.get("count")), Formats.fixed(v.get("rate")) + "/s");
      case RATE: // "✓/✗" would read wrong for a failure rate: say "n of total"
        long hits = (long) v.get("passes");
        return List.of(Formats.percent(v.get("rate")), hits + " of " + (hits + (long) v.get("fails")));
      default:
        return List.of(Formats.count(v.get("value")), "max=" + Formats.count(v.get("max")));
    }
  }

  private static List<String> trendCells(MetricValue v, List<String> stats) {
    List<String> cells = new ArrayList<>();
    for (String stat : stats) {
      double value = v.get(stat);
      String shown = stat.equals("count") ? Formats.count(value)
          : v.name().endsWith("duration") || v.name().contains("_req_") ? Formats.millis(value) : Formats.fixed(value);
      cells.add(label(stat) + "=" + shown);
    }
    return cells;
  }

  /** k6 writes percentiles as {@code p(95)}. */
  private static String label(String stat) {
    return stat.startsWith("p") ? "p(" + stat.substring(1).replaceFirst("^99(9)$", "99.$1") + ")" : stat;
  }

  private static List<String> passFail(double rate, long passes, long fails) {
    return List.of(Formats.percent(rate), "✓ " + passes, "✗ " + fails);
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
