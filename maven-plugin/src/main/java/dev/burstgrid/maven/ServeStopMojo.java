package dev.burstgrid.maven;

import dev.burstgrid.compiler.cli.serve.TargetServer;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Stops the target {@code bggo:serve} started, after the grids ran against it and before {@code bggo:verify}. */
@Mojo(name = "serve-stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class ServeStopMojo extends AbstractMojo {
  @Override
  public void execute() throws MojoExecutionException {
    Object server = getPluginContext().remove(ServeMojo.CONTEXT_KEY);
    if (!(server instanceof TargetServer target)) {
      getLog().info("bggo: no target to stop (bggo:serve did not run in this project)");
      return;
    }
    try {
      target.close();
    } catch (IOException e) {
      throw new MojoExecutionException("bggo: cannot stop the target on " + target.url() + ": " + e.getMessage(), e);
    }
    getLog().info("bggo: stopped the target on " + target.url() + " after " + target.requests() + " requests");
  }
}
