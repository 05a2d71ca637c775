package dev.burstgrid.maven;

import java.util.ArrayList;
import java.util.List;

/** How a grid's benchmark ended, and why in bench's own words: the rows that regressed, the step that failed. */
record BenchOutcome(int exitCode, String reason) {
  /** Exit code of {@code bggoc bench} for a row worse than the baseline. */
  static final int REGRESSION = 99;

  /** Reads bench's output for the lines that explain a failure. */
  static final class Lines {
    private final List<String> regressions = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    void accept(String line) {
      String s = line.strip();
      if (s.endsWith(" REGRESSION")) {
        regressions.add(s.substring(0, s.length() - " REGRESSION".length()));
      } else if (s.startsWith("step failed: ") || s.startsWith("bggoc: ")) {
        problems.add(s.startsWith("bggoc: ") ? s.substring("bggoc: ".length()) : s);
      }
    }

    BenchOutcome outcome(int exitCode) {
      if (exitCode == 0) {
        return new BenchOutcome(0, "");
      }
      if (exitCode == REGRESSION && !regressions.isEmpty()) {
        return new BenchOutcome(exitCode, "regressed against the baseline: " + String.join("; ", regressions));
      }
      String why = problems.isEmpty() ? "bggoc bench exited with " + exitCode : String.join("; ", problems);
      return new BenchOutcome(exitCode, why);
    }
  }
}
