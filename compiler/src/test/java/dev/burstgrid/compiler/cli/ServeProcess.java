package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** {@code bggoc serve --port 0} as a real process for a test, with the base URL it printed. */
final class ServeProcess implements AutoCloseable {
  final Process process;
  final String baseUrl;

  private ServeProcess(Process process, String baseUrl) {
    this.process = process;
    this.baseUrl = baseUrl;
  }

  static ServeProcess start() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Bggoc.class.getName(), "serve", "--port", "0").start();
    String first = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
    assertThat(first).as("first line of bggoc serve").matches("listening on http://127\\.0\\.0\\.1:\\d+");
    return new ServeProcess(p, first.substring("listening on ".length()));
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
