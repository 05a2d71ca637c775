package dev.burstgrid.compiler.cli.bench;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One row of a JMH JSON result: benchmark, mode and parameters identify it; score ± error in its unit. */
record JmhRow(String benchmark, String mode, Map<String, String> params, double score, double error, String unit) {

  /** What matches a row of an earlier run. */
  String key() {
    return benchmark + " " + mode + (params.isEmpty() ? "" : " " + params);
  }

  /** Whether a higher score is better (throughput); else it is a time per operation. */
  boolean higherIsBetter() {
    return mode.equals("thrpt");
  }

  /** Reads a JMH {@code -rf json} file; a file that is not one is an IllegalArgumentException. */
  static List<JmhRow> read(Path file) throws IOException {
    Value root;
    try {
      root = Json.decode(Files.readString(file, StandardCharsets.UTF_8));
    } catch (Json.JsonException e) {
      throw new IllegalArgumentException(file + " is not JSON: " + e.getMessage());
    }
    if (!(root instanceof Value.TupleValue rows)) {
      throw new IllegalArgumentException(file + " is not a JMH JSON result (an array of benchmark rows).");
    }
    List<JmhRow> out = new ArrayList<>();
    for (Value row : rows.elements()) {
      Map<String, Value> r = attributes(row, file);
      Map<String, Value> metric = attributes(r.get("primaryMetric"), file);
      Map<String, String> params = new TreeMap<>();
      if (r.get("params") instanceof Value.ObjectValue p) {
        p.attributes().forEach((k, v) -> params.put(k, text(v)));
      }
      out.add(new JmhRow(text(r.get("benchmark")), text(r.get("mode")), params, number(metric.get("score")),
          number(metric.get("scoreError")), text(metric.get("scoreUnit"))));
    }
    return out;
  }

  private static Map<String, Value> attributes(Value v, Path file) {
    if (v instanceof Value.ObjectValue o) {
      return o.attributes();
    }
    throw new IllegalArgumentException(file + " is not a JMH JSON result: a row or its primaryMetric is not an object.");
  }

  private static String text(Value v) {
    if (v instanceof Value.Str s) {
      return s.value();
    }
    return v instanceof Value.Num n ? n.value().toPlainString() : String.valueOf(v);
  }

  /** JMH writes "NaN" for an error it cannot compute (one measurement). */
  private static double number(Value v) {
    return v instanceof Value.Num n ? n.value().doubleValue() : Double.NaN;
  }
}
