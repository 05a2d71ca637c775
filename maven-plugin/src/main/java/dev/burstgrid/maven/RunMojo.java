package dev.burstgrid.maven;

import dev.burstgrid.compiler.cli.EmbeddedCompiler;
import dev.burstgrid.compiler.codegen.JarLauncher;
import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compiles each grid and runs it in a new JVM, as {@code bggoc build} and {@code java -jar} would.
 * It needs nothing but the plugin block: the runtime and built-in modules come with the plugin,
 * and the project's test class path supplies its own runners and assets. Every grid is checked
 * first (any compile error fails the build), then each runs in turn; its output goes to the build
 * log and to {@code target/bggo/<grid>/output.log}. A grid that fails fails the build, or, with
 * {@code failOnError=false}, is recorded for {@code bggo:verify}.
 */
@Mojo(name = "run", defaultPhase = LifecyclePhase.INTEGRATION_TEST,
    requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class RunMojo extends AbstractGridRunMojo {
  /**
   * Whether a grid that fails fails the build at once. With false, failures are recorded in
   * {@code target/bggo/summary.properties} and {@code bggo:verify} fails the build.
   */
  @Parameter(property = "bggo.failOnError", defaultValue = "true")
  boolean failOnError;

  /**
   * Options for the grids' JVM, separated by spaces, such as {@code -Xmx256m}. Default: those a
   * built grid's jar passes ({@link JarLauncher#DEFAULT_JAVA_OPTS}).
   */
  @Parameter(property = "bggo.jvmArgs")
  String jvmArgs;

  /** The {@code java} executable that runs the grids. Default: the one running Maven. */
  @Parameter(property = "bggo.jvm")
  File jvm;

  /** Seconds each grid may run before it is stopped and counted as failed; 0 for no limit. */
  @Parameter(property = "bggo.timeout", defaultValue = "0")
  long timeout;

  /** Show only failures and the summary of each run, not every step event. */
  @Parameter(property = "bggo.quiet", defaultValue = "false")
  boolean quiet;

  /**
   * Run only this scenario of each grid ({@code --scenario}); a grid without it fails with the
   * names it has.
   */
  @Parameter(property = "bggo.scenario")
  String scenario;

  /**
   * Virtual users of the default scenario ({@code --vus}): with {@code duration}, that many users
   * for that long (constant-vus); with {@code iterations}, that many iterations shared among them.
   */
  @Parameter(property = "bggo.vus")
  String vus;

  /** How long the default scenario runs ({@code --duration}), such as {@code 30s} or {@code 1m30s}. */
  @Parameter(property = "bggo.duration")
  String duration;

  /** Iterations of the default scenario in all ({@code --iterations}). */
  @Parameter(property = "bggo.iterations")
  String iterations;

  /** Iterations started per second, whatever their latency ({@code --rate}, constant-arrival-rate). */
  @Parameter(property = "bggo.rate")
  String rate;

  /** The most virtual users an arrival rate may use ({@code --max-vus}). */
  @Parameter(property = "bggo.maxVus")
  String maxVus;

  /** Ramping virtual users ({@code --stages}): {@code DURATION:TARGET,…}, such as {@code 10s:20,30s:20,10s:0}. */
  @Parameter(property = "bggo.stages")
  String stages;

  /** The most step instances running at once in each run ({@code --max-concurrency}). */
  @Parameter(property = "bggo.maxConcurrency")
  String maxConcurrency;

  /** The seed of the grids' random functions ({@code --seed}), so that runs repeat. */
  @Parameter(property = "bggo.seed")
  String seed;

  /** The reports a load run writes into the grid's directory (a single run writes none). */
  static final String REPORT_JSON = "report.json";
  static final String REPORT_JUNIT = "junit.xml";
  static final String REPORT_HTML = "report.html";

  @Override
  void execute(List<GridDirectory.Grid> selected) throws GridBuildException, MojoExecutionException {
    Map<String, String> given = givenVariables();
    RunSummary summary = new RunSummary();
    try (URLClassLoader modules = ProjectModules.loader(testClassPath())) {
      Map<GridDirectory.Grid, EmbeddedCompiler.Checked> checked = checkAll(selected, modules, given);
      for (Map.Entry<GridDirectory.Grid, EmbeddedCompiler.Checked> e : checked.entrySet()) {
        GridDirectory.Grid grid = e.getKey();
        GridFailure failure = new GridFailure();
        int exit = run(grid, e.getValue(), modules, given, failure);
        String reason = exit == 0 ? "" : failure.explain(exit, reportDirectory(grid).resolve(REPORT_JSON));
        summary.record(grid.name(), exit, reason);
        if (exit == 0) {
          getLog().info("bggo: grid " + grid.name() + " succeeded");
          warnFailedChecks(grid);
        } else {
          getLog().error("bggo: grid " + grid.name() + ": " + summary.failures().get(grid.name())
              + "; its output is in " + reportDirectory(grid).resolve("output.log"));
        }
      }
      summary.write(reportsDirectory.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("bggo: cannot run the grids: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("bggo: interrupted", e);
    }
    Map<String, String> failures = summary.failures();
    if (failures.isEmpty()) {
      return;
    }
    String message = failed(failures, summary.grids().size(), "failed");
    if (failOnError) {
      throw new GridBuildException(message);
    }
    getLog().error(message + ". Recorded for bggo:verify, which fails the build (bggo.failOnError=false).");
  }

  private void warnFailedChecks(GridDirectory.Grid grid) {
    for (String check : GridFailure.failedChecks(reportDirectory(grid).resolve(REPORT_JSON))) {
      getLog().warn("bggo: grid " + grid.name() + ": " + check + "; under load only thresholds fail a run: add"
          + " threshold \"checks\" { condition = metric.checks.rate == 1 } to fail the build on it");
    }
  }

  private int run(GridDirectory.Grid grid, EmbeddedCompiler.Checked checked, ClassLoader modules,
      Map<String, String> given, GridFailure failure) throws IOException, InterruptedException, MojoExecutionException {
    EmbeddedCompiler.Source source = EmbeddedCompiler.generate(checked);
    Map<String, byte[]> classFiles;
    try {
      classFiles = EmbeddedCompiler.compile(source, modules);
    } catch (EmbeddedCompiler.InternalCompilerError e) {
      throw new MojoExecutionException(e.getMessage());
    }
    Path classes = reportDirectory(grid).resolve("classes");
    for (Map.Entry<String, byte[]> c : classFiles.entrySet()) {
      Path file = classes.resolve(c.getKey().replace('.', '/') + ".class");
      Files.createDirectories(file.getParent());
      Files.write(file, c.getValue());
    }
    List<Path> classPath = new ArrayList<>(List.of(classes));
    classPath.addAll(withoutMavensOwn(EmbeddedCompiler.runClassPath(source, modules)));
    getLog().info("bggo: running grid " + grid.name() + " (" + grid.path() + ")");
    ForkedGridRun.Launch launch = new ForkedGridRun.Launch(java(), jvmArgs(), classPath, source.className(),
        arguments(grid, checked, given), project.getBasedir().toPath(), reportDirectory(grid), timeout);
    Files.deleteIfExists(reportDirectory(grid).resolve(REPORT_JSON)); // a report left by an earlier build is not this run's
    return ForkedGridRun.run(launch, line -> {
      getLog().info(line);
      failure.accept(line);
    });
  }

  private List<String> arguments(GridDirectory.Grid grid, EmbeddedCompiler.Checked checked, Map<String, String> given) {
    List<String> args = new ArrayList<>();
    if (quiet) {
      args.add("--quiet");
    }
    args.addAll(loadOptions().arguments());
    args.addAll(variableArguments(checked, given));
    Path dir = reportDirectory(grid);
    args.addAll(List.of("--report-json", dir.resolve(REPORT_JSON).toString(), "--report-junit",
        dir.resolve(REPORT_JUNIT).toString(), "--report-html", dir.resolve(REPORT_HTML).toString()));
    return args;
  }

  LoadOptions loadOptions() {
    return new LoadOptions(scenario, vus, duration, iterations, rate, maxVus, stages, maxConcurrency, seed);
  }

  /** The class path minus the launcher jars of the JVM running Maven, which a grid never needs. */
  private static List<Path> withoutMavensOwn(List<Path> classPath) {
    Set<Path> maven = new LinkedHashSet<>();
    for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!e.isEmpty()) {
        maven.add(Path.of(e).toAbsolutePath().normalize());
      }
    }
    return classPath.stream().filter(p -> !maven.contains(p.toAbsolutePath().normalize())).toList();
  }

  private Path java() {
    return jvm != null ? jvm.toPath() : Path.of(System.getProperty("java.home"), "bin", "java");
  }

  private List<String> jvmArgs() {
    String args = jvmArgs == null ? JarLauncher.DEFAULT_JAVA_OPTS : jvmArgs;
    return args.isBlank() ? List.of() : List.of(args.strip().split("\\s+"));
  }

  private Path reportDirectory(GridDirectory.Grid grid) {
    return reportsDirectory.toPath().resolve(grid.name());
  }
}
