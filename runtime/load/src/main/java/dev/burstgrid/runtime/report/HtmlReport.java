package dev.burstgrid.runtime.report;

import dev.burstgrid.runtime.StepOutcome;
import dev.burstgrid.runtime.load.LoadResult;
import dev.burstgrid.runtime.load.ScenarioLine;
import dev.burstgrid.runtime.metrics.BuiltInMetrics;
import dev.burstgrid.runtime.metrics.CheckResult;
import dev.burstgrid.runtime.metrics.MetricValue;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The {@code --report-html} file: one page that opens offline, without script (charts are
 * inline SVG, styles inline): summary tiles, thresholds, checks, a per-step table with
 * percentiles, charts over the run's intervals (iterations/s, latency percentiles, VUs,
 * failures) and the distribution of iteration durations. A run that could not start shows
 * why instead: its diagnostics, each with its {@code file:line:col}.
 */
public final class HtmlReport {

  private static final String STYLE = "body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#111}"
      + "h1{font-size:20px}h2{font-size:16px;margin-top:28px}.tiles{display:flex;flex-wrap:wrap;gap:12px}"
      + ".tile{border:1px solid #ddd;border-radius:6px;padding:10px 14px;min-width:120px}"
      + ".tile b{display:block;font-size:20px}table{border-collapse:collapse}td,th{border-bottom:1px solid #eee;"
      + "padding:4px 10px;text-align:right}td:first-child,th:first-child{text-align:left}.pass{color:#059669}"
      + ".fail{color:#dc2626}.charts{display:flex;flex-wrap:wrap;gap:16px}.chart{border:1px solid #eee}"
      + "#diagnostics td,#diagnostics th{text-align:left}";

  private HtmlReport() {}

  public static String write(RunReport r) {
    Map<String, MetricValue> m = r.metricsByName();
    StringBuilder out = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.append("<title>bggo report: ").append(Html.text(r.grid())).append("</title><style>").append(STYLE)
        .append("</style></head><body>");
    out.append("<h1>").append(Html.text(r.grid())).append("</h1><p id=\"when\">")
        .append(Html.text(r.start().toString())).append(" – ").append(Html.text(r.end().toString())).append(" · ")
        .append(outcome(r)).append("</p>");
    if (!r.diagnostics().isEmpty()) {
      diagnostics(out, r.diagnostics());
      return out.append("</body></html>\n").toString();
    }
    tiles(out, r, m);
    scenarios(out, r.scenarios());
    thresholds(out, r.thresholds());
    checks(out, r.checks());
    if (r.isSingleRun()) {
      stepResults(out, r.steps());
    } else {
      steps(out, m);
    }
    charts(out, r);
    distribution(out, m.get(BuiltInMetrics.ITERATION_DURATION));
    errors(out, r.errors());
    return out.append("</body></html>\n").toString();
  }

  private static String outcome(RunReport r) {
    if (!r.diagnostics().isEmpty()) {
      return "<span class=\"fail\">did not start (exit " + r.exitCode() + ")</span>";
    } else if (r.interrupted()) {
      return "<span class=\"fail\">interrupted</span>";
    } else if (r.aborted()) {
      return "<span class=\"fail\">aborted by a threshold</span>";
    } else if (r.isSingleRun()) {
      return r.exitCode() == 0 ? "<span class=\"pass\">every step succeeded</span>"
          : "<span class=\"fail\">a step failed</span>";
    }
    return r.thresholdsPassed() ? "<span class=\"pass\">thresholds passed</span>" : "<span class=\"fail\">a threshold failed</span>";
  }

