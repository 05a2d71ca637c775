package dev.burstgrid.lang.load;

import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.runtime.metrics.MetricValue;
import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import dev.burstgrid.runtime.load.Thresholds;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code metric} root of a {@code threshold} condition: the snapshot's metrics as nested HCL
 * objects, {@code metric.step.http_request.login.duration.p95} reading the field {@code p95} of
 * the metric {@code step.http_request.login.duration}.
 */
public final class MetricValues {
  private MetricValues() {}

  /**
   * Every metric of the snapshot, nested by the dots of its name; a metric with no data reads as
   * 0. {@code reads} ({@code name, field} pairs: what the thresholds read) are there even when
   * nothing recorded them, as 0: a step that never ran, or a run stopped before its start.
   */
  public static Value of(MetricsSnapshot snapshot, String... reads) {
    Map<String, Object> root = new TreeMap<>();
    for (int i = 0; i + 1 < reads.length; i += 2) {
      if (snapshot.get(reads[i]).isEmpty()) {
        fieldsOf(root, reads[i]).put(reads[i + 1], Value.number(java.math.BigDecimal.ZERO));
      }
    }
    for (String name : snapshot.names()) {
      MetricValue m = snapshot.get(name).orElseThrow();
      Map<String, Object> fields = fieldsOf(root, name);
      for (String field : m.kind().fields()) {
        fields.put(field, Value.number(java.math.BigDecimal.valueOf(snapshot.valueOrZero(name, field))));
      }
    }
    return toValue(root);
  }

  /** The object of metric {@code name} under {@code root}, nested by the dots of the name. */
  private static Map<String, Object> fieldsOf(Map<String, Object> root, String name) {
    Map<String, Object> at = root;
    for (String part : name.split("\\.")) {
      at = child(at, part);
    }
    return at;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> parent, String name) {
    Object existing = parent.get(name);
    if (existing instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    Map<String, Object> created = new TreeMap<>();
    parent.put(name, created);
    return created;
  }

  @SuppressWarnings("unchecked")
  private static Value toValue(Map<String, Object> map) {
    Map<String, Value> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? toValue((Map<String, Object>) m) : (Value) v));
    return Value.ObjectValue.of(out);
  }

  /** A threshold condition as generated code computes it; it may fail. */
  @FunctionalInterface
  public interface Condition {
    Value get() throws Exception;
  }

  /**
   * One threshold's outcome. {@code reads} are the metric and field names the condition reads, in
   * pairs, for the measured values the summary shows. A condition that cannot be computed fails.
   */
  public static ThresholdResult result(String name, String condition, boolean abortOnFail, MetricsSnapshot snapshot,
      Condition passed, String... reads) {
    return result(name, "", condition, abortOnFail, snapshot, passed, reads);
  }

  /** As {@link #result(String, String, boolean, MetricsSnapshot, Condition, String...)}, with the block's file:line:col. */
  public static ThresholdResult result(String name, String location, String condition, boolean abortOnFail,
      MetricsSnapshot snapshot, Condition passed, String... reads) {
    StringBuilder measured = new StringBuilder();
    for (int i = 0; i + 1 < reads.length; i += 2) {
      measured.append(i == 0 ? "" : ", ")
          .append(ThresholdResult.measure(reads[i], reads[i + 1], snapshot.valueOrZero(reads[i], reads[i + 1])));
    }
    boolean ok;
    try {
      Value v = Convert.to(passed.get(), Type.BOOL);
      ok = !v.isNull() && ((Value.Bool) v).value();
    } catch (Exception e) {
      ok = false;
      measured.append(measured.length() == 0 ? "" : ", ").append("error: ").append(e.getMessage());
    }
    return new ThresholdResult(name, condition, ok, measured.toString(), abortOnFail, location);
  }

  /** The grid's thresholds for the load engine. */
  public static Thresholds thresholds(boolean abortsOnFail,
      java.util.function.Function<MetricsSnapshot, java.util.List<ThresholdResult>> evaluate) {
    return new Thresholds() {
      @Override
      public java.util.List<ThresholdResult> evaluate(MetricsSnapshot snapshot) {
        return evaluate.apply(snapshot);
      }

      @Override
      public boolean abortsOnFail() {
        return abortsOnFail;
      }
    };
  }
}
