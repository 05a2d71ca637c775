package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run-time behaviours the proof of concept promised, each shown by a real grid. */
class GridBehaviourTest {
  @TempDir Path dir;

  private Path grid(String text) throws IOException {
    return Files.writeString(dir.resolve("grid.hcl"), text);
  }

  @Test
  void fanOutRunsInParallel() throws Exception {
    try (RecordingServer server = new RecordingServer()) {
      // Each request is answered only once all five are in flight together.
      Path g = grid("""
          step "http_request" "fan" {
            count = 5
            arguments {
              url            = "%s/together/5"
              fail_on_status = true
            }
          }
          """.formatted(server.baseUrl()));
      CliResult r = Cli.run("run", g.toString());
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(server.requests()).hasSize(5);
    }
  }

  @Test
  void aFailureCancelsALongRunningStepPromptlyAndLeavesNothingBehind() throws Exception {
    try (RecordingServer server = new RecordingServer()) {
      Path g = grid("""
          resource "http_client" "shared" {
            arguments { timeout = "60s" }
          }
          step "http_request" "stuck" {
            uses      { client = resource.http_client.shared }
            arguments { url = "%s/hang" }
          }
          step "sleep" "long" {
            arguments { duration = "60s" }
          }
          step "cmd" "fails" {
            arguments { command = ["sh", "-c", "sleep 0.3; exit 3"] }
          }
          step "print" "after" {
            arguments { input = step.http_request.stuck.output.status_code }
          }
          """.formatted(server.baseUrl()));
      long start = System.nanoTime();
      CliResult r = Cli.run("run", g.toString());
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(millis).as("a 60 s call and a 60 s sleep were abandoned").isLessThan(20_000);
      assertThat(r.err())
          .contains("error   step.cmd.fails (grid.hcl:11:1)")
          .contains("skipped step.print.after")
          .contains("close   resource.http_client.shared");
      assertThat(r.out()).isEmpty();
      assertNoStepThreadsLeft();
    }
  }

  @Test
  void aResourceIsCreatedOnceSharedAndClosedBeforeUnrelatedLaterStepsFinish() throws Exception {
    try (RecordingServer server = new RecordingServer()) {
      Path g = grid("""
          resource "http_client" "shared" {}
          step "http_request" "a" {
            count     = 3
            uses      { client = resource.http_client.shared }
            arguments { url = "%s/get" }
          }
          step "sleep" "unrelated" {
            arguments { duration = "1500ms" }
          }
          """.formatted(server.baseUrl()));
      CliResult r = Cli.run("run", g.toString());
      assertThat(r.exitCode()).as(r.toString()).isZero();
      List<String> lines = r.err().lines().toList();
      assertThat(Collections.frequency(lines.stream().map(l -> l.contains("create  resource.http_client.shared")).toList(), true))
          .isEqualTo(1);
      assertThat(Collections.frequency(lines.stream().map(l -> l.contains("close   resource.http_client.shared")).toList(), true))
          .isEqualTo(1);
      int closed = indexOf(lines, "close   resource.http_client.shared");
      int sleepDone = indexOf(lines, "ok      step.sleep.unrelated");
      assertThat(closed).as(r.err()).isLessThan(sleepDone);
    }
  }

  @Test
  void theSeedEnvironmentGridsRun() {
    String level = System.getenv().getOrDefault("LOG_LEVEL", "info");
    CliResult optional = Cli.run("run", "../examples/seed/env_optional.hcl");
    assertThat(optional.exitCode()).as(optional.toString()).isZero();
    assertThat(optional.out()).isEqualTo("step.print.show_optional_config \"" + level + "\"\n");
    CliResult required = Cli.run("run", "../examples/seed/env_required.hcl");
    assertThat(required.exitCode()).as(required.toString()).isZero();
    assertThat(required.out()).startsWith("step.print.show_db_config {").contains("\"HOST\":");
    CliResult all = Cli.run("run", "../examples/seed/env_vars_all.hcl");
    assertThat(all.exitCode()).as(all.toString()).isZero();
    assertThat(all.out()).startsWith("step.print.show_all_vars_for_debug {").contains("\"PATH\":");
  }

  private static int indexOf(List<String> lines, String fragment) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(fragment)) {
        return i;
      }
    }
    throw new AssertionError("no line contains " + fragment + " in\n" + String.join("\n", lines));
  }

  private static void assertNoStepThreadsLeft() throws InterruptedException {
    assertThat(LiveStepThreads.awaitNone(5_000)).as("bggo-step threads, virtual ones too, after the run").isTrue();
  }
}
