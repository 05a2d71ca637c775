package dev.burstgrid.modules.http;

import dev.burstgrid.runtime.testing.TestRunContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.runtime.spi.Metrics;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HttpRequestRunnerTest {
  private final HttpRequestRunner runner = new HttpRequestRunner();
  private MockWebServer server;
  private HttpClientInstance client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start(InetAddress.getLoopbackAddress(), 0);
    client = HttpClientInstance.createDefault();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  /** Arguments with every optional one omitted, as generated code passes them. */
  private static InputBuilder request(String url) {
    return new InputBuilder(url);
  }

  private HttpRequestRunner.Output run(HttpRequestRunner.Input input) throws Exception {
    return runner.run(
        input, new HttpRequestRunner.Uses(client), new TestRunContext("step.http_request.r"));
  }

  private String url(String path) {
    return server.url(path).toString();
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  @Test
  void sendsMethodHeadersAndQuery() throws Exception {
    server.enqueue(ok("done"));
    Map<String, String> query = new LinkedHashMap<>();
    query.put("q", "a b&c");
    query.put("page", "2");
    HttpRequestRunner.Output out =
        run(
            request(url("/search?fixed=1"))
                .method("delete")
                .headers(Map.of("X-Trace", "t-1"))
                .query(query)
                .build());

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getMethod()).isEqualTo("DELETE");
    assertThat(recorded.getUrl().encodedQuery()).isEqualTo("fixed=1&q=a%20b%26c&page=2");
    assertThat(recorded.getHeaders().get("X-Trace")).isEqualTo("t-1");
    assertThat(out.statusCode()).isEqualTo(200);
    assertThat(out.body()).isEqualTo("done");
    assertThat(out.json()).isEqualTo(Value.nullOf(Type.ANY));
    assertThat(out.durationMs()).isPositive();
  }

  @Test
  void requestHeadersOverrideTheClientsHeaders() throws Exception {
    client.close();
    client =
        HttpClientInstance.create(
            new ConfigBuilder()
                .maxConnections(8)
                .headers(Map.of("User-Agent", "bggo-test", "X-Env", "staging"))
                .build());
    server.enqueue(ok(""));
    run(request(url("/")).headers(Map.of("x-env", "prod")).build());
    Headers headers = server.takeRequest().getHeaders();
    assertThat(headers.get("User-Agent")).isEqualTo("bggo-test");
    assertThat(headers.values("X-Env")).containsExactly("prod");
  }

  @Test
  void sendsATextBodyAsGiven() throws Exception {
    server.enqueue(ok(""));
    run(
        request(url("/"))
            .method("POST")
            .body("héllo")
            .headers(Map.of("Content-Type", "text/plain"))
            .build());
    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getBody().string(StandardCharsets.UTF_8)).isEqualTo("héllo");
    assertThat(recorded.getHeaders().get("Content-Type")).isEqualTo("text/plain");
  }

  @Test
  void postWithoutBodySendsAnEmptyOne() throws Exception {
    server.enqueue(ok(""));
    run(request(url("/")).method("POST").build());
    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getBodySize()).isZero();
    assertThat(recorded.getHeaders().get("Content-Length")).isEqualTo("0");
  }

  @Test
  void sendsJsonWithItsContentType() throws Exception {
    server.enqueue(ok(""));
    Value json =
        Value.ObjectValue.of(
            Map.of("b", Value.number(new BigDecimal("1.5")), "a", Value.string("x")));
    run(request(url("/")).method("PUT").json(json).build());
    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getBody().string(StandardCharsets.UTF_8))
        .isEqualTo("{\"a\":\"x\",\"b\":1.5}");
    assertThat(recorded.getHeaders().get("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void anExplicitContentTypeWinsOverJsons() throws Exception {
    server.enqueue(ok(""));
    run(
        request(url("/"))
            .method("POST")
            .json(Value.TRUE)
            .headers(Map.of("content-type", "application/vnd.api+json"))
            .build());
    assertThat(server.takeRequest().getHeaders().values("Content-Type"))
        .containsExactly("application/vnd.api+json");
  }

  @Test
  void sendsAForm() throws Exception {
    server.enqueue(ok(""));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", "a b");
    form.put("x&y", "1=2");
    run(request(url("/")).method("POST").form(form).build());
    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getBody().string(StandardCharsets.UTF_8)).isEqualTo("name=a+b&x%26y=1%3D2");
    assertThat(recorded.getHeaders().get("Content-Type"))
        .isEqualTo("application/x-www-form-urlencoded");
  }

  @Test
  void rejectsMoreThanOneBody() {
    assertThatThrownBy(
            () -> run(request(url("/")).method("POST").body("x").json(Value.TRUE).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("set at most one of body, json, form and multipart");
    assertThatThrownBy(() -> run(request(url("/")).method("POST").body("x").form(Map.of()).build()))
        .hasMessage("set at most one of body, json, form and multipart");
  }

  @Test
  void aNullJsonCountsAsNotSet() throws Exception {
    server.enqueue(ok(""));
    run(request(url("/")).method("POST").body("x").json(Value.nullOf(Type.ANY)).build());
    assertThat(server.takeRequest().getBody().string(StandardCharsets.UTF_8)).isEqualTo("x");
  }

  @Test
  void rejectsABodyOnGet() {
    assertThatThrownBy(() -> run(request(url("/")).body("x").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("method GET cannot send a body");
  }

  @Test
  void rejectsBadUrlsAndMethods() {
    assertThatThrownBy(() -> run(request("127.0.0.1/x").build()))
        .hasMessageStartingWith("url \"127.0.0.1/x\" is not an absolute http or https URL");
    assertThatThrownBy(() -> run(request(url("/")).method("GE T").build()))
        .hasMessageStartingWith("method \"GE T\" is not an HTTP method");
    assertThatThrownBy(() -> run(request(url("/")).headers(Map.of("Bad Name", "v")).build()))
        .hasMessageStartingWith("invalid header \"Bad Name\":");
  }

  @Test
  void sendsBasicAuth() throws Exception {
    server.enqueue(ok(""));
    run(request(url("/")).basicAuth(new HttpRequestRunner.BasicAuth("user", "pässword")).build());
    String expected =
        "Basic "
            + Base64.getEncoder().encodeToString("user:pässword".getBytes(StandardCharsets.UTF_8));
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo(expected);
  }

  @Test
  void sendsABearerToken() throws Exception {
    server.enqueue(ok(""));
    run(request(url("/")).bearerToken("tok-123").build());
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer tok-123");
  }

  @Test
  void rejectsTwoKindsOfAuth() {
    assertThatThrownBy(
            () ->
                run(
                    request(url("/"))
                        .bearerToken("t")
                        .basicAuth(new HttpRequestRunner.BasicAuth("u", "p"))
                        .build()))
        .hasMessage("set at most one of basic_auth and bearer_token");
  }

  @Test
  void aNon2xxStatusIsAnOutput() throws Exception {
    server.enqueue(new MockResponse.Builder().code(404).body("nope").build());
    HttpRequestRunner.Output out = run(request(url("/missing")).build());
    assertThat(out.statusCode()).isEqualTo(404);
    assertThat(out.body()).isEqualTo("nope");
  }

  @Test
  void failOnStatusTurnsANon2xxStatusIntoAFailure() {
    server.enqueue(new MockResponse.Builder().code(503).body("overloaded").build());
    String url = url("/busy");
    assertThatThrownBy(() -> run(request(url).failOnStatus(true).build()))
        .isInstanceOf(IOException.class)
        .hasMessage("GET " + url + " returned status 503; body: overloaded");
  }

  @Test
  void parsesJsonResponsesAndJoinsRepeatedHeaders() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .addHeader("Content-Type", "application/json; charset=utf-8")
            .addHeader("X-Multi", "a")
            .addHeader("x-multi", "b")
            .body("{\"ok\":true,\"n\":[1,2.5]}")
            .build());
    HttpRequestRunner.Output out = run(request(url("/")).build());
    assertThat(out.json())
        .isEqualTo(
            Value.ObjectValue.of(
                Map.of(
                    "ok",
                    Value.TRUE,
                    "n",
                    new Value.TupleValue(
                        List.of(Value.number(1), Value.number(new BigDecimal("2.5")))))));
    assertThat(out.headers())
        .containsEntry("x-multi", "a, b")
        .containsEntry("content-type", "application/json; charset=utf-8");
    assertThat(out.headers().keySet()).allMatch(name -> name.equals(name.toLowerCase()));
  }

  @Test
  void parsesProblemJsonAndIgnoresMalformedJson() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .addHeader("Content-Type", "application/problem+json")
            .body("{\"title\":\"bad\"}")
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(500)
            .addHeader("Content-Type", "application/json")
            .body("<html>oops")
            .build());
    assertThat(run(request(url("/")).build()).json())
        .isEqualTo(Value.ObjectValue.of(Map.of("title", Value.string("bad"))));
    HttpRequestRunner.Output malformed = run(request(url("/")).build());
    assertThat(malformed.json().isNull()).isTrue();
    assertThat(malformed.body()).isEqualTo("<html>oops");
  }

  @Test
  void followsRedirectsUnlessTold() throws Exception {
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/next").build());
    server.enqueue(ok("landed"));
    assertThat(run(request(url("/start")).build()).body()).isEqualTo("landed");

    client.close();
    client =
        HttpClientInstance.create(
            new ConfigBuilder().followRedirects(false).maxConnections(8).build());
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/next").build());
    HttpRequestRunner.Output out = run(request(url("/start")).build());
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(out.headers()).containsEntry("location", "/next");
  }

  @Test
  void worksWithoutAClient() throws Exception {
    server.enqueue(ok("shared"));
    HttpRequestRunner.Output out =
        runner.run(
            request(url("/")).build(), new HttpRequestRunner.Uses(null), new TestRunContext("r"));
    assertThat(out.body()).isEqualTo("shared");
  }

  @Test
  void aTimeoutIsAFailureNamingMethodAndUrl() throws Exception {
    try (ServerSocket silent = silentServer()) {
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/slow";
      long start = System.nanoTime();
      assertThatThrownBy(() -> run(request(url).timeout(Duration.ofMillis(300)).build()))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("GET " + url + " failed: timed out after 300ms");
      assertThat(System.nanoTime() - start)
          .isLessThan(TimeUnit.SECONDS.toNanos(5)); // the server never answers
    }
  }

  @Test
  void theClientsTimeoutApplies() throws Exception {
    client.close();
    client =
        HttpClientInstance.create(
            new ConfigBuilder().timeout(Duration.ofMillis(200)).maxConnections(8).build());
    try (ServerSocket silent = silentServer()) {
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/";
      assertThatThrownBy(() -> run(request(url).build()))
          .hasMessageContaining("timed out after 200ms");
    }
  }

  @Test
  void cancellationEndsACallToAServerThatNeverAnswers() throws Exception {
    try (ServerSocket silent = silentServer()) {
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/hang";
      TestRunContext context = new TestRunContext("r");
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread thread =
          new Thread(
              () -> {
                try {
                  runner.run(
                      request(url).timeout(Duration.ZERO).build(),
                      new HttpRequestRunner.Uses(client),
                      context);
                } catch (Throwable t) {
                  failure.set(t);
                }
              });
      thread.start();
      context.awaitHook();
      long start = System.nanoTime();
      context.cancel();
      thread.join(10_000);
      assertThat(thread.isAlive()).isFalse();
      assertThat(System.nanoTime() - start)
          .isLessThan(TimeUnit.SECONDS.toNanos(5)); // the server never answers
      assertThat(failure.get())
          .isInstanceOf(CancellationException.class)
          .hasMessage("GET " + url + " was cancelled");
    }
  }

  @Test
  void aRefusedConnectionIsAFailure() throws Exception {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/";
    assertThatThrownBy(() -> run(request(url).build()))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("GET " + url + " failed: could not connect");
  }

  /** Accepts connections into its backlog and never answers. */
  private static ServerSocket silentServer() throws IOException {
    return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
  }

  @Test
  void waitingIsFromTheRequestSentToTheHeadersAndDurationAlsoCoversTheBody() throws Exception {
    RecordingMetrics metrics = new RecordingMetrics();
    TestRunContext context = new TestRunContext("step.http_request.r").recordingMetricsInto(metrics);
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(200)
          .headersDelay(80, TimeUnit.MILLISECONDS)
          .bodyDelay(250, TimeUnit.MILLISECONDS)
          .body("slow body").build());
      runner.run(new InputBuilder(server.url("/slow").toString()).build(),
          new HttpRequestRunner.Uses(client), context);
    }

    List<Double> waiting = metrics.values("http_req_waiting");
    List<Double> duration = metrics.values("http_req_duration");
    assertThat(waiting).hasSize(3).allSatisfy(w -> assertThat(w).isBetween(75.0, 300.0));
    assertThat(duration).hasSize(3).allSatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(325.0));
    for (int i = 0; i < 3; i++) {
      assertThat(duration.get(i) - waiting.get(i)).isGreaterThanOrEqualTo(240.0); // the body's delay
    }
    // Nanosecond marks, not OkHttp's whole milliseconds: three whole values would be a coincidence.
    assertThat(waiting).anySatisfy(w -> assertThat(w % 1.0).isNotZero());
    assertThat(metrics.counters.get("http_reqs")).isEqualTo(3);
  }

  @Test
  void aFastLocalResponseWaitsUnderAMillisecondNotZeroOrOne() throws Exception {
    RecordingMetrics metrics = new RecordingMetrics();
    TestRunContext context = new TestRunContext("step.http_request.r").recordingMetricsInto(metrics);
    for (int i = 0; i < 20; i++) {
      server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
      runner.run(new InputBuilder(server.url("/fast").toString()).build(),
          new HttpRequestRunner.Uses(client), context);
    }
    // Whole milliseconds would record each as 0 or 1; a loopback answer takes a fraction.
    assertThat(metrics.values("http_req_waiting")).hasSize(20)
        .anySatisfy(w -> assertThat(w).isStrictlyBetween(0.0, 1.0));
  }

  @Test
  void dataSentAndReceivedCountTheHeadersAndBodiesExchanged() throws Exception {
    RecordingMetrics metrics = new RecordingMetrics();
    TestRunContext context = new TestRunContext("step.http_request.r").recordingMetricsInto(metrics);
    server.enqueue(new MockResponse.Builder().code(201).addHeader("X-Reply", "yes").body("created!").build());
    HttpRequestRunner.Output out = runner.run(
        new InputBuilder(server.url("/items").toString()).method("POST").body("hello").build(),
        new HttpRequestRunner.Uses(client), context);
    RecordedRequest received = server.takeRequest();
    // Each header counts its name, its value and 4 bytes of framing, as OkHttp counts them.
    assertThat(metrics.counters.get("data_sent")).isEqualTo(received.getHeaders().byteCount() + 5);
    long responseHeaders = 0;
    for (Map.Entry<String, List<String>> header : out.headersAll().entrySet()) {
      for (String value : header.getValue()) {
        responseHeaders += header.getKey().length() + value.length() + 4;
      }
    }
    assertThat(responseHeaders).isPositive();
    assertThat(metrics.counters.get("data_received")).isEqualTo(responseHeaders + 8);
  }

  /** Metrics that keep every value a runner records. */
  private static final class RecordingMetrics implements Metrics {
    final Map<String, List<Double>> trends = new ConcurrentHashMap<>();
    final Map<String, Long> counters = new ConcurrentHashMap<>();

    List<Double> values(String trend) {
      return trends.getOrDefault(trend, List.of());
    }

    @Override
    public Trend trend(String name) {
      return v -> trends.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(v);
    }

    @Override
    public Counter counter(String name) {
      return n -> counters.merge(name, n, Long::sum);
    }
  }
}
