package dev.burstgrid.maven;

import dev.burstgrid.compiler.cli.serve.TargetServer;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Starts {@code bggoc serve}'s local HTTP target inside the build, on 127.0.0.1, so that grids run
 * in {@code integration-test} have something to call without a server installed: {@code /}
 * ("ok"), {@code /json}, {@code /delay/N}, {@code /status/N}. Its address goes into a project
 * property (default {@code bggo.serve.url}) that later configuration reads, e.g. {@code
 * <base_url>${bggo.serve.url}</base_url>} in {@code bggo:run}'s variables. {@code bggo:serve-stop}
 * (phase {@code post-integration-test}) stops it; the end of the build does too.
 */
@Mojo(name = "serve", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class ServeMojo extends AbstractMojo {
  /** The key under which the running target waits in the plugin's context for {@code bggo:serve-stop}. */
  static final String CONTEXT_KEY = "bggo.serve.server";

  /** The port to listen on; 0 picks a free one (the property says which). */
  @Parameter(property = "bggo.serve.port", defaultValue = "0")
  int port;

  /** The project property that receives the target's address, {@code http://127.0.0.1:PORT}. */
  @Parameter(property = "bggo.serve.urlProperty", defaultValue = "bggo.serve.url")
  String urlProperty;

  /** Skips the goal. */
  @Parameter(property = "bggo.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Override
  @SuppressWarnings("unchecked")
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("bggo: skipped (bggo.skip)");
      return;
    }
    if (port < 0 || port > 65_535) {
      throw new MojoFailureException("bggo.serve.port must be 0 to 65535, got " + port);
    }
    if (getPluginContext().get(CONTEXT_KEY) != null) {
      throw new MojoFailureException("bggo:serve already runs a target in this project; bind it once, or bind"
          + " bggo:serve-stop before the second");
    }
    TargetServer server;
    try {
      server = TargetServer.start(port);
    } catch (IOException e) {
      throw new MojoFailureException("bggo:serve cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
          + "); choose another bggo.serve.port, or 0 for any free one");
    }
    getPluginContext().put(CONTEXT_KEY, server);
    project.getProperties().setProperty(urlProperty, server.url());
    getLog().info("bggo: serving GET / /json /delay/N /status/N on " + server.url() + " (${" + urlProperty + "})");
  }
}
