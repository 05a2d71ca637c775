package dev.burstgrid.modules.http;

import dev.burstgrid.runtime.testing.TestRunContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.burstgrid.runtime.spi.Asset;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.Runner;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HttpClientInstanceTest {
  private static final int IN_FLIGHT = 50;

  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(new BarrierDispatcher(IN_FLIGHT));
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Answers only once {@code parties} requests are in flight at the same time. */
  private static final class BarrierDispatcher extends Dispatcher {
    private final CountDownLatch allArrived;

    BarrierDispatcher(int parties) {
      allArrived = new CountDownLatch(parties);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      allArrived.countDown();
      boolean together = allArrived.await(20, TimeUnit.SECONDS);
      return new MockResponse.Builder().code(together ? 200 : 504).build();
    }
  }

  @Test
  void fiftyRequestStepsRunAtOnceAgainstOneHost() throws Exception {
    HttpRequestRunner runner = new HttpRequestRunner();
    ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
    try (HttpClientInstance client = HttpClientInstance.createDefault()) {
      List<Future<HttpRequestRunner.Output>> results = new ArrayList<>();
      for (int i = 0; i < IN_FLIGHT; i++) {
        results.add(
            pool.submit(
                () ->
                    runner.run(
                        new InputBuilder(server.url("/").toString()).build(),
                        new HttpRequestRunner.Uses(client),
                        new TestRunContext("r"))));
      }
      for (Future<HttpRequestRunner.Output> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theDispatcherRunsFiftyAsyncCallsAtOnceAgainstOneHost() throws Exception {
    try (HttpClientInstance client = HttpClientInstance.createDefault()) {
      assertThat(client.okHttp().dispatcher().getMaxRequestsPerHost()).isEqualTo(256);
      assertThat(client.okHttp().dispatcher().getMaxRequests()).isEqualTo(256);
      CountDownLatch done = new CountDownLatch(IN_FLIGHT);
      AtomicInteger ok = new AtomicInteger();
      for (int i = 0; i < IN_FLIGHT; i++) {
        Request request = new Request.Builder().url(server.url("/")).build();
        client
            .okHttp()
            .newCall(request)
            .enqueue(
                new Callback() {
                  @Override
                  public void onResponse(Call call, Response response) {
                    if (response.code() == 200) {
                      ok.incrementAndGet();
                    }
                    response.close();
                    done.countDown();
                  }

                  @Override
                  public void onFailure(Call call, IOException e) {
                    done.countDown();
                  }
                });
      }
      assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(ok.get()).isEqualTo(IN_FLIGHT);
    }
  }

  @Test
  void closeStopsTheDispatcher() {
    HttpClientInstance client = HttpClientInstance.createDefault();
    client.close();
    assertThat(client.okHttp().dispatcher().executorService().isShutdown()).isTrue();
    assertThat(client.okHttp().connectionPool().connectionCount()).isZero();
  }

  @Test
  void theAssetAppliesItsConfig() throws Exception {
    HttpClientAsset asset = new HttpClientAsset();
    HttpClientAsset.Config config =
        new ConfigBuilder()
            .timeout(Duration.ofSeconds(45))
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(false)
            .maxConnections(64)
            .headers(Map.of("X-A", "1"))
            .build();
    try (HttpClientInstance client =
        asset.create(config, new TestRunContext("resource.http_client.shared"))) {
      assertThat(client.okHttp().callTimeoutMillis()).isEqualTo(45_000);
      assertThat(client.okHttp().connectTimeoutMillis()).isEqualTo(3_000);
      assertThat(client.okHttp().followRedirects()).isFalse();
      assertThat(client.okHttp().dispatcher().getMaxRequestsPerHost()).isEqualTo(64);
      assertThat(client.defaultHeaders()).containsEntry("x-a", "1");
    }
  }

  @Test
  void rejectsOutOfRangeConfig() {
    assertThatThrownBy(
            () ->
                HttpClientInstance.create(
                    new ConfigBuilder().maxConnections(0).build()))
        .hasMessage("max_connections must be at least 1, got 0");
    assertThatThrownBy(
            () ->
                HttpClientInstance.create(
                    new ConfigBuilder().timeout(Duration.ofSeconds(-1)).build()))
        .hasMessage("timeout must not be negative, got \"-1s\"");
  }

  @Test
  void runnerAndAssetAreRegisteredAsServices() {
    assertThat(ServiceLoader.load(Runner.class).stream().map(p -> p.type().getAnnotation(Kind.class).name()))
        .contains("http_request");
    assertThat(ServiceLoader.load(Asset.class).stream().map(p -> p.type().getAnnotation(Kind.class).name()))
        .contains("http_client");
  }
}
