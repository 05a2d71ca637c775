package dev.burstgrid.runtime.load;

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

/** Ctrl-C on a real JVM under load: graceful stop, every scope closed, the summary, exit 130. */
@Timeout(60)
class LoadShutdownTest {

  @Test
  void sigintStopsTheLoadClosesEveryScopeAndPrintsTheSummary() throws Exception {
    assumeTrue(new File("/bin/kill").canExecute() || new File("/usr/bin/kill").canExecute());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path err = Files.createTempFile("bggo-load-shutdown", ".err");
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LoadShutdownChild.class.getName())
        .redirectError(err.toFile())
        .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("ready");
      new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();

      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      String log = Files.readString(err, StandardCharsets.UTF_8);
      assertThat(child.exitValue()).as(log).isEqualTo(130);
      assertThat(log.split("vu resource closed", -1)).as(log).hasSize(3);
      assertThat(log.split("run resource closed", -1)).as(log).hasSize(2);
      assertThat(log.indexOf("run resource closed")).isGreaterThan(log.lastIndexOf("vu resource closed"));
      assertThat(log).containsPattern("interrupted_iterations\\.+: 2 ").contains("wall time").contains("interrupted");
    } finally {
      child.destroyForcibly();
      Files.deleteIfExists(err);
    }
  }
}
