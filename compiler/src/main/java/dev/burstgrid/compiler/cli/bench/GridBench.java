package dev.burstgrid.compiler.cli.bench;

import dev.burstgrid.compiler.codegen.GridJar;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bggoc bench} after the grid compiled: benchmark class → jar → JMH → baseline gate.
 * Exit codes: 0, 1 a step failed (or JMH did), 99 a regression against the baseline.
 */
public final class GridBench {
  /** Exit code of a regression, as a failed threshold. */
  public static final int REGRESSION = 99;

  private GridBench() {}

  /** What the compiled grid gives the benchmark. */
  public record Grid(String name, Class<?> gridClass, Map<String, byte[]> classFiles, Map<String, Value> variables,
      List<Path> classPath) {}

  /** {@code --baseline FILE} and {@code --max-regression}; null file when there is no gate. */
  public record Baseline(Path file, double maxRegression) {
    public static Baseline of(Path file, String maxRegression) {
      return new Baseline(file, BaselineGate.parseRegression(maxRegression));
    }
  }

  /** Runs the benchmark; problems of the user's are IllegalArgumentExceptions, bggoc bugs IllegalStateExceptions. */
  public static int run(Grid grid, JmhOptions jmh, Baseline baseline, PrintWriter out, PrintWriter err)
      throws IOException {
    Map<String, List<String>> params = jmh.parsedParams();
    List<JmhRow> before = baseline.file() == null ? null : JmhRow.read(baseline.file());
    if (before != null && !jmh.resultIsJson()) {
      throw new IllegalArgumentException("--baseline compares JSON results; drop -rf or give -rf json.");
    }
    Path work = Files.createTempDirectory("bggoc-bench-");
    try {
      String benchClass = benchClass(grid);
      Path jar = benchmarkJar(work, grid, params);
      String temporary = work.resolve("result.json").toString();
      String result = jmh.resultFile(temporary);
      out.println("# bggoc bench " + grid.name() + ": one iteration of the grid per operation");
      out.println("# Defaults for I/O scenarios: " + JmhOptions.DEFAULTS + "; JMH's options override them.");
      out.flush();
      List<Path> classPath = Stream.concat(Stream.of(jar), grid.classPath().stream()).toList();
      JmhProcess.Outcome outcome =
          JmhProcess.run(classPath, jmh.jmhArguments("^" + benchClass.replace(".", "\\.") + "\\.", result,
              BenchmarkSource.profilerName(benchClass)),
          "Benchmark result is saved to " + temporary, out);
      if (outcome.stepFailure() != null) {
        err.println("bggoc: the benchmark failed: " + outcome.stepFailure());
        return 1;
      }
      if (outcome.exitCode() != 0) {
        err.println("bggoc: JMH ended with exit code " + outcome.exitCode() + " (its output is above).");
        return outcome.exitCode() == 130 ? 130 : 1;
      }
      if (before == null) {
        return 0;
      }
      return BaselineGate.regressed(before, JmhRow.read(Path.of(result)), baseline.maxRegression(), out)
          ? REGRESSION : 0;
    } finally {
      deleteTree(work);
    }
  }

  /**
   * Writes a runnable JMH jar ({@code java -jar bench.jar} takes every JMH option): the grid, its
   * benchmark, the runtime, the modules and JMH, with JMH's Main as its main class.
   */
  public static void writeRunnableJar(Grid grid, Map<String, List<String>> params, Path output) throws IOException {
    Path work = Files.createTempDirectory("bggoc-bench-");
    try {
      List<Path> classPath = Stream.concat(Stream.of(benchmarkJar(work, grid, params)), grid.classPath().stream()).toList();
      GridJar.write(output, "org.openjdk.jmh.Main", Map.of(), classPath);
    } finally {
      deleteTree(work);
    }
  }

  private static String benchClass(Grid grid) {
    return grid.gridClass().getName() + "Bench";
  }

  private static Path benchmarkJar(Path work, Grid grid, Map<String, List<String>> params) throws IOException {
    String source = BenchmarkSource.of(grid.gridClass().getName(), benchClass(grid),
        Json.encode(Value.ObjectValue.of(grid.variables())), params);
    try {
      return BenchmarkJar.write(work, grid.classFiles(), benchClass(grid), source, grid.classPath());
    } catch (BenchmarkJar.Rejected e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A temporary directory: the system cleans it eventually.
    }
  }
}
