package dev.burstgrid.maven;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when a grid that {@code bggo:run} ran with {@code failOnError=false} failed: the
 * failsafe pattern, so {@code post-integration-test} can stop servers before the build fails.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractMojo {
  /** Where {@code bggo:run} wrote its summary. */
  @Parameter(property = "bggo.reportsDirectory", defaultValue = "${project.build.directory}/bggo")
  File reportsDirectory;

  /** Skips the goal. */
  @Parameter(property = "bggo.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("bggo: skipped (bggo.skip)");
      return;
    }
    RunSummary summary;
    try {
      summary = RunSummary.read(reportsDirectory.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("bggo: cannot read the run summary in " + reportsDirectory, e);
    }
    if (summary == null) {
      getLog().info("bggo: no grid was run (no " + RunSummary.FILE + " in " + reportsDirectory + ")");
      return;
    }
    Map<String, String> failures = summary.failures();
    if (!failures.isEmpty()) {
      throw new MojoFailureException(AbstractGridRunMojo.failed(failures, summary.grids().size(), "failed"));
    }
    getLog().info("bggo: " + summary.grids().size() + (summary.grids().size() == 1 ? " grid" : " grids")
        + " succeeded");
  }
}
