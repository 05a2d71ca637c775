package dev.burstgrid.maven;

import dev.burstgrid.compiler.cli.EmbeddedCompiler;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What every goal that reads grids shares: where the grids are, which to take, skipping, reporting problems. */
abstract class AbstractGridMojo extends AbstractMojo {
  /** The directory holding the grids: each {@code *.hcl} file in it, and each subdirectory of {@code .hcl} files, is one grid. */
  @Parameter(property = "bggo.gridsDirectory", defaultValue = "${project.basedir}/src/test/grids")
  File gridsDirectory;

  /**
   * Which grids to take: comma-separated names (a grid's file name without {@code .hcl}, or its
   * directory's name) or {@code *} patterns; {@code !name} excludes. Every grid when empty.
   */
  @Parameter(property = "bggo.grids")
  String grids;

  /** Skips the goal. */
  @Parameter(property = "bggo.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("bggo: skipped (bggo.skip)");
      return;
    }
    try {
      List<GridDirectory.Grid> selected = new GridSelection(grids).filter(GridDirectory.find(gridsDirectory.toPath()));
      if (selected.isEmpty()) {
        getLog().warn("bggo: no grids in " + gridsDirectory + (grids == null ? "" : " match bggo.grids=" + grids)
            + ": nothing to do. Put *.hcl files there, or set <gridsDirectory>.");
        return;
      }
      execute(selected);
    } catch (GridBuildException e) {
      throw new MojoFailureException(e.getMessage());
    }
  }

  abstract void execute(List<GridDirectory.Grid> selected) throws GridBuildException, MojoExecutionException;

  /** The project's test class path: its classes, test classes and dependencies. */
  List<Path> testClassPath() throws MojoExecutionException {
    try {
      return paths(project.getTestClasspathElements());
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the project's test dependencies are not resolved", e);
    }
  }

  static List<Path> paths(List<String> elements) {
    List<Path> out = new ArrayList<>();
    for (String e : elements) {
      out.add(Path.of(e));
    }
    return out;
  }

  /** Checks a grid, logging every problem as bggoc prints it (the first line {@code file:line:col: Error: …}). */
  EmbeddedCompiler.Checked check(GridDirectory.Grid grid, ClassLoader modules) throws GridBuildException {
    try {
      EmbeddedCompiler.Checked checked = EmbeddedCompiler.check(grid.path(), modules);
      log(checked);
      return checked;
    } catch (EmbeddedCompiler.GridPathException e) {
      throw new GridBuildException(e.getMessage());
    }
  }

  void log(EmbeddedCompiler.Checked checked) {
    for (String w : checked.moduleWarnings()) {
      getLog().warn(w);
    }
    for (EmbeddedCompiler.Problem p : checked.problems()) {
      if (p.error()) {
        getLog().error(p.rendered());
      } else {
        getLog().warn(p.rendered());
      }
    }
  }

  /** The build failure for grids with compile errors: each grid's error count and its first error on one line. */
  static GridBuildException compileErrors(List<EmbeddedCompiler.Checked> failed) {
    StringBuilder sb = new StringBuilder();
    for (EmbeddedCompiler.Checked c : failed) {
      List<EmbeddedCompiler.Problem> errors = c.problems().stream().filter(EmbeddedCompiler.Problem::error).toList();
      sb.append(sb.length() == 0 ? "" : "\n").append("grid ").append(c.gridName()).append(" has ")
          .append(errors.size()).append(errors.size() == 1 ? " error" : " errors");
      if (!errors.isEmpty()) {
        sb.append(", first: ").append(errors.get(0).oneLine());
      }
    }
    return new GridBuildException(sb.toString());
  }
}
