package dev.burstgrid.maven;

import dev.burstgrid.compiler.cli.EmbeddedCompiler;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Benchmarks one iteration of each grid with JMH, as {@code bggoc bench} does (the same code:
 * benchmark class, JMH's annotation processor, JMH's own {@code Main} in a forked JVM), with the
 * project's runners from its test class path. JMH's table goes to the build log, its JSON result
 * to {@code target/bggo/bench/<grid>.json}. With {@code bggo.bench.baseline}, a row that is worse
 * than the baseline beyond both error bars and {@code bggo.bench.maxRegression} fails the build,
 * named. Bound to no phase: run {@code mvn test-compile bggo:bench}, or bind it in a profile.
 */
@Mojo(name = "bench", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class BenchMojo extends AbstractGridRunMojo {
  /**
   * JMH's options, separated by spaces, as {@code bggoc bench} takes them: {@code -wi -i -w -r -f
   * -t -bm -tu -prof}, and {@code -p NAME=V1,V2} for one row per value of a grid variable. The
   * defaults suit I/O: 3 x 5s warm-up, 5 x 5s measurement, 1 fork, {@code -bm sample}, {@code -tu ms}.
   */
  @Parameter(property = "bggo.bench.jmhArgs")
  String jmhArgs;

  /**
   * A JMH JSON result of an earlier run to compare every row with: a file, or a directory holding
   * {@code <grid>.json} for each grid (such as an earlier {@code target/bggo/bench}).
   */
  @Parameter(property = "bggo.bench.baseline")
  File baseline;

  /** How much worse than the baseline a score may be, beyond both error bars: {@code 10%} or {@code 0.1}. */
  @Parameter(property = "bggo.bench.maxRegression", defaultValue = "10%")
  String maxRegression;

  @Override
  void execute(List<GridDirectory.Grid> selected) throws GridBuildException, MojoExecutionException {
    Map<String, String> given = givenVariables();
    Path results = reportsDirectory.toPath().resolve("bench");
    Map<String, String> failures = new LinkedHashMap<>();
    try (URLClassLoader modules = ProjectModules.loader(testClassPath())) {
      Map<GridDirectory.Grid, EmbeddedCompiler.Checked> checked = checkAll(selected, modules, given);
      Files.createDirectories(results);
      for (Map.Entry<GridDirectory.Grid, EmbeddedCompiler.Checked> e : checked.entrySet()) {
        GridDirectory.Grid grid = e.getKey();
        Path result = results.resolve(grid.name() + ".json");
        getLog().info("bggo: benchmarking grid " + grid.name() + " (" + grid.path() + ")");
        BenchOutcome outcome = bench(grid, options(e.getValue(), given, grid, result), modules);
        if (outcome.exitCode() == 0) {
          getLog().info("bggo: grid " + grid.name() + " benchmarked; JMH's result is in " + result);
        } else {
          failures.put(grid.name(), outcome.reason());
          getLog().error("bggo: grid " + grid.name() + ": " + outcome.reason());
        }
      }
    } catch (IOException e) {
      throw new MojoExecutionException("bggo: cannot benchmark the grids: " + e.getMessage(), e);
    }
    if (!failures.isEmpty()) {
      throw new GridBuildException(failed(failures, selected.size(), "failed the benchmark"));
    }
  }

  private BenchOutcome bench(GridDirectory.Grid grid, List<String> options, ClassLoader modules) {
    BenchOutcome.Lines lines = new BenchOutcome.Lines();
    int exit;
    try (PrintWriter out = new PrintWriter(new LineWriter(l -> {
          getLog().info(l);
          lines.accept(l);
        }), true);
        PrintWriter err = new PrintWriter(new LineWriter(l -> {
          getLog().error(l);
          lines.accept(l);
        }), true)) {
      exit = EmbeddedCompiler.bench(grid.path(), modules, options, out, err);
    }
    return lines.outcome(exit);
  }

  private List<String> options(EmbeddedCompiler.Checked checked, Map<String, String> given, GridDirectory.Grid grid,
      Path result) throws GridBuildException {
    List<String> options = new ArrayList<>(variableArguments(checked, given));
    if (jmhArgs != null && !jmhArgs.isBlank()) {
      options.addAll(List.of(jmhArgs.strip().split("\\s+")));
    }
    if (options.contains("-rf") || options.contains("-rff")) {
      throw new GridBuildException("bggo.bench.jmhArgs: leave out -rf and -rff; bggo:bench writes JMH's JSON to "
          + result.getParent() + "/<grid>.json.");
    }
    options.addAll(List.of("-rf", "json", "-rff", result.toString()));
    Path base = baselineOf(grid);
    if (base != null) {
      options.addAll(List.of("--baseline", base.toString(), "--max-regression", maxRegression));
    }
    return options;
  }

  /** The baseline file for this grid: {@code baseline} itself, or {@code <grid>.json} in it when it is a directory. */
  private Path baselineOf(GridDirectory.Grid grid) throws GridBuildException {
    if (baseline == null) {
      return null;
    }
    Path file = baseline.isDirectory() ? baseline.toPath().resolve(grid.name() + ".json") : baseline.toPath();
    if (!Files.isRegularFile(file)) {
      throw new GridBuildException("bggo.bench.baseline: " + file + " does not exist; give a JMH JSON result of an"
          + " earlier run (bggo:bench writes them to " + reportsDirectory.toPath().resolve("bench") + ").");
    }
    return file;
  }
}
