package dev.burstgrid.modules.websocket.testing;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Node.js test server, started from a module's {@code src/test/node} directory: {@code
 * node server.js}, on 127.0.0.1, port 0; it prints {@code port N} when it listens and exits when
 * its stdin closes. Tests against it are skipped when {@code node} is not installed; they fail,
 * saying what to run, when its packages are not ({@code .ci/run} installs them).
 */
public final class NodeServer implements AutoCloseable {
  /** Why tests against a Node.js server are skipped. */
  public static final String NO_NODE =
      "node is not installed: skipping the tests against a real Node.js server";

  private static final Duration STARTUP = Duration.ofSeconds(30);

  private final Process process;
  private final int port;
  // HTTP/1.1 only: an h2c upgrade offer would look like a WebSocket upgrade to the server.
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private NodeServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts {@code modules/<module>/src/test/node/server.js}. */
  public static NodeServer start(String module) throws IOException, InterruptedException {
    return start(module, Map.of());
  }

  /**
   * Starts {@code modules/<module>/src/test/node/server.js} with more environment, such as
   * {@code TLS_CERT_FILE} and {@code TLS_KEY_FILE} (PEM files) for a TLS server.
   */
  public static NodeServer start(String module, Map<String, String> environment)
      throws IOException, InterruptedException {
    Assumptions.assumeTrue(nodeInstalled(), NO_NODE);
    Path dir = serverDirectory(module);
    if (!Files.isDirectory(dir.resolve("node_modules"))) {
      throw new IllegalStateException(
          "the test server's packages are missing: run `npm ci` in " + dir.toAbsolutePath()
              + " (.ci/run does)");
    }
    ProcessBuilder builder =
        new ProcessBuilder("node", "server.js")
            .directory(dir.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(environment);
    Process process = builder.start();
    CompletableFuture<String> firstLine =
        CompletableFuture.supplyAsync(() -> readFirstLine(process));
    String line;
    try {
      line = firstLine.get(STARTUP.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException("the Node.js server in " + dir + " did not start", e);
    }
    if (line == null || !line.startsWith("port ")) {
      process.destroyForcibly();
      throw new IllegalStateException("the Node.js server in " + dir + " printed " + line);
    }
    return new NodeServer(process, Integer.parseInt(line.substring(5).trim()));
  }

  /**
   * Starts the module's server with TLS, on a self-signed certificate for {@code localhost}
   * that no client trusts (and whose name is not 127.0.0.1): only {@code insecure_skip_verify}
   * gets through.
   */
  public static NodeServer startWithSelfSignedTls(String module, Path dir)
      throws IOException, InterruptedException {
    HeldCertificate certificate =
        new HeldCertificate.Builder().commonName("localhost").addSubjectAlternativeName("localhost").build();
    Path cert = Files.writeString(dir.resolve("cert.pem"), certificate.certificatePem());
    Path key = Files.writeString(dir.resolve("key.pem"), certificate.privateKeyPkcs8Pem());
    return start(module, Map.of("TLS_CERT_FILE", cert.toString(), "TLS_KEY_FILE", key.toString()));
  }

  public int port() {
    return port;
  }

  /** {@code http://127.0.0.1:PORT}. */
  public String httpUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** {@code ws://127.0.0.1:PORT}. */
  public String wsUrl() {
    return "ws://127.0.0.1:" + port;
  }

  /** The server's {@code GET /stats} document. */
  public Value.ObjectValue stats() throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(httpUrl() + "/stats")).build(),
            HttpResponse.BodyHandlers.ofString());
    try {
      return (Value.ObjectValue) Json.decode(response.body());
    } catch (Json.JsonException e) {
      throw new IOException("GET /stats answered " + response.body(), e);
    }
  }

  /** A number of the stats document, such as {@code connections}. */
  public long stat(String name) throws IOException, InterruptedException {
    return ((Value.Num) stats().attributes().get(name)).value().longValueExact();
  }

  /**
   * Waits until a number of the stats document has the expected value (the server notices a
   * closed connection a moment after the client is done), at most five seconds.
   */
  public void awaitStat(String name, long expected) throws IOException, InterruptedException {
    for (int i = 0; i < 100 && stat(name) != expected; i++) {
      Thread.sleep(50);
    }
    if (stat(name) != expected) {
      throw new AssertionError("the server's " + name + " is " + stat(name) + ", not " + expected);
    }
  }

  /** Closes the server's stdin, which ends it; kills it if it lingers. */
  @Override
  public void close() throws IOException, InterruptedException {
    process.getOutputStream().close();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private static String readFirstLine(Process process) {
    try {
      return new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
          .readLine();
    } catch (IOException e) {
      return null;
    }
  }

  /** {@code modules/<module>/src/test/node}, found from the working directory of any module. */
  static Path serverDirectory(String module) {
    Path relative = Path.of("modules", module, "src", "test", "node");
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
    }
    throw new IllegalStateException("no " + relative + " above " + Path.of("").toAbsolutePath());
  }

  /** Whether {@code node} runs. */
  public static boolean nodeInstalled() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
