package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A step that exhausts the heap fails as itself: its address, what it was doing, and a way out. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OutOfMemoryTest {
  /** Too small for one 50 MB body kept whole (its buffer and its string), ample for the rest. */
  private static final List<String> SMALL_HEAP = List.of("-Xmx128m");

  @Test
  void bigResponsesKeptWholeNameTheRequestAndMaxBody(@TempDir Path dir) throws Exception {
    try (FaultServer server = new FaultServer()) {
      Path g = Files.writeString(dir.resolve("grid.hcl"), """
          step "print" "first" {
            arguments { input = "before" }
          }
          step "http_request" "big" {
            count      = 2
            depends_on = ["print.first"]
            arguments {
              url      = "%s/big?n=${count.index}"
              max_body = "0"
            }
          }
          step "print" "sizes" {
            arguments { input = step.http_request.big[*].output.body_bytes }
          }
          """.formatted(server.baseUrl()));
      CliResult r = BggocProcess.start(SMALL_HEAP, Map.of(), "run", g.toString()).finish();
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.out()).as("output before the failure is kept").isEqualTo("step.print.first \"before\"\n");
      assertThat(r.err())
          .containsPattern("failed  step\\.http_request\\.big\\[\\d\\] \\(grid\\.hcl:4:1\\) \\d+ms: GET "
              + "http://127\\.0\\.0\\.1:\\d+/big\\?n=\\d ran out of memory \\(Java heap space\\) keeping its"
              + " whole response body \\(max_body = \"0\"\\)")
          .contains("a smaller max_body on the step or its http_client")
          .contains("the JVM's heap is at most ")
          .contains("BGGOC_JAVA_OPTS=-Xmx1g")
          .containsPattern("error   step\\.http_request\\.big\\[\\d\\] \\(grid\\.hcl:4:1\\): GET ")
          .doesNotContain("\tat ")
          .doesNotContain("Exception in thread");
    }
  }

  @Test
  void aCommandsHugeOutputNamesTheCommandAndTheStream(@TempDir Path dir) throws Exception {
    Path g = Files.writeString(dir.resolve("grid.hcl"), """
        step "cmd" "flood" {
          arguments { command = ["head", "-c", "300000000", "/dev/zero"] }
        }
        """);
    CliResult r = BggocProcess.start(SMALL_HEAP, Map.of(), "run", g.toString()).finish();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .containsPattern("failed  step\\.cmd\\.flood \\(grid\\.hcl:1:1\\) \\d+ms: command \\[\"head\", \"-c\","
            + " \"300000000\", \"/dev/zero\"\\] ran out of memory \\(Java heap space\\) collecting \\d+ bytes of"
            + " its standard output; redirect it to a file")
        .contains("the JVM's heap is at most ")
        .doesNotContain("\tat ")
        .doesNotContain("Exception in thread");
  }
}
