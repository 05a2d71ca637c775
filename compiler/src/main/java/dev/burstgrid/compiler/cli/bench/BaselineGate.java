package dev.burstgrid.compiler.cli.bench;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares each row of a run with the same row of an earlier JMH JSON. A row regressed when it is
 * worse than the baseline beyond both the two error bars (their intervals do not overlap) and
 * the allowed regression.
 */
final class BaselineGate {
  private BaselineGate() {}

  /** Prints one line per row; returns whether any row regressed. */
  static boolean regressed(List<JmhRow> baseline, List<JmhRow> current, double maxRegression, PrintWriter out) {
    Map<String, JmhRow> before = new HashMap<>();
    baseline.forEach(r -> before.put(r.key(), r));
    boolean any = false;
    out.printf(Locale.ROOT, "%nBaseline comparison (allowed regression %.1f%%):%n", maxRegression * 100);
    for (JmhRow now : current) {
      JmhRow old = before.get(now.key());
      if (old == null) {
        out.println("  " + now.key() + ": not in the baseline");
        continue;
      }
      boolean worse = isRegression(old, now, maxRegression);
      any |= worse;
      out.printf(Locale.ROOT, "  %s: %s -> %s, ratio %s %s%n", now.key(), scored(old), scored(now), ratio(old, now),
          worse ? "REGRESSION" : "ok");
    }
    return any;
  }

  static boolean isRegression(JmhRow old, JmhRow now, double maxRegression) {
    double oldError = Double.isNaN(old.error()) ? 0 : old.error();
    double nowError = Double.isNaN(now.error()) ? 0 : now.error();
    if (now.higherIsBetter()) {
      return now.score() + nowError < old.score() - oldError && now.score() < old.score() * (1 - maxRegression);
    }
    return now.score() - nowError > old.score() + oldError && now.score() > old.score() * (1 + maxRegression);
  }

  /** new / old with the interval the two error bars allow. */
  private static String ratio(JmhRow old, JmhRow now) {
    double oldError = Double.isNaN(old.error()) ? 0 : old.error();
    double nowError = Double.isNaN(now.error()) ? 0 : now.error();
    double low = (now.score() - nowError) / (old.score() + oldError);
    double high = old.score() - oldError > 0 ? (now.score() + nowError) / (old.score() - oldError) : Double.POSITIVE_INFINITY;
    return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", now.score() / old.score(), low, high);
  }

  private static String scored(JmhRow r) {
    return String.format(Locale.ROOT, "%.3f ± %.3f %s", r.score(), Double.isNaN(r.error()) ? 0 : r.error(), r.unit());
  }

  /** {@code 10%} or {@code 0.1} → 0.1. */
  static double parseRegression(String text) {
    String s = text.strip();
    try {
      double v = s.endsWith("%") ? Double.parseDouble(s.substring(0, s.length() - 1)) / 100 : Double.parseDouble(s);
      if (v < 0 || Double.isNaN(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--max-regression takes a percentage such as 10% (or 0.1), not \"" + text + "\".");
    }
  }
}
