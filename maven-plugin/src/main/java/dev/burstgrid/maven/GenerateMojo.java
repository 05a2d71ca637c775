package dev.burstgrid.maven;

import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Generates a Java class for each grid and adds the directory to the project's test sources
 * (or main sources, when the grids are under {@code src/main}), so {@code maven-compiler-plugin}
 * compiles them and the project's own tests can call them ({@code SmokeGrid.run(options,
 * variables)}). The generated code needs {@code bggo-runtime}, {@code bggo-load}, {@code
 * bggo-lang} and the modules the grids use as dependencies of the project; when one is missing
 * the goal fails with the block to paste. Unchanged grids are not generated again; deleted grids lose their class.
 * Runners and assets of the project are read from the classes compiled before this goal: for
 * test grids the main classes and the dependencies, for main grids the dependencies.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES,
    requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class GenerateMojo extends AbstractGridMojo {
  /** Phases in which generated main sources still reach {@code compile}. */
  private static final Set<String> MAIN_PHASES = Set.of("validate", "initialize", "generate-sources",
      "process-sources", "generate-resources", "process-resources");

  /**
   * Where the grid classes are written. Default: {@code target/generated-test-sources/bggo}, or
   * {@code target/generated-sources/bggo} for grids under {@code src/main}.
   */
  @Parameter(property = "bggo.outputDirectory")
  File outputDirectory;

  /** Where the record of what was generated is kept between builds. */
  @Parameter(property = "bggo.statusDirectory", defaultValue = "${project.build.directory}/maven-status/bggo")
  File statusDirectory;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution execution;

  @Override
  void execute(List<GridDirectory.Grid> selected) throws GridBuildException, MojoExecutionException {
    boolean main = isMain();
    String phase = execution.getLifecyclePhase();
    if (main && phase != null && !MAIN_PHASES.contains(phase)) {
      throw new GridBuildException("The grids in " + gridsDirectory + " are main sources, but bggo:generate runs in"
          + " the phase " + phase + ", after they would be compiled. Bind it to generate-sources:"
          + " <execution><phase>generate-sources</phase><goals><goal>generate</goal></goals></execution>");
    }
    Path output = outputDirectory().toPath();
    List<Path> classPath = classPath(main);
    try (URLClassLoader modules = ProjectModules.loader(classPath)) {
      String fingerprint = GridFingerprint.classPath(plugin.getVersion() + " " + output, classPath);
      GenerationStatus status = GenerationStatus.read(statusDirectory.toPath().resolve(main ? "main" : "test")
          .resolve("generate.properties"));
      GridSourceGenerator.Outcome outcome = new GridSourceGenerator(output, status, modules, fingerprint)
          .generate(selected);
      outcome.checked().forEach(this::log);
      if (!outcome.failed().isEmpty()) {
        throw compileErrors(outcome.failed());
      }
      requireDependencies(outcome.moduleClasses(), main);
      status.write();
      getLog().info("bggo: " + count(outcome.generated().size()) + " generated" + names(outcome.generated()) + ", "
          + outcome.upToDate().size() + " up to date" + names(outcome.upToDate()) + ", "
          + outcome.removed().size() + " removed" + names(outcome.removed()) + "; sources in " + output);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write the grid classes to " + output + ": " + e.getMessage(), e);
    }
    if (main) {
      project.addCompileSourceRoot(output.toString());
    } else {
      project.addTestCompileSourceRoot(output.toString());
    }
  }

  private boolean isMain() {
    Path main = project.getBasedir().toPath().resolve("src/main").toAbsolutePath().normalize();
    return gridsDirectory.toPath().toAbsolutePath().normalize().startsWith(main);
  }

  private File outputDirectory() {
    if (outputDirectory != null) {
      return outputDirectory;
    }
    String build = project.getBuild().getDirectory();
    return new File(build, isMain() ? "generated-sources/bggo" : "generated-test-sources/bggo");
  }

  /**
   * Where the grids' runners come from: the class path without the classes this build has yet
   * to compile (the test classes, and for main grids the main classes too). In this phase they
   * are the previous build's, the old grid classes among them.
   */
  private List<Path> classPath(boolean main) throws MojoExecutionException {
    List<Path> elements;
    try {
      elements = paths(main ? project.getCompileClasspathElements() : project.getTestClasspathElements());
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the project's dependencies are not resolved", e);
    }
    Path testClasses = normalized(project.getBuild().getTestOutputDirectory());
    Path mainClasses = normalized(project.getBuild().getOutputDirectory());
    return elements.stream()
        .filter(p -> !normalized(p.toString()).equals(testClasses))
        .filter(p -> !main || !normalized(p.toString()).equals(mainClasses))
        .toList();
  }

  private static Path normalized(String path) {
    return Path.of(path).toAbsolutePath().normalize();
  }

  /** Fails before javac would: the generated classes need the runtime and the modules they use. */
  private void requireDependencies(Set<Class<?>> moduleClasses, boolean main) throws GridBuildException {
    List<Artifact> required = RequiredDependencies.of(moduleClasses, plugin.getArtifacts());
    List<Artifact> have = project.getArtifacts().stream()
        .filter(a -> !main || !Artifact.SCOPE_TEST.equals(a.getScope())).toList();
    RequiredDependencies.otherVersions(required, have).forEach(getLog()::warn);
    List<Artifact> missing = RequiredDependencies.missing(required, have);
    if (!missing.isEmpty()) {
      throw new GridBuildException("The generated grid classes need these dependencies, which the project lacks."
          + " Add them to <dependencies> in " + project.getFile() + ":\n"
          + RequiredDependencies.block(missing, main ? null : "test")
          + "(bggo:run needs none of them: it brings its own.)");
    }
  }

  private static String count(int n) {
    return n + (n == 1 ? " grid" : " grids");
  }

  private static String names(List<String> grids) {
    return grids.isEmpty() ? "" : " (" + String.join(", ", grids) + ")";
  }
}
