package dev.burstgrid.maven;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The outcome of each grid {@code bggo:run} ran, written to {@code target/bggo/summary.properties}
 * so that {@code bggo:verify} can fail the build later (after {@code post-integration-test} has
 * stopped what the grids ran against).
 */
final class RunSummary {
  static final String FILE = "summary.properties";

  private static final String EXIT = "exit.";
  private static final String REASON = "reason.";

  private final Map<String, Integer> exitCodes = new TreeMap<>();
  private final Map<String, String> reasons = new TreeMap<>();

  /** @param reason what the run said went wrong (failed thresholds, checks, step errors); empty when nothing */
  void record(String grid, int exitCode, String reason) {
    exitCodes.put(grid, exitCode);
    if (!reason.isEmpty()) {
      reasons.put(grid, reason);
    }
  }

  /** Grid name → what went wrong ({@code a threshold failed (exit 99): threshold fast failed: …}), for every grid that did not succeed. */
  Map<String, String> failures() {
    Map<String, String> out = new LinkedHashMap<>();
    exitCodes.forEach((grid, code) -> {
      if (code != 0) {
        String reason = reasons.get(grid);
        out.put(grid, meaning(code) + (reason == null || reason.equals(meaning(code)) ? "" : ": " + reason));
      }
    });
    return out;
  }

  List<String> grids() {
    return new ArrayList<>(exitCodes.keySet());
  }

  /** What a grid's exit code says, as bggoc documents them. */
  static String meaning(int code) {
    return switch (code) {
      case 0 -> "succeeded";
      case 1 -> "a step failed (exit 1)";
      case 2 -> "bad arguments or variable values (exit 2)";
      case 99 -> "a threshold failed (exit 99)";
      case 130 -> "interrupted (exit 130)";
      case ForkedGridRun.TIMED_OUT -> "did not finish within bggo.timeout";
      default -> "exited with " + code;
    };
  }

  void write(Path dir) throws IOException {
    Properties p = new Properties();
    exitCodes.forEach((grid, code) -> p.setProperty(EXIT + grid, Integer.toString(code)));
    reasons.forEach((grid, reason) -> p.setProperty(REASON + grid, reason));
    Files.createDirectories(dir);
    try (Writer w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
      p.store(w, "bggo:run: exit code of each grid, and what went wrong");
    }
  }

  /** The summary in {@code dir}, or null when no run wrote one. */
  static RunSummary read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    RunSummary summary = new RunSummary();
    for (String key : p.stringPropertyNames()) {
      if (!key.startsWith(EXIT)) {
        continue;
      }
      String grid = key.substring(EXIT.length());
      String reason = p.getProperty(REASON + grid, "");
      try {
        summary.record(grid, Integer.parseInt(p.getProperty(key).strip()), reason);
      } catch (NumberFormatException e) {
        summary.record(grid, -1, reason);
      }
    }
    return summary;
  }
}
