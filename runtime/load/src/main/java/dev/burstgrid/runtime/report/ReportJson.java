package dev.burstgrid.runtime.report;

import dev.burstgrid.runtime.StepOutcome;
import dev.burstgrid.runtime.load.LoadResult;
import dev.burstgrid.runtime.load.ScenarioLine;
import dev.burstgrid.runtime.metrics.CheckResult;
import dev.burstgrid.runtime.metrics.MetricValue;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import dev.burstgrid.runtime.spi.MetricKind;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The {@code --report-json} format, written and read back. Times are milliseconds, instants
 * ISO-8601 UTC; the layout (README, "Reports"):
 *
 * <pre>
 * { "schema_version": 2, "grid", "start", "end", "elapsed_ms", "interrupted", "aborted", "exit_code",
 *   "status":     "ran|not_started",
 *   "scenarios":  [{ "name", "executor", "start_time_ms", "max_vus" }],
 *   "metrics":    [{ "name", "kind": "trend|counter|rate|gauge", "fields": {…}, "histogram": base64 (trends) }],
 *   "interval_ms", "intervals": [{ "end_ms", "metrics": [ same as metrics ] }],
 *   "checks":     [{ "step", "name", "location", "passes", "fails" }],
 *   "thresholds": [{ "name", "location", "condition", "passed", "measured", "abort_on_fail" }],
 *   "errors":     [{ "step", "location", "message", "count" }],
 *   "steps":      [{ "step", "location", "status": "ok|failed|cancelled|skipped|skipped_by_condition",
 *                    "duration_ms", "message" }],          (a single run's; empty under load)
 *   "diagnostics": [{ "severity": "error|warning", "code", "summary", "detail", "location" }] }
 *                                                    (why a not_started run could not start)
 * </pre>
 *
 * Version 1 had neither {@code status} nor {@code diagnostics}; it is read as a run that started.
 */
public final class ReportJson {

  private ReportJson() {}

  public static String write(RunReport r) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("schema_version", RunReport.SCHEMA_VERSION);
    doc.put("grid", r.grid());
    doc.put("start", r.start().toString());
    doc.put("end", r.end().toString());
    doc.put("elapsed_ms", millis(r.elapsed()));
    doc.put("interrupted", r.interrupted());
    doc.put("aborted", r.aborted());
    doc.put("exit_code", r.exitCode());
    doc.put("status", r.started() ? "ran" : "not_started");
    doc.put("scenarios", map(r.scenarios(), ReportJson::scenario));
    doc.put("metrics", map(r.metrics(), ReportJson::metric));
    doc.put("interval_ms", millis(r.interval()));
    doc.put("intervals", map(r.intervals(), ReportJson::interval));
    doc.put("checks", map(r.checks(), ReportJson::check));
    doc.put("thresholds", map(r.thresholds(), ReportJson::threshold));
    doc.put("errors", map(r.errors(), ReportJson::error));
    doc.put("steps", map(r.steps(), ReportJson::step));
    doc.put("diagnostics", map(r.diagnostics(), ReportJson::diagnostic));
    return JsonText.write(doc);
  }

  /** Reads a report, checking every field's presence and type. */
  public static RunReport read(String json) {
    JsonObject doc = new JsonObject(JsonParser.parse(json), "");
    long version = doc.whole("schema_version");
    if (version != 1 && version != RunReport.SCHEMA_VERSION) {
      throw new ReportFormatException("schema_version " + version + " is not supported; this bggo reads versions 1 to "
          + RunReport.SCHEMA_VERSION);
    }
    List<ScenarioLine> scenarios = new ArrayList<>();
    for (JsonObject s : doc.objects("scenarios")) {
      scenarios.add(new ScenarioLine(s.string("name"), s.string("executor"), duration(s, "start_time_ms"),
          (int) s.whole("max_vus")));
    }
    List<RunReport.Interval> intervals = new ArrayList<>();
    for (JsonObject i : doc.objects("intervals")) {
      intervals.add(new RunReport.Interval(duration(i, "end_ms"), metrics(i)));
    }
    List<CheckResult> checks = new ArrayList<>();
    for (JsonObject c : doc.objects("checks")) {
      checks.add(new CheckResult(c.string("step"), c.string("name"), c.whole("passes"), c.whole("fails"),
          optionalString(c, "location")));
    }
    List<ThresholdResult> thresholds = new ArrayList<>();
    for (JsonObject t : doc.objects("thresholds")) {
      thresholds.add(new ThresholdResult(t.string("name"), t.string("condition"), t.bool("passed"), t.string("measured"),
          t.bool("abort_on_fail"), optionalString(t, "location")));
    }
    List<LoadResult.ErrorCount> errors = new ArrayList<>();
    for (JsonObject e : doc.objects("errors")) {
      errors.add(new LoadResult.ErrorCount(e.string("step"), e.string("location"), e.string("message"), e.whole("count")));
    }
    List<StepOutcome> steps = new ArrayList<>();
    for (JsonObject s : doc.has("steps") ? doc.objects("steps") : List.<JsonObject>of()) {
      steps.add(new StepOutcome(s.string("step"), s.string("location"), status(s), duration(s, "duration_ms"),
          s.string("message")));
    }
    List<ReportDiagnostic> diagnostics = new ArrayList<>();
    for (JsonObject d : version == 1 ? List.<JsonObject>of() : doc.objects("diagnostics")) {
      diagnostics.add(new ReportDiagnostic(oneOf(d, "severity", "error", "warning"), d.string("code"),
          d.string("summary"), d.string("detail"), d.string("location")));
    }
    boolean started = version == 1 || oneOf(doc, "status", "ran", "not_started").equals("ran");
    return new RunReport(doc.string("grid"), instant(doc, "start"), instant(doc, "end"), duration(doc, "elapsed_ms"),
        doc.bool("interrupted"), doc.bool("aborted"), (int) doc.whole("exit_code"), started, scenarios, metrics(doc),
        duration(doc, "interval_ms"), intervals, checks, thresholds, errors, steps, diagnostics);
  }

  // ---- writing ----

  private static Map<String, Object> scenario(ScenarioLine s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    m.put("executor", s.executor());
    m.put("start_time_ms", millis(s.startTime()));
    m.put("max_vus", s.maxVus());
    return m;
  }

  private static Map<String, Object> metric(MetricValue v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", v.name());
    m.put("kind", v.kind().name().toLowerCase(Locale.ROOT));
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String f : v.kind().fields()) {
      fields.put(f, v.get(f));
    }
    new TreeMap<>(v.fields()).forEach(fields::putIfAbsent);
    m.put("fields", fields);
    if (v.histogram() != null) {
      m.put("histogram", HistogramCodec.encode(v.histogram()));
    }
    return m;
  }

  private static Map<String, Object> interval(RunReport.Interval i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("end_ms", millis(i.end()));
    m.put("metrics", map(i.metrics(), ReportJson::metric));
    return m;
  }

  private static Map<String, Object> check(CheckResult c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("step", c.step());
    m.put("name", c.name());
    m.put("location", c.location());
    m.put("passes", c.passes());
    m.put("fails", c.fails());
    return m;
  }

  private static Map<String, Object> threshold(ThresholdResult t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", t.name());
    m.put("location", t.location());
    m.put("condition", t.condition());
    m.put("passed", t.passed());
    m.put("measured", t.measured());
    m.put("abort_on_fail", t.abortOnFail());
    return m;
  }

  private static Map<String, Object> error(LoadResult.ErrorCount e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("step", e.address());
    m.put("location", e.location());
    m.put("message", e.message());
    m.put("count", e.count());
    return m;
  }

  private static Map<String, Object> step(StepOutcome s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("step", s.address());
    m.put("location", s.location());
    m.put("status", s.status().name().toLowerCase(Locale.ROOT));
    m.put("duration_ms", millis(s.duration()));
    m.put("message", s.message());
    return m;
  }

  private static Map<String, Object> diagnostic(ReportDiagnostic d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("severity", d.severity());
    m.put("code", d.code());
    m.put("summary", d.summary());
    m.put("detail", d.detail());
    m.put("location", d.location());
    return m;
  }

  private static <T> List<Object> map(List<T> items, java.util.function.Function<T, Object> f) {
    List<Object> out = new ArrayList<>();
    items.forEach(i -> out.add(f.apply(i)));
    return out;
  }

  private static double millis(Duration d) {
    return d.toNanos() / 1e6;
  }

  // ---- reading ----

  private static List<MetricValue> metrics(JsonObject owner) {
    List<MetricValue> out = new ArrayList<>();
    for (JsonObject m : owner.objects("metrics")) {
      MetricKind kind = kind(m);
      Map<String, Double> fields = new LinkedHashMap<>();
      JsonObject f = m.object("fields");
      for (Object name : f.members().keySet()) {
        fields.put((String) name, f.number((String) name));
      }
      for (String required : kind.fields()) {
        if (!fields.containsKey(required)) {
          throw new ReportFormatException(f.where(required) + ": missing (a " + m.string("kind") + " has it)");
        }
      }
      Histogram h = m.has("histogram") ? HistogramCodec.decode(m.string("histogram"), m.where("histogram")) : null;
      if (kind == MetricKind.TREND && h == null) {
        throw new ReportFormatException(m.where("histogram") + ": missing (every trend carries its histogram)");
      }
      out.add(new MetricValue(m.string("name"), kind, fields, h));
    }
    return out;
  }

  private static StepOutcome.Status status(JsonObject s) {
    String status = s.string("status");
    try {
      return StepOutcome.Status.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ReportFormatException(
          s.where("status") + ": " + status + " is not one of ok, failed, cancelled, skipped, skipped_by_condition");
    }
  }

  /** A string field whose value must be one of {@code allowed}. */
  private static String oneOf(JsonObject o, String name, String... allowed) {
    String value = o.string(name);
    if (!List.of(allowed).contains(value)) {
      throw new ReportFormatException(o.where(name) + ": " + value + " is not one of " + String.join(", ", allowed));
    }
    return value;
  }

  private static MetricKind kind(JsonObject m) {
    String kind = m.string("kind");
    try {
      return MetricKind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ReportFormatException(m.where("kind") + ": " + kind + " is not one of trend, counter, rate, gauge");
    }
  }

  private static Duration duration(JsonObject o, String name) {
    double ms = o.number(name);
    if (ms < 0) {
      throw new ReportFormatException(o.where(name) + ": must not be negative");
    }
    return Duration.ofNanos(Math.round(ms * 1e6));
  }

  /** A string field that older reports of the same version lack: empty then. */
  private static String optionalString(JsonObject o, String name) {
    return o.has(name) ? o.string(name) : "";
  }

  private static Instant instant(JsonObject o, String name) {
    try {
      return Instant.parse(o.string(name));
    } catch (DateTimeParseException e) {
      throw new ReportFormatException(o.where(name) + ": not an ISO-8601 instant");
    }
  }
}
