package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's load examples, shortened with the command-line shortcuts, against {@code bggoc
 * serve}: HTTP metrics per step, checks and thresholds, per-VU clients, and an arrival rate that
 * drops iterations when the target is too slow for it.
 */
class LoadExamplesTest {
  private ServeProcess serve;
  private String baseUrl;

  @BeforeEach
  void startServe() throws IOException {
    serve = ServeProcess.start();
    baseUrl = serve.baseUrl;
  }

  @AfterEach
  void stopServe() {
    serve.close();
  }

  @Test
  void browsingUsersPassTheirThresholdsAndTheSummaryShowsHttpMetrics() {
    CliResult r = Cli.run("run", "--quiet", "../examples/load/browse.hcl", "-var", "base_url=" + baseUrl,
        "--vus", "3", "--duration", "2s");
    // On a loaded machine the latency threshold may fail (exit 99); the others may not.
    assertThat(r.exitCode()).as(r.toString()).isIn(0, 99);
    if (r.exitCode() == 99) {
      assertThat(r.err()).contains("✗ fast_home");
    }
    assertThat(r.err()).contains("fast_home", "✓ no_errors", "✓ checks", "http_reqs", "http_req_duration",
        "data_received", "✓ step.http_request.home › status_200");
    String reqs = r.err().replaceAll("(?s).*\n    http_reqs\\.+: (\\d+).*", "$1");
    // Each VU finishes at least one iteration of two requests, however slow the machine.
    assertThat(Integer.parseInt(reqs)).as(r.err()).isGreaterThanOrEqualTo(6);
  }

  @Test
  void anArrivalRateTooFastForTheTargetDropsIterationsAndFailsItsThreshold() {
    CliResult r = Cli.run("run", "--quiet", "../examples/load/arrivals.hcl", "-var", "base_url=" + baseUrl,
        "-var", "delay_ms=400", "--rate", "40", "--duration", "1s", "--max-vus", "4");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(99);
    String dropped = r.err().replaceAll("(?s).*\n    dropped_iterations\\.+: (\\d+).*", "$1");
    assertThat(Integer.parseInt(dropped)).as(r.err()).isGreaterThan(10);
    assertThat(r.err()).contains("✗ none_dropped");
  }
}
