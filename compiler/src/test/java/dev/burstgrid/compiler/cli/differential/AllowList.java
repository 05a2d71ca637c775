package dev.burstgrid.compiler.cli.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Disagreements a test tolerates, each with its reason, keyed by probe origin ({@code err-009},
 * {@code err-009@lifted}). {@link #check} fails on a disagreement that is not listed and on a
 * listed origin that now agrees, so the list only ever names real, current gaps.
 */
public final class AllowList {
  private final Map<String, String> reasons = new LinkedHashMap<>();

  public AllowList allow(String reason, String... origins) {
    for (String o : origins) {
      reasons.put(o, reason);
    }
    return this;
  }

  /** The reason {@code p} may disagree, or null. */
  public String reasonFor(Probe p) {
    return reasons.get(p.origin());
  }

  /**
   * A report of the tolerated disagreements, and the problems: disagreements not listed, and
   * listed origins among {@code tested} that agreed everywhere.
   */
  public Outcome check(List<Disagreement> found, List<Probe> tested) {
    StringBuilder report = new StringBuilder();
    List<String> problems = new ArrayList<>();
    Set<String> stillDisagree = new TreeSet<>();
    for (Disagreement d : found) {
      String reason = reasonFor(d.probe());
      if (reason == null) {
        problems.add("disagreement: " + d.describe());
      } else {
        stillDisagree.add(d.probe().origin());
        report.append("  allowed (").append(reason).append("): ").append(d.describe()).append('\n');
      }
    }
    for (Probe p : tested) {
      if (reasonFor(p) != null && !stillDisagree.contains(p.origin())) {
        problems.add("listed as a known disagreement (" + reasonFor(p) + ") but now agrees: " + p.origin()
            + "; delete it from the list");
      }
    }
    return new Outcome(report.toString(), problems);
  }

  /** What {@link #check} found. */
  public record Outcome(String report, List<String> problems) {}
}
