package dev.burstgrid.maven;

import dev.burstgrid.compiler.cli.EmbeddedCompiler;
import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
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
public class RunMojo extends AbstractGridMojo {
  /**
   * Variables for the grids, as {@code <NAME>VALUE</NAME>}. A string variable takes the text as it
   * is; other types read it as JSON ({@code <ports>[80, 443]</ports>}). Each grid gets the ones
   * it declares. {@code bggo.vars} and {@code bggo.var.NAME} override them.
   */
  @Parameter
  Map<String, String> variables;

  /**
   * More variables, as {@code NAME=VALUE,NAME=VALUE}; a comma ends a value only where {@code
   * NAME=} follows. Override {@code <variables>}; {@code -Dbggo.var.NAME=VALUE} overrides both.
   */
  @Parameter(property = "bggo.vars")
  String vars;

  /**
   * Whether a grid that fails fails the build at once. With false, failures are recorded in
   * {@code target/bggo/summary.properties} and {@code bggo:verify} fails the build.
   */
  @Parameter(property = "bggo.failOnError", defaultValue = "true")
  boolean failOnError;

  /** Where each grid's output and compiled classes go, one directory per grid, and the run summary. */
  @Parameter(property = "bggo.reportsDirectory", defaultValue = "${project.build.directory}/bggo")
  File reportsDirectory;

  /** Options for the grids' JVM, separated by spaces, such as {@code -Xmx256m}. */
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

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Override
  void execute(List<GridDirectory.Grid> selected) throws GridBuildException, MojoExecutionException {
    Map<String, String> given = GridVariables.merge(variables, vars, session.getUserProperties());
    RunSummary summary = new RunSummary();
    try (URLClassLoader modules = ProjectModules.loader(testClassPath())) {
      Map<GridDirectory.Grid, EmbeddedCompiler.Checked> checked = checkAll(selected, modules);
      warnUnused(given, checked.values());
      for (Map.Entry<GridDirectory.Grid, EmbeddedCompiler.Checked> e : checked.entrySet()) {
        GridDirectory.Grid grid = e.getKey();
        int exit = run(grid, e.getValue(), modules, given);
        summary.record(grid.name(), exit);
        if (exit == 0) {
          getLog().info("bggo: grid " + grid.name() + " succeeded");
        } else {
          getLog().error("bggo: grid " + grid.name() + ": " + RunSummary.meaning(exit) + "; its output is in "
              + reportDirectory(grid).resolve("output.log"));
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
    String message = failed(failures, summary.grids().size());
    if (failOnError) {
      throw new GridBuildException(message);
    }
    getLog().error(message + ". Recorded for bggo:verify, which fails the build (bggo.failOnError=false).");
  }

  static String failed(Map<String, String> failures, int total) {
    List<String> parts = new ArrayList<>();
    failures.forEach((grid, why) -> parts.add(grid + ": " + why));
    return failures.size() + " of " + total + (total == 1 ? " grid" : " grids") + " failed: "
        + String.join("; ", parts);
  }

  /** Checks every grid before running any, so that all compile errors show at once. */
  private Map<GridDirectory.Grid, EmbeddedCompiler.Checked> checkAll(List<GridDirectory.Grid> selected,
      ClassLoader modules) throws GridBuildException {
    Map<GridDirectory.Grid, EmbeddedCompiler.Checked> out = new LinkedHashMap<>();
    List<EmbeddedCompiler.Checked> failed = new ArrayList<>();
    for (GridDirectory.Grid grid : selected) {
      EmbeddedCompiler.Checked c = check(grid, modules);
      out.put(grid, c);
      if (!c.ok()) {
        failed.add(c);
      }
    }
    if (!failed.isEmpty()) {
      throw compileErrors(failed);
    }
    return out;
  }

  private int run(GridDirectory.Grid grid, EmbeddedCompiler.Checked checked, ClassLoader modules,
      Map<String, String> given) throws IOException, InterruptedException, MojoExecutionException {
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
        arguments(checked, given), project.getBasedir().toPath(), reportDirectory(grid), timeout);
    return ForkedGridRun.run(launch, line -> getLog().info(line));
  }

  private List<String> arguments(EmbeddedCompiler.Checked checked, Map<String, String> given) {
    List<String> args = new ArrayList<>();
    if (quiet) {
      args.add("--quiet");
    }
    for (String name : checked.variableNames()) {
      if (given.containsKey(name)) {
        args.add("-var");
        args.add(name + "=" + given.get(name));
      }
    }
    return args;
  }

  private void warnUnused(Map<String, String> given, Iterable<EmbeddedCompiler.Checked> grids) {
    Set<String> unused = new LinkedHashSet<>(given.keySet());
    for (EmbeddedCompiler.Checked c : grids) {
      c.variableNames().forEach(unused::remove);
    }
    if (!unused.isEmpty()) {
      getLog().warn("bggo: no grid declares the variable" + (unused.size() == 1 ? " " : "s ")
          + String.join(", ", unused) + "; check the names in <variables>, bggo.vars or bggo.var.NAME.");
    }
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
    return jvmArgs == null || jvmArgs.isBlank() ? List.of() : List.of(jvmArgs.strip().split("\\s+"));
  }

  private Path reportDirectory(GridDirectory.Grid grid) {
    return reportsDirectory.toPath().resolve(grid.name());
  }
}
