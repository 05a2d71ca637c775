package dev.burstgrid.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A run stopped by Ctrl-C still writes complete, valid reports before the JVM exits. */
@Timeout(60)
class ReportShutdownTest {

  @TempDir Path dir;

  @Test
  void ctrlCWritesEveryReport() throws Exception {
    assumeTrue(new File("/bin/kill").canExecute() || new File("/usr/bin/kill").canExecute());
    Path json = dir.resolve("r.json");
    Path junit = dir.resolve("r.xml");
    Path html = dir.resolve("r.html");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ReportShutdownChild.class.getName(), json.toString(), junit.toString(), html.toString())
        .redirectError(dir.resolve("err.txt").toFile()).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("ready");
      new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

      RunReport r = ReportFiles.read(json);
      assertThat(r.interrupted()).isTrue();
      assertThat(r.exitCode()).isEqualTo(130);
      assertThat(r.value("step.test.tick.duration", "count")).isGreaterThanOrEqualTo(20);
      assertThat(r.intervals()).isNotEmpty();
      DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
      assertThat(Files.readString(html)).contains("interrupted").endsWith("</html>\n");
    } finally {
      child.destroyForcibly();
    }
  }
}