  private static void tiles(StringBuilder out, RunReport r, Map<String, MetricValue> m) {
    double seconds = Math.max(r.elapsed().toNanos() / 1e9, 1e-9);
    if (r.isSingleRun()) {
      out.append("<div class=\"tiles\" id=\"tiles\">");
      for (StepOutcome.Status status : StepOutcome.Status.values()) {
        long n = r.steps().stream().filter(st -> st.status() == status).count();
        tile(out, status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), Long.toString(n));
      }
      tile(out, "wall time", Html.number(seconds) + " s");
      out.append("</div>");
      return;
    }
    double iterations = get(m, BuiltInMetrics.ITERATIONS, "count");
    out.append("<div class=\"tiles\" id=\"tiles\">");
    tile(out, "iterations", Html.number(iterations));
    tile(out, "iterations/s", Html.number(iterations / seconds));
    tile(out, "failed", Html.number(100 * get(m, BuiltInMetrics.ITERATION_FAILED, "rate")) + " %");
    tile(out, "p95 iteration", Html.number(get(m, BuiltInMetrics.ITERATION_DURATION, "p95")) + " ms");
    tile(out, "max VUs", Html.number(get(m, BuiltInMetrics.VUS, "max")));
    long passed = r.thresholds().stream().filter(ThresholdResult::passed).count();
    tile(out, "thresholds", passed + " / " + r.thresholds().size());
    tile(out, "wall time", Html.number(seconds) + " s");
    out.append("</div>");
  }

  private static void tile(StringBuilder out, String label, String value) {
    out.append("<div class=\"tile\"><b>").append(Html.text(value)).append("</b>").append(Html.text(label)).append("</div>");
  }

  private static void scenarios(StringBuilder out, List<ScenarioLine> scenarios) {
    out.append("<h2>Scenarios</h2><table id=\"scenarios\"><tr><th>scenario</th><th>executor</th></tr>");
    for (ScenarioLine s : scenarios) {
      row(out, Html.text(s.name()), Html.text(s.executor()));
    }
    out.append("</table>");
  }

  private static void thresholds(StringBuilder out, List<ThresholdResult> thresholds) {
    out.append("<h2>Thresholds</h2><table id=\"thresholds\"><tr><th>threshold</th><th>condition</th><th>measured</th>"
        + "<th>outcome</th><th>location</th></tr>");
    for (ThresholdResult t : thresholds) {
      row(out, Html.text(t.name()), Html.text(t.condition()), Html.text(t.measured()), mark(t.passed()),
          Html.text(t.location()));
    }
    out.append("</table>");
  }

  private static void checks(StringBuilder out, List<CheckResult> checks) {
    out.append("<h2>Checks</h2><table id=\"checks\"><tr><th>check</th><th>step</th><th>passes</th><th>fails</th>"
        + "<th>outcome</th><th>location</th></tr>");
    for (CheckResult c : checks) {
      row(out, Html.text(c.name()), Html.text(c.step()), Long.toString(c.passes()), Long.toString(c.fails()),
          mark(c.fails() == 0), Html.text(c.location()));
    }
    out.append("</table>");
  }

  private static void steps(StringBuilder out, Map<String, MetricValue> m) {
    out.append("<h2>Steps</h2><table id=\"steps\"><tr><th>step</th><th>count</th><th>failed</th><th>avg</th><th>med</th>"
        + "<th>p90</th><th>p95</th><th>p99</th><th>max</th></tr>");
    String suffix = "." + BuiltInMetrics.STEP_DURATION;
    for (MetricValue v : m.values()) {
      String name = v.name();
      if (name.startsWith("step.") && name.endsWith(suffix) && name.chars().filter(c -> c == '.').count() == 3) {
        String step = name.substring(0, name.length() - suffix.length());
        MetricValue failed = m.get(BuiltInMetrics.stepMetric(step, BuiltInMetrics.STEP_FAILED));
        row(out, Html.text(step), Html.number(v.get("count")), failed == null ? "0" : Html.number(failed.get("passes")),
            ms(v, "avg"), ms(v, "med"), ms(v, "p90"), ms(v, "p95"), ms(v, "p99"), ms(v, "max"));
      }
    }
    out.append("</table>");
  }

  /** A single run's steps, as each instance ended. */
  private static void stepResults(StringBuilder out, List<StepOutcome> steps) {
    out.append("<h2>Steps</h2><table id=\"step-results\"><tr><th>step</th><th>location</th><th>outcome</th>"
        + "<th>duration</th><th>message</th></tr>");
    for (StepOutcome s : steps) {
      String outcome = s.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      row(out, Html.text(s.address()), Html.text(s.location()),
          "<span class=\"" + (s.status() == StepOutcome.Status.OK ? "pass" : "fail") + "\">" + outcome + "</span>",
          Html.number(s.duration().toNanos() / 1e6) + " ms", Html.text(s.message()));
    }
    out.append("</table>");
  }

  private static void charts(StringBuilder out, RunReport r) {
    out.append("<h2>Over time</h2>");
    if (r.intervals().isEmpty()) {
      out.append("<p id=\"no-intervals\">This report has no interval data.</p>");
      return;
    }
    int n = r.intervals().size();
    double[] xs = new double[n];
    double[] rate = new double[n];
    double[] p50 = new double[n];
    double[] p95 = new double[n];
    double[] p99 = new double[n];
    double[] vus = new double[n];
    double[] failed = new double[n];
    for (int i = 0; i < n; i++) {
      RunReport.Interval in = r.intervals().get(i);
      xs[i] = in.end().toNanos() / 1e9;
      for (MetricValue v : in.metrics()) {
        switch (v.name()) {
          case BuiltInMetrics.ITERATIONS: rate[i] = v.get("rate"); break;
          case BuiltInMetrics.ITERATION_DURATION:
            p50[i] = v.get("med");
            p95[i] = v.get("p95");
            p99[i] = v.get("p99");
            break;
          case BuiltInMetrics.VUS: vus[i] = v.get("value"); break;
          case BuiltInMetrics.ITERATION_FAILED: failed[i] = v.get("passes"); break;
          default: break;
        }
      }
    }
    out.append("<div class=\"charts\">");
    out.append(SvgChart.lines("chart-rate", "iterations per second", "/s", xs, List.of(new SvgChart.Series("iterations/s", rate))));
    out.append(SvgChart.lines("chart-latency", "iteration duration percentiles", "ms", xs, List.of(
        new SvgChart.Series("p50", p50), new SvgChart.Series("p95", p95), new SvgChart.Series("p99", p99))));
    out.append(SvgChart.lines("chart-vus", "VUs", "VUs", xs, List.of(new SvgChart.Series("VUs", vus))));
    out.append(SvgChart.lines("chart-errors", "failed iterations", "", xs, List.of(new SvgChart.Series("failed", failed))));
    out.append("</div>");
  }

  /** Twenty equal buckets from the fastest to the slowest iteration. */
  private static void distribution(StringBuilder out, MetricValue trend) {
    out.append("<h2>Latency distribution</h2>");
    Histogram h = trend == null ? null : trend.histogram();
    if (h == null || h.getTotalCount() == 0) {
      out.append("<p id=\"no-distribution\">No iteration was measured.</p>");
      return;
    }
    int buckets = 20;
    long min = h.getMinValue();
    long width = Math.max(1, (h.getMaxValue() - min) / buckets + 1);
    String[] labels = new String[buckets];
    long[] counts = new long[buckets];
    for (int i = 0; i < buckets; i++) {
      long lo = min + i * width;
      counts[i] = h.getCountBetweenValues(lo, lo + width - 1);
      labels[i] = Html.number(lo / 1000.0) + "–" + Html.number((lo + width) / 1000.0) + " ms";
    }
    // Buckets of equal width can split one HdrHistogram bucket: count what fell between.
    long counted = 0;
    for (long c : counts) {
      counted += c;
    }
    counts[buckets - 1] += Math.max(0, h.getTotalCount() - counted);
    out.append(SvgChart.bars("chart-distribution", "iteration duration distribution", labels, counts));
  }

  private static void errors(StringBuilder out, List<LoadResult.ErrorCount> errors) {
    out.append("<h2>Failures</h2><table id=\"errors\"><tr><th>step</th><th>location</th><th>message</th><th>count</th></tr>");
    for (LoadResult.ErrorCount e : errors) {
      row(out, Html.text(e.address()), Html.text(e.location()), Html.text(e.message()), Long.toString(e.count()));
    }
    out.append("</table>");
  }

  private static void diagnostics(StringBuilder out, List<ReportDiagnostic> diagnostics) {
    out.append("<h2>Why the run did not start</h2><table id=\"diagnostics\"><tr><th>location</th><th>severity</th>"
        + "<th>problem</th><th>how to fix it</th><th>code</th></tr>");
    for (ReportDiagnostic d : diagnostics) {
      row(out, Html.text(d.location()), "<span class=\"" + (d.isError() ? "fail" : "pass") + "\">" + Html.text(d.severity())
          + "</span>", Html.text(d.summary()), Html.text(d.detail()), Html.text(d.code()));
    }
    out.append("</table>");
  }

  private static void row(StringBuilder out, String... cells) {
    out.append("<tr>");
    for (String c : cells) {
      out.append("<td>").append(c).append("</td>");
    }
    out.append("</tr>");
  }

  private static String mark(boolean passed) {
    return passed ? "<span class=\"pass\">✓ passed</span>" : "<span class=\"fail\">✗ failed</span>";
  }

  private static String ms(MetricValue v, String field) {
    return Html.number(v.get(field)) + " ms";
  }

  private static double get(Map<String, MetricValue> m, String name, String field) {
    MetricValue v = m.get(name);
    return v == null ? 0 : v.get(field);
  }
}
