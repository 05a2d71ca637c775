package dev.burstgrid.modules.http.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.burstgrid.modules.http.transport.RawServer.Reply;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class Http1TransportTest {
  private MockWebServer server;
  private OkHttpClient okHttp;
  private Http1Transport transport;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start(InetAddress.getLoopbackAddress(), 0);
    okHttp = new OkHttpClient.Builder().build();
    transport = new Http1Transport(okHttp, 8);
  }

  @AfterEach
  void stop() {
    transport.close();
    server.close();
    okHttp.connectionPool().evictAll();
  }

  private Response send(Request request) throws IOException {
    return transport.newExchange(request).execute();
  }

  private String body(Request request) throws IOException {
    try (Response response = send(request)) {
      return response.body().string();
    }
  }

  private static Request get(String url) {
    return new Request.Builder().url(url).build();
  }

  @Test
  void sendsWhatOkHttpWouldAddAndReusesTheConnection() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().body("r" + i).build());
    }
    server.enqueue(new MockResponse.Builder().body("okhttp").build());
    Request request = get(server.url("/path?q=a%20b").toString());
    assertThat(body(request)).isEqualTo("r0");
    assertThat(body(request)).isEqualTo("r1");
    assertThat(body(request)).isEqualTo("r2");
    try (Response viaOkHttp = okHttp.newCall(request).execute()) {
      viaOkHttp.body().string();
    }
    List<RecordedRequest> seen = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      seen.add(server.takeRequest());
    }
    assertThat(seen.subList(0, 3)).allMatch(r -> r.getConnectionIndex() == 0);
    RecordedRequest ours = seen.get(0);
    RecordedRequest theirs = seen.get(3);
    assertThat(ours.getRequestLine()).isEqualTo(theirs.getRequestLine()).isEqualTo("GET /path?q=a%20b HTTP/1.1");
    assertThat(ours.getHeaders()).isEqualTo(theirs.getHeaders());
  }

  @Test
  void readsChunkedGzippedAndCloseDelimitedBodies() throws Exception {
    server.enqueue(new MockResponse.Builder().chunkedBody("a chunked body of some length", 5).build());
    Buffer gzipped = new Buffer();
    try (BufferedSink sink = Okio.buffer(new GzipSink(gzipped))) {
      sink.writeUtf8("unzipped on the way");
    }
    server.enqueue(new MockResponse.Builder().addHeader("Content-Encoding", "gzip").body(gzipped).build());
    String url = server.url("/").toString();
    assertThat(body(get(url))).isEqualTo("a chunked body of some length");
    try (Response response = send(get(url))) {
      assertThat(response.body().string()).isEqualTo("unzipped on the way");
      assertThat(response.header("Content-Encoding")).isNull();
      assertThat(response.header("Content-Length")).isNull();
    }
    assertThat(server.takeRequest().getConnectionIndex()).isEqualTo(server.takeRequest().getConnectionIndex());

    try (RawServer raw = new RawServer(r -> Reply.thenClose("HTTP/1.1 200 OK\r\nX-A: 1\r\n\r\nuntil the end"))) {
      assertThat(body(get(raw.url("/")))).isEqualTo("until the end");
      assertThat(body(get(raw.url("/")))).isEqualTo("until the end");
      assertThat(raw.connections()).isEqualTo(2); // a body read to the close cannot share it
    }
  }

  @Test
  void headAndNoContentAnswersHaveNoBodyAndKeepTheConnection() throws Exception {
    try (RawServer raw = new RawServer(r -> r.head().startsWith("HEAD")
        ? Reply.keep("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n")
        : r.head().startsWith("DELETE")
            ? Reply.keep("HTTP/1.1 204 No Content\r\n\r\n")
            : Reply.keep("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nnext"))) {
      try (Response head = send(new Request.Builder().url(raw.url("/")).head().build())) {
        assertThat(head.header("Content-Length")).isEqualTo("100");
        assertThat(head.body().string()).isEmpty();
      }
      assertThat(body(new Request.Builder().url(raw.url("/")).delete().build())).isEmpty();
      assertThat(body(get(raw.url("/")))).isEqualTo("next");
      assertThat(raw.connections()).isEqualTo(1);
    }
  }

  @Test
  void aConnectionIsKeptOnlyWhenBothSidesMeanToKeepIt() throws Exception {
    try (RawServer raw = new RawServer(r -> r.head().contains("/http10-keep")
        ? Reply.keep("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok")
        : r.head().contains("/http10")
            ? Reply.keep("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok")
            : r.head().contains("/server-closes")
                ? Reply.keep("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok")
                : Reply.keep("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"))) {
      String[] paths = {"/a", "/client-closes", "/b", "/server-closes", "/c", "/http10", "/d",
          "/http10-keep", "/e"};
      for (String path : paths) {
        Request.Builder request = new Request.Builder().url(raw.url(path));
        if (path.equals("/client-closes")) {
          request.header("Connection", "close");
        }
        assertThat(body(request.build())).isEqualTo("ok");
      }
      List<Integer> connections = new ArrayList<>();
      for (RawServer.Received r : raw.received) {
        connections.add(r.connection());
      }
      // a and client-closes share one; b and server-closes the next; c and http10 the next;
      // d, http10-keep and e the last.
      assertThat(connections).containsExactly(0, 0, 1, 1, 2, 2, 3, 3, 3);
    }
  }

  @Test
  void informationalResponsesAreSkipped() throws Exception {
    try (RawServer raw = new RawServer(r -> Reply.keep(
        "HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok"))) {
      try (Response response = send(get(raw.url("/")))) {
        assertThat(response.code()).isEqualTo(201);
        assertThat(response.header("Link")).isNull();
        assertThat(response.body().string()).isEqualTo("ok");
      }
    }
  }

  @Test
  void aPooledConnectionTheServerDroppedIsReplacedWithoutFailingTheRequest() throws Exception {
    try (RawServer raw = new RawServer(r -> Reply.thenClose("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"))) {
      for (int i = 0; i < 3; i++) {
        assertThat(body(new Request.Builder().url(raw.url("/")).post(RequestBody.create("x", null)).build()))
            .isEqualTo("ok");
      }
      assertThat(raw.received).hasSize(3);
      assertThat(raw.connections()).isEqualTo(3);
    }
  }

  @Test
  void aFailureAfterTheAnswerBeganIsNotRetried() throws Exception {
    try (RawServer raw = new RawServer(r -> Reply.thenClose("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"))) {
      assertThatThrownBy(() -> body(get(raw.url("/"))))
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining("closed the connection before the end of the body");
      assertThat(raw.received).hasSize(1);
    }
  }

  @Test
  void malformedAnswersFailWithWhatWasWrong() throws Exception {
    String[] answers = {
      "HTTP/1.1 2x0 OK\r\n\r\n", "Unexpected status line: HTTP/1.1 2x0 OK",
      "SSH-2.0-OpenSSH\r\n\r\n", "Unexpected status line: SSH-2.0-OpenSSH",
      "HTTP/1.1 200 OK\r\nContent-Length: ten\r\n\r\n", "malformed Content-Length \"ten\"",
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "malformed chunk size \"zz\"",
    };
    for (int i = 0; i < answers.length; i += 2) {
      String answer = answers[i];
      try (RawServer raw = new RawServer(r -> Reply.thenClose(answer))) {
        assertThatThrownBy(() -> body(get(raw.url("/"))))
            .isInstanceOf(ProtocolException.class)
            .hasMessageContaining(answers[i + 1]);
      }
    }
  }

  @Test
  void redirectsFollowOkHttpsRules() throws Exception {
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/get").build());
    server.enqueue(new MockResponse.Builder().body("after 302").build());
    server.enqueue(new MockResponse.Builder().code(307).addHeader("Location", "/again").build());
    server.enqueue(new MockResponse.Builder().body("after 307").build());
    RequestBody form = RequestBody.create("a=1", MediaType.get("application/x-www-form-urlencoded"));
    Request post = new Request.Builder().url(server.url("/post")).header("Authorization", "secret").post(form).build();
    assertThat(body(post)).isEqualTo("after 302");
    assertThat(body(post)).isEqualTo("after 307");
    server.takeRequest();
    RecordedRequest afterFound = server.takeRequest();
    assertThat(afterFound.getRequestLine()).isEqualTo("GET /get HTTP/1.1");
    assertThat(afterFound.getHeaders().get("Content-Type")).isNull();
    assertThat(afterFound.getHeaders().get("Authorization")).isEqualTo("secret"); // same host
    server.takeRequest();
    RecordedRequest afterTemporary = server.takeRequest();
    assertThat(afterTemporary.getRequestLine()).isEqualTo("POST /again HTTP/1.1");
    assertThat(afterTemporary.getBody().utf8()).isEqualTo("a=1");

    try (MockWebServer other = new MockWebServer()) {
      other.start(InetAddress.getLoopbackAddress(), 0);
      other.enqueue(new MockResponse.Builder().body("elsewhere").build());
      String elsewhere = "http://localhost:" + other.getPort() + "/x";
      server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", elsewhere).build());
      assertThat(body(get(server.url("/").toString()).newBuilder().header("Authorization", "secret").build()))
          .isEqualTo("elsewhere");
      assertThat(other.takeRequest().getHeaders().get("Authorization")).isNull();
    }

    for (int i = 0; i <= 21; i++) {
      server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/loop").build());
    }
    assertThatThrownBy(() -> body(get(server.url("/loop").toString())))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("Too many follow-up requests: 21");
  }

  @Test
  void whatThisTransportDoesNotCarryGoesThroughOkHttp() throws Exception {
    HeldCertificate certificate = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
    HandshakeCertificates serverTls = new HandshakeCertificates.Builder().heldCertificate(certificate).build();
    HandshakeCertificates clientTls =
        new HandshakeCertificates.Builder().addTrustedCertificate(certificate.certificate()).build();
    try (MockWebServer https = new MockWebServer()) {
      https.useHttps(serverTls.sslSocketFactory());
      https.start(InetAddress.getLoopbackAddress(), 0);
      https.enqueue(new MockResponse.Builder().body("over tls").build());
      OkHttpClient tlsClient = okHttp.newBuilder()
          .sslSocketFactory(clientTls.sslSocketFactory(), clientTls.trustManager()).build();
      Http1Transport withTls = new Http1Transport(tlsClient, 8);
      String target = "https://localhost:" + https.getPort() + "/secure";
      server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", target).build());
      Exchange exchange = withTls.newExchange(get(server.url("/plain").toString()));
      try (Response response = exchange.execute()) {
        assertThat(response.body().string()).isEqualTo("over tls");
        assertThat(response.handshake()).isNotNull();
      }
      assertThat(exchange.sentBytes()).isPositive();
      assertThat(server.takeRequest().getRequestLine()).isEqualTo("GET /plain HTTP/1.1");
      assertThat(https.takeRequest().getHandshake()).isNotNull();
      withTls.close();
    }

    // A proxy: the request goes to it, as OkHttp sends it, with the absolute URL.
    server.enqueue(new MockResponse.Builder().body("from the proxy").build());
    OkHttpClient proxied = okHttp.newBuilder()
        .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(server.getHostName(), server.getPort()))).build();
    Http1Transport viaProxy = new Http1Transport(proxied, 8);
    try (Response response = viaProxy.newExchange(get("http://service.invalid/x")).execute()) {
      assertThat(response.body().string()).isEqualTo("from the proxy");
    }
    assertThat(server.takeRequest().getRequestLine()).isEqualTo("GET http://service.invalid/x HTTP/1.1");
    viaProxy.close();
  }

  @Test
  void theTimeoutCoversTheBodyAndEndsTheExchange() throws Exception {
    server.enqueue(new MockResponse.Builder().body("slow body").throttleBody(1, 1, TimeUnit.SECONDS).build());
    Exchange exchange = transport.newExchange(get(server.url("/").toString()));
    exchange.timeout(TimeUnit.MILLISECONDS.toNanos(300));
    long started = System.nanoTime();
    assertThatThrownBy(() -> {
          try (Response response = exchange.execute()) {
            response.body().string();
          }
        })
        .isInstanceOf(InterruptedIOException.class)
        .hasMessage("timeout");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isBetween(250L, 3000L);
  }

  @Test
  void aBodyOfUnknownLengthIsSentInChunks() throws Exception {
    server.enqueue(new MockResponse.Builder().body("got it").build());
    RequestBody streamed = new RequestBody() {
      @Override
      public MediaType contentType() {
        return MediaType.get("text/plain");
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        sink.writeUtf8("streamed text");
      }
    };
    Exchange exchange = transport.newExchange(new Request.Builder().url(server.url("/")).put(streamed).build());
    try (Response response = exchange.execute()) {
      assertThat(response.body().string()).isEqualTo("got it");
    }
    RecordedRequest put = server.takeRequest();
    assertThat(put.getBody().utf8()).isEqualTo("streamed text");
    assertThat(put.getChunkSizes()).containsExactly(13);
    assertThat(put.getHeaders().get("Content-Type")).isEqualTo("text/plain");
  }

  @Test
  void idleConnectionsBeyondTheLimitAreClosed() throws Exception {
    CountDownLatch both = new CountDownLatch(2);
    try (RawServer raw = new RawServer(r -> {
          both.countDown();
          try {
            both.await(5, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return Reply.keep("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        })) {
      Http1Transport one = new Http1Transport(okHttp, 1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          answers.add(pool.submit(() -> {
            try (Response response = one.newExchange(get(raw.url("/"))).execute()) {
              return response.body().string();
            }
          }));
        }
        for (Future<String> answer : answers) {
          assertThat(answer.get()).isEqualTo("ok");
        }
        assertThat(raw.connections()).isEqualTo(2);
        try (Response response = one.newExchange(get(raw.url("/"))).execute()) {
          response.body().string();
        }
        assertThat(raw.connections()).isEqualTo(2); // the one kept idle was reused
        assertThat(raw.received.get(2).connection()).isIn(0, 1);
      } finally {
        pool.shutdownNow();
        one.close();
      }
    }
  }

  @Test
  void cancellingEndsABlockedRead() throws Exception {
    try (RawServer raw = new RawServer(r -> {
          try {
            Thread.sleep(10_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return Reply.thenClose("");
        })) {
      Exchange exchange = transport.newExchange(get(raw.url("/")));
      Thread canceller = new Thread(() -> {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
        exchange.cancel();
      });
      canceller.start();
      long started = System.nanoTime();
      assertThatThrownBy(exchange::execute).isInstanceOf(IOException.class);
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(5000);
      canceller.join();
    }
  }
}
