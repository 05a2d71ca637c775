package dev.burstgrid.modules.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.burstgrid.runtime.testing.TestRunContext;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The wait for a connection slot, cookie deletion, and arguments http_client refuses. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClientLimitsTest {
  private final HttpRequestRunner runner = new HttpRequestRunner();
  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch firstArrived = new CountDownLatch(1);
  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (request.getUrl().encodedPath().equals("/hold")) {
          firstArrived.countDown();
          release.await(30, TimeUnit.SECONDS);
        }
        return new MockResponse.Builder().body("done").build();
      }
    });
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.close();
  }

  @Test
  void aRequestThatFindsNoFreeSlotWithinQueueTimeoutFailsNamingIt() throws Exception {
    try (HttpClientInstance client = HttpClientInstance.create(
        new ConfigBuilder().maxConnections(1).queueTimeout(Duration.ofMillis(200)).build())) {
      Thread holder = holdTheOnlySlot(client, new AtomicReference<>());
      assertThatThrownBy(() -> send(client, "/next", new TestRunContext("r")))
          .isInstanceOf(IOException.class)
          .hasMessage("GET " + server.url("/next") + " failed: waited 200ms for one of the client's 1"
              + " connection slots (max_connections); raise queue_timeout or max_connections");
      release.countDown();
      holder.join();
      assertThat(send(client, "/after", new TestRunContext("r")).body()).isEqualTo("done");
    }
  }

  @Test
  void cancellingARequestThatWaitsForASlotEndsItsWait() throws Exception {
    try (HttpClientInstance client = HttpClientInstance.create(new ConfigBuilder().maxConnections(1).build())) {
      holdTheOnlySlot(client, new AtomicReference<>());
      AtomicReference<Throwable> waiterFailure = new AtomicReference<>();
      Thread waiter = sendInBackground(client, "/next", waiterFailure);
      waiter.interrupt(); // what the run does to a cancelled step's thread
      waiter.join(10_000);
      assertThat(waiterFailure.get()).isInstanceOf(CancellationException.class)
          .hasMessageContaining("while waiting for a connection");
    }
  }

  @Test
  void aCookieSetToExpireIsForgotten() {
    SessionCookies jar = new SessionCookies();
    HttpUrl url = HttpUrl.get("http://127.0.0.1/app");
    jar.saveFromResponse(url, List.of(okhttp3.Cookie.parse(url, "sid=1; Path=/")));
    assertThat(jar.loadForRequest(url)).extracting(okhttp3.Cookie::value).containsExactly("1");
    jar.saveFromResponse(url, List.of(okhttp3.Cookie.parse(url, "sid=1; Path=/; Max-Age=0")));
    assertThat(jar.loadForRequest(url)).isEmpty();
  }

  @Test
  void refusesInconsistentOrMalformedArguments(@TempDir Path dir) throws IOException {
    assertRefused(new ConfigBuilder().httpVersion("3").build(),
        "http_version \"3\" is not one of \"auto\", \"1.1\" or \"2\"");
    assertRefused(new ConfigBuilder().maxBody("lots").build(),
        "max_body \"lots\" is not a size, such as \"4MB\", \"512KB\" or 1000 (bytes)");
    assertRefused(new ConfigBuilder().caCert("ca.pem").insecureSkipVerify(true).build(),
        "set at most one of ca_cert and insecure_skip_verify");
    assertRefused(new ConfigBuilder().clientCert("c.pem").build(), "client_cert and client_key go together");
    Files.writeString(dir.resolve("empty.pem"), "nothing here");
    assertThatThrownBy(() -> HttpClientInstance.create(new ConfigBuilder().caCert("empty.pem").build(), dir))
        .hasMessageStartingWith("ca_cert holds no readable PEM certificate");
    assertThatThrownBy(() -> HttpClientInstance.create(new ConfigBuilder().caCert("missing.pem").build(), dir))
        .hasMessageStartingWith("ca_cert \"missing.pem\" is neither PEM text (-----BEGIN …) nor a readable file ("
            + dir.resolve("missing.pem"));
    String secret = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ";
    assertThatThrownBy(() -> HttpClientInstance.create(
            new ConfigBuilder().clientCert("-----BEGIN CERTIFICATE-----").clientKey(secret).build(), dir))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
  }

  @Test
  void sizesCountInUnitsOf1024() {
    assertThat(ByteSize.parse("max_body", "1000")).isEqualTo(1000);
    assertThat(ByteSize.parse("max_body", "4MB")).isEqualTo(4L << 20);
    assertThat(ByteSize.parse("max_body", "512kib")).isEqualTo(512L << 10);
    assertThat(ByteSize.parse("max_body", "0")).isZero();
    assertThatThrownBy(() -> ByteSize.parse("max_body", "99999999999GB")).hasMessageContaining("too large");
  }

  @Test
  void filesOutsideTheGridDirectoryAreRefused(@TempDir Path dir) throws IOException {
    Path grid = Files.createDirectory(dir.resolve("grid"));
    Files.writeString(dir.resolve("secret.txt"), "s");
    Files.writeString(grid.resolve("ok.txt"), "o");
    Files.createSymbolicLink(grid.resolve("link.txt"), dir.resolve("secret.txt"));
    assertThat(GridFiles.inside(grid, "file", "ok.txt")).isEqualTo(grid.resolve("ok.txt").toRealPath());
    assertThatThrownBy(() -> GridFiles.inside(grid, "file", "../secret.txt")).hasMessageContaining("outside");
    assertThatThrownBy(() -> GridFiles.inside(grid, "file", "link.txt")).hasMessageContaining("outside");
    assertThatThrownBy(() -> GridFiles.inside(grid, "file", dir.resolve("secret.txt").toString()))
        .hasMessageContaining("outside");
    assertThatThrownBy(() -> GridFiles.inside(grid, "file", "nope.txt")).hasMessageContaining("does not exist");
  }

  private static void assertRefused(HttpClientAsset.Config config, String message) {
    assertThatThrownBy(() -> HttpClientInstance.create(config)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  /** Sends /hold on another thread and returns once the server has it, so the slot is taken. */
  private Thread holdTheOnlySlot(HttpClientInstance client, AtomicReference<Throwable> failure)
      throws InterruptedException {
    Thread holder = sendInBackground(client, "/hold", failure);
    assertThat(firstArrived.await(10, TimeUnit.SECONDS)).isTrue();
    return holder;
  }

  private Thread sendInBackground(HttpClientInstance client, String path, AtomicReference<Throwable> failure) {
    Thread thread = new Thread(() -> {
      try {
        send(client, path, new TestRunContext("r"));
      } catch (Throwable t) {
        failure.set(t);
      }
    });
    thread.start();
    return thread;
  }

  private HttpRequestRunner.Output send(HttpClientInstance client, String path, TestRunContext context)
      throws Exception {
    return runner.run(new InputBuilder(server.url(path).toString()).build(), new HttpRequestRunner.Uses(client),
        context);
  }
}
