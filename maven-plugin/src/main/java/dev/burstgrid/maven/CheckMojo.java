package dev.burstgrid.maven;

import dev.burstgrid.compiler.cli.EmbeddedCompiler;
import java.io.IOException;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Parses and type-checks the grids, as {@code bggoc check} does, against the built-in modules and
 * the runners and assets on the project's test class path. Each problem is logged with its
 * {@code file:line:col}; any error fails the build. Runners compiled from {@code src/test/java}
 * exist only after {@code test-compile}: to check grids that use them, bind this goal to
 * {@code process-test-classes}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class CheckMojo extends AbstractGridMojo {
  @Override
  void execute(List<GridDirectory.Grid> selected) throws GridBuildException, MojoExecutionException {
    List<EmbeddedCompiler.Checked> failed = new ArrayList<>();
    try (URLClassLoader modules = ProjectModules.loader(testClassPath())) {
      for (GridDirectory.Grid grid : selected) {
        EmbeddedCompiler.Checked checked = check(grid, modules);
        if (checked.ok()) {
          getLog().info("bggo: grid " + grid.name() + " is valid: " + checked.stepCount()
              + (checked.stepCount() == 1 ? " step" : " steps"));
        } else {
          failed.add(checked);
        }
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot close the project's class loader", e);
    }
    if (!failed.isEmpty()) {
      throw compileErrors(failed);
    }
  }
}
