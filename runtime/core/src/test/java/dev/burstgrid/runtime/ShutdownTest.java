package dev.burstgrid.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Ctrl-C on a real JVM: the run is cancelled, its resource closed, the exit code is 130. */
@Timeout(60)
class ShutdownTest {

  @Test
  void sigintCancelsTheRunClosesResourcesAndExits130() throws Exception {
    assumeTrue(new File("/bin/kill").canExecute() || new File("/usr/bin/kill").canExecute());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path err = Files.createTempFile("bggo-shutdown", ".err");
    Process child =
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ShutdownChild.class.getName())
            .redirectError(err.toFile())
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("ready");
      new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();

      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      String log = Files.readString(err);
      assertThat(child.exitValue()).as(log).isEqualTo(130);
      assertThat(log)
          .contains("conn closed")
          .contains("cancel  step.test.wait (grid.hcl:5:1)")
          .contains("CANCELLED 0 ok, 0 failed, 1 cancelled, 0 skipped");
    } finally {
      child.destroyForcibly();
      Files.deleteIfExists(err);
    }
  }
}
