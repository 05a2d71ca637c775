package dev.burstgrid.modules.http;

import dev.burstgrid.runtime.testing.TestRunContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An HTTPS server with a self-signed certificate, made with the JDK's keytool. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InsecureSkipVerifyTest {
  private static final char[] PASSWORD = "changeit".toCharArray();

  private static SSLContext serverTls;

  private final HttpRequestRunner runner = new HttpRequestRunner();
  private MockWebServer server;

  @BeforeAll
  static void makeCertificate(@TempDir Path dir) throws Exception {
    serverTls = selfSigned(dir);
  }

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.useHttps(serverTls.getSocketFactory());
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aSelfSignedCertificateFailsWithAHint() {
    server.enqueue(new MockResponse.Builder().code(200).build());
    try (HttpClientInstance client = HttpClientInstance.createDefault()) {
      assertThatThrownBy(() -> send(client))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("failed: TLS failed")
          .hasMessageContaining("set insecure_skip_verify = true on the http_client");
    }
  }

  @Test
  void insecureSkipVerifyAcceptsIt() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("secret place").build());
    HttpClientAsset.Config config =
        new ConfigBuilder().maxConnections(4).insecureSkipVerify(true).build();
    try (HttpClientInstance client = HttpClientInstance.create(config)) {
      assertThat(send(client).body()).isEqualTo("secret place");
    }
  }

  private HttpRequestRunner.Output send(HttpClientInstance client) throws Exception {
    return runner.run(
        new InputBuilder(server.url("/").toString()).build(),
        new HttpRequestRunner.Uses(client),
        new TestRunContext("r"));
  }

  private static SSLContext selfSigned(Path dir) throws Exception {
    Path keystore = dir.resolve("server.p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                List.of(
                    keytool.toString(),
                    "-genkeypair",
                    "-alias",
                    "server",
                    "-keyalg",
                    "EC",
                    "-groupname",
                    "secp256r1",
                    "-dname",
                    "CN=localhost",
                    "-validity",
                    "2",
                    "-ext",
                    "san=ip:127.0.0.1,dns:localhost",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    keystore.toString(),
                    "-storepass",
                    new String(PASSWORD)))
            .redirectErrorStream(true)
            .start();
    String log = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(log).isZero();

    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, PASSWORD);
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }
}
