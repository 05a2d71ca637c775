package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secret that is marked at run time ({@code sensitive(step.….output.json.token)}) and then
 * reaches runners: its text is masked in everything {@code bggoc run} writes (print output, the
 * progress log, runners' error messages, the summary, the reports), though it is sent as it is.
 */
class RunTimeSecretsTest {
  private static final String GRID = "src/test/resources/inputs/runtime_secrets.hcl";
  private static final String TOKEN = "Sess1on-T0ken/xyz";

  @TempDir Path dir;

  @Test
  void anHttpErrorEchoingTheMarkedTokenIsMasked() throws IOException {
    try (TokenServer server = new TokenServer(TOKEN)) {
      CliResult r = runWithReports(server, "http");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      // the token was really sent, in the path (URL-encoded) and the header
      assertThat(server.received()).contains("/echo/Sess1on-T0ken/xyz Bearer " + TOKEN);
      assertThat(r.out()).contains("step.print.stderr \"stderr-(sensitive value)\\n\"");
      assertThat(r.err()).contains("failed  step.http_request.profile")
          .contains("/echo/(sensitive value) returned status 500")
          .contains("with (sensitive value)"); // the whole header value is marked
      assertNowhere(r);
    }
  }

  @Test
  void aFailingCommandsArgvAndStderrAreMasked() throws IOException {
    try (TokenServer server = new TokenServer(TOKEN)) {
      CliResult r = runWithReports(server, "cmd");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).contains("exit 4\", \"(sensitive value)\"] exited with status 4")
          .contains("stderr: stderr-(sensitive value)");
      assertNowhere(r);
    }
  }

  @Test
  void aCheckMessageBuiltFromTheMarkedTokenIsMasked() throws IOException {
    try (TokenServer server = new TokenServer(TOKEN)) {
      CliResult r = runWithReports(server, "check");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).contains("check \"token\" (runtime_secrets.hcl:29:3) failed: (sensitive value)");
      assertNowhere(r);
    }
  }

  private CliResult runWithReports(TokenServer server, String failing) {
    return Cli.run("run", GRID, "-var", "base=" + server.baseUrl(), "-var", "fail=" + failing,
        "--report-json", dir.resolve("r.json").toString(), "--report-junit", dir.resolve("r.xml").toString(),
        "--report-html", dir.resolve("r.html").toString());
  }

  /** Neither the streams nor any report holds the token in any form (its "T0ken" survives each encoding). */
  private void assertNowhere(CliResult r) throws IOException {
    assertThat(r.out() + r.err()).doesNotContain("T0ken");
    for (String report : new String[] {"r.json", "r.xml", "r.html"}) {
      String text = Files.readString(dir.resolve(report));
      assertThat(text).as(report).doesNotContain("T0ken").contains("(sensitive value)");
    }
  }
}
