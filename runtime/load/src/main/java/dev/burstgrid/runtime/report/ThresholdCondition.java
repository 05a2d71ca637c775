package dev.burstgrid.runtime.report;

import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A threshold condition read back from its source text, for {@code report merge}: the
 * simple form k6 users write, comparisons of {@code metric.NAME.FIELD} with a number, joined
 * by {@code &&} and {@code ||} (no parentheses, {@code &&} binds tighter). Anything else —
 * functions, arithmetic, two metrics compared — is not re-evaluated: the merge then keeps
 * the inputs' outcome (failed if any input failed) and says so in {@code measured}.
 */
final class ThresholdCondition {

  private static final Pattern COMPARISON = Pattern.compile(
      "\\s*metric\\.([A-Za-z0-9_.\\-]+)\\.([a-z0-9]+)\\s*(<=|>=|==|!=|<|>)\\s*(-?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\\s*");

  private record Comparison(String metric, String field, String op, double limit) {
    boolean holds(double v) {
      switch (op) {
        case "<": return v < limit;
        case "<=": return v <= limit;
        case ">": return v > limit;
        case ">=": return v >= limit;
        case "==": return v == limit;
        default: return v != limit;
      }
    }
  }

  /** Alternatives ({@code ||}) of conjunctions ({@code &&}). */
  private final List<List<Comparison>> anyOf;

  private ThresholdCondition(List<List<Comparison>> anyOf) {
    this.anyOf = anyOf;
  }

  static Optional<ThresholdCondition> parse(String condition) {
    List<List<Comparison>> anyOf = new ArrayList<>();
    for (String alternative : condition.split("\\|\\|", -1)) {
      List<Comparison> allOf = new ArrayList<>();
      for (String part : alternative.split("&&", -1)) {
        Matcher m = COMPARISON.matcher(part);
        if (!m.matches()) {
          return Optional.empty();
        }
        allOf.add(new Comparison(m.group(1), m.group(2), m.group(3), Double.parseDouble(m.group(4))));
      }
      anyOf.add(allOf);
    }
    return Optional.of(new ThresholdCondition(anyOf));
  }

  /** The outcome over {@code metrics}; a metric nothing recorded reads as 0, as in a run. */
  ThresholdResult evaluate(ThresholdResult original, MetricsSnapshot metrics) {
    boolean passed = false;
    List<String> measured = new ArrayList<>();
    for (List<Comparison> allOf : anyOf) {
      boolean all = true;
      for (Comparison c : allOf) {
        double v = metrics.valueOrZero(c.metric(), c.field());
        measured.add(ThresholdResult.measure(c.metric(), c.field(), v));
        all &= c.holds(v);
      }
      passed |= all;
    }
    return new ThresholdResult(original.name(), original.condition(), passed, String.join(", ", measured),
        original.abortOnFail(), original.location());
  }
}
