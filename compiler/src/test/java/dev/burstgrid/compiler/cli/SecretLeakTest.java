package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's acceptance: a grid uses a sensitive variable everywhere a value can surface (print,
 * locals, outputs, a URL, headers, a command's argv and stderr, a failing HTTP body, templates,
 * jsonencode, base64, error messages), and nothing bggo writes holds it: not {@code bggoc run}'s
 * streams or reports, not {@code bggoc emit}'s source, not the built jar's bytes, not the jar's
 * run.
 */
class SecretLeakTest {
  private static final String GRID = "src/test/resources/inputs/leak_everywhere.hcl";
  /** What every form of the secret (as is, JSON-escaped, URL-encoded) holds. */
  private static final String CORE = "S3cret";
  private static final String SECRET = "Dflt-S3cret&Val";
  private static final String BASE64 = Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8));

  @TempDir Path dir;

  @Test
  void nothingBggoWritesHoldsTheSecret() throws Exception {
    List<String> written = new ArrayList<>();
    try (TokenServer server = new TokenServer("unused")) {
      CliResult run = Cli.run("run", GRID, "-var", "base=" + server.baseUrl(),
          "--report-json", dir.resolve("r.json").toString(), "--report-junit", dir.resolve("r.xml").toString(),
          "--report-html", dir.resolve("r.html").toString());
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
      assertThat(server.received()).contains("/echo/" + SECRET + " Bearer " + SECRET); // really sent
      assertThat(run.err()).contains("returned status 500");
      assertThat(run.out()).contains("step.print.streams [\"out-(sensitive value)\\n\"");
      written.add(run.out());
      written.add(run.err());
      CliResult ended = Cli.run("run", GRID, "-var", "base=" + server.baseUrl(), "-var", "fail=false");
      assertThat(ended.exitCode()).as(ended.toString()).isZero();
      assertThat(ended.err()).contains("output \"derived\" = \"(sensitive value)\"");
      assertThat(ended.out()).contains("step.print.body \"no access for /echo/(sensitive value)");
      written.add(ended.out());
      written.add(ended.err());
      for (String report : List.of("r.json", "r.xml", "r.html")) {
        written.add(Files.readString(dir.resolve(report)));
      }

      CliResult emitted = Cli.run("emit", GRID);
      assertThat(emitted.exitCode()).as(emitted.toString()).isZero();
      written.add(emitted.out());

      Path jar = dir.resolve("leak.jar");
      CliResult built = Cli.run("build", GRID, "-o", jar.toString());
      assertThat(built.exitCode()).as(built.toString()).isZero();
      written.add(built.out() + built.err());
      written.add(grid(jar));
      written.add(runJar(jar, "-var", "base=" + server.baseUrl(), "-var", "secret=" + SECRET));
    }
    for (String text : written) {
      assertThat(text).doesNotContain(CORE).doesNotContain(BASE64);
    }
  }

  /** The jar's bytes, but for the files packed from this test run's own class path (the grid itself among them). */
  private static String grid(Path jar) throws Exception {
    StringBuilder all = new StringBuilder();
    try (JarFile j = new JarFile(jar.toFile())) {
      for (var e : java.util.Collections.list(j.entries())) {
        if (!Files.isRegularFile(Path.of("target/test-classes").resolve(e.getName()))) {
          all.append(new String(j.getInputStream(e).readAllBytes(), StandardCharsets.ISO_8859_1));
        }
      }
    }
    return all.toString();
  }

  private static String runJar(Path jar, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    p.getInputStream().transferTo(out);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(text).isEqualTo(1);
    assertThat(text).contains("returned status 500");
    return text;
  }
}
