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

  private final Map<String, Integer> exitCodes = new TreeMap<>();

  void record(String grid, int exitCode) {
    exitCodes.put(grid, exitCode);
  }

  /** Grid name → what went wrong, for every grid that did not succeed. */
  Map<String, String> failures() {
    Map<String, String> out = new LinkedHashMap<>();
    exitCodes.forEach((grid, code) -> {
      if (code != 0) {
        out.put(grid, meaning(code));
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
    exitCodes.forEach((grid, code) -> p.setProperty(grid, Integer.toString(code)));
    Files.createDirectories(dir);
    try (Writer w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
      p.store(w, "bggo:run: exit code of each grid");
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
    for (String grid : p.stringPropertyNames()) {
      try {
        summary.record(grid, Integer.parseInt(p.getProperty(grid).strip()));
      } catch (NumberFormatException e) {
        summary.record(grid, -1);
      }
    }
    return summary;
  }
}
