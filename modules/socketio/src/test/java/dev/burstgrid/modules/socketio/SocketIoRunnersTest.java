package dev.burstgrid.modules.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.modules.websocket.testing.InBackground;
import dev.burstgrid.modules.websocket.testing.NodeServer;
import dev.burstgrid.modules.websocket.testing.NodeServerExtension;
import dev.burstgrid.runtime.testing.TestRunContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Socket.IO runners against a real Socket.IO 4 server (Node) on 127.0.0.1. */
class SocketIoRunnersTest {
  @RegisterExtension static final NodeServerExtension NODE = new NodeServerExtension("socketio");

  static NodeServer server() {
    return NODE.server();
  }
  final TestRunContext context = new TestRunContext("step.socketio_request.test");

  /**
   * Each test closes its connections, but the server notices a moment later: waiting here keeps a
   * test's "open before" from counting the previous test's connection still closing.
   */
  @BeforeEach
  void earlierTestsConnectionsHaveClosed() throws Exception {
    server().awaitStat("open", 0);
  }

  static SocketIoClientAsset.Config config(String url, String namespace, Map<String, String> auth, List<String> transports) {
    SocketIoClientAsset.Config d = SocketIoClientAsset.Config.DEFAULTS;
    return new SocketIoClientAsset.Config(
        url, namespace, d.path(), auth, d.headers(), d.query(), transports, Duration.ofSeconds(5),
        false, false);
  }

  SocketIoConnection connect() throws Exception {
    return connect(config(server().httpUrl(), "/", Map.of(), List.of("websocket")));
  }

  SocketIoConnection connect(SocketIoClientAsset.Config config) throws Exception {
    return new SocketIoClientAsset().create(config, context);
  }

  SocketIoRequestRunner.Output request(SocketIoConnection c, String event, Value data, String on, Map<String, Value> match, Duration timeout)
      throws Exception {
    return new SocketIoRequestRunner()
        .run(new SocketIoRequestRunner.Input(event, data, null, null, on, match, timeout),
            new SocketIoRequestRunner.Uses(c), context);
  }

  SocketIoEmitRunner.Output emit(SocketIoConnection c, String event, List<Value> args, String binary, Duration timeout) throws Exception {
    return new SocketIoEmitRunner()
        .run(new SocketIoEmitRunner.Input(event, null, new Value.TupleValue(args), binary, true, timeout),
            new SocketIoEmitRunner.Uses(c), context);
  }

  SocketIoAwaitRunner.Output await(SocketIoConnection c, String event, Map<String, Value> match, Duration timeout) throws Exception {
    return new SocketIoAwaitRunner()
        .run(new SocketIoAwaitRunner.Input(event, match, timeout), new SocketIoAwaitRunner.Uses(c), context);
  }

  static Value json(String text) throws Json.JsonException {
    return Json.decode(text);
  }

  @Test
  void theOneShotRunnerConnectsEmitsAndReturnsTheReply() throws Exception {
    long openBefore = server().stat("open");
    SocketIoRunner.Output out =
        new SocketIoRunner()
            .run(new SocketIoRunner.Input(server().wsUrl() + "/socket.io", "/", "ping",
                    json("{\"message\":\"Hello, World!\"}"), "pong", Duration.ofSeconds(5), true),
                context);
    assertThat(Json.encode(out.responseData())).isEqualTo("{\"message\":\"Hello, World!\",\"pong\":true}");
    server().awaitStat("open", openBefore);
  }

  @Test
  void aRequestOnASharedConnectionGetsItsReply() throws Exception {
    try (SocketIoConnection c = connect()) {
      SocketIoRequestRunner.Output out = request(c, "ping", null, "pong", null, Duration.ofSeconds(5));
      assertThat(Json.encode(out.responseData())).isEqualTo("{\"pong\":true}");
      assertThat(((Value.TupleValue) out.responseArgs()).elements()).hasSize(1);
      assertThat(out.latencyMs()).isPositive();
    }
  }

  @Test
  void pollingThenUpgradeWorksToo() throws Exception {
    try (SocketIoConnection c = connect(config(server().httpUrl(), "/", Map.of(), List.of("polling", "websocket")))) {
      assertThat(Json.encode(request(c, "ping", json("{\"n\":1}"), "pong", null, Duration.ofSeconds(5)).responseData()))
          .isEqualTo("{\"n\":1,\"pong\":true}");
    }
  }

  @Test
  void closingBeforeOrAfterTheUpgradeFromPollingLeavesTheServerNoSession() throws Exception {
    // Closed before the client has moved to the websocket, the engine says goodbye with a POST
    // over polling; shutting the client down used to cancel it, and the server then kept the
    // session until its 45 s ping timeout. Closing at once or after a reply hits both moments.
    for (int i = 0; i < 30; i++) {
      try (SocketIoConnection c = connect(config(server().httpUrl(), "/", Map.of(), List.of("polling", "websocket")))) {
        if (i % 2 == 0) {
          request(c, "ping", json("{\"n\":1}"), "pong", null, Duration.ofSeconds(5));
        }
      }
      server().awaitStat("open", 0);
    }
  }

  @Test
  void headersAndQueryGoWithTheHandshake() throws Exception {
    SocketIoClientAsset.Config d = SocketIoClientAsset.Config.DEFAULTS;
    SocketIoClientAsset.Config config = new SocketIoClientAsset.Config(server().httpUrl(), "/", d.path(), Map.of(),
        Map.of("X-Test", "yes"), Map.of("q", "a b&c"), List.of("polling", "websocket"), Duration.ofSeconds(5), false, false);
    try (SocketIoConnection c = connect(config)) {
      request(c, "ping", null, "pong", null, Duration.ofSeconds(5));
      assertThat(Json.encode(server().stats().attributes().get("last_handshake"))).isEqualTo("{\"header\":\"yes\",\"query\":\"a b&c\"}");
    }
  }

  @Test
  void withReconnectionARequestWaitsOutALostConnection() throws Exception {
    SocketIoClientAsset.Config d = SocketIoClientAsset.Config.DEFAULTS;
    SocketIoClientAsset.Config config = new SocketIoClientAsset.Config(server().httpUrl(), "/", d.path(), Map.of(),
        Map.of(), Map.of(), List.of("websocket"), Duration.ofSeconds(5), true, false);
    long before = server().stat("connections");
    try (SocketIoConnection c = connect(config)) {
      new SocketIoEmitRunner().run(new SocketIoEmitRunner.Input("drop", null, null, null, false, Duration.ofSeconds(1)),
          new SocketIoEmitRunner.Uses(c), context);
      server().awaitStat("connections", before + 2); // dropped, then connected again
      assertThat(request(c, "ping", null, "pong", null, Duration.ofSeconds(10)).responseData()).isEqualTo(json("{\"pong\":true}"));
    }
  }

  @Test
  void concurrentRequestsOnOneConnectionEachTakeTheirOwnReply() throws Exception {
    int n = 200;
    long connectionsBefore = server().stat("connections");
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try (SocketIoConnection c = connect()) {
      List<Future<SocketIoRequestRunner.Output>> replies = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        // Later requests are answered sooner: replies come back in reverse order.
        Value data = json("{\"id\":" + i + ",\"delay_ms\":" + (n - i) + "}");
        Map<String, Value> match = Map.of("id", Value.string(String.valueOf(i)));
        replies.add(pool.submit(() -> request(c, "ping", data, "pong", match, Duration.ofSeconds(20))));
      }
      for (int i = 0; i < n; i++) {
        assertThat(Json.encode(replies.get(i).get().responseData())).isEqualTo("{\"id\":" + i + ",\"pong\":true}");
      }
      assertThat(c.inbox().waitingCount()).isZero();
    } finally {
      pool.shutdownNow();
    }
    assertThat(server().stat("connections") - connectionsBefore).isEqualTo(1);
  }

  @Test
  void anAckCarriesEveryArgumentIncludingBinary() throws Exception {
    byte[] bytes = {0, 1, 2, (byte) 0xfe, (byte) 0xff};
    String base64 = Base64.getEncoder().encodeToString(bytes);
    try (SocketIoConnection c = connect()) {
      SocketIoEmitRunner.Output out =
          emit(c, "echo", List.of(Value.number(1), Value.string("two"), json("{\"three\":[3]}")), base64, Duration.ofSeconds(5));
      assertThat(Json.encode(out.ackArgs()))
          .isEqualTo("[1,\"two\",{\"three\":[3]},\"" + base64 + "\"]");
      assertThat(out.ackData()).isEqualTo(Value.number(1));
      // The server also emitted "echoed" with the same arguments: it waits in the inbox.
      SocketIoAwaitRunner.Output echoed = await(c, "echoed", null, Duration.ofSeconds(5));
      assertThat(((Value.TupleValue) echoed.args()).elements()).hasSize(4)
          .last().isEqualTo(Value.string(base64));
    }
  }

  @Test
  void anAckThatNeverComesFailsInTime() throws Exception {
    try (SocketIoConnection c = connect()) {
      long started = System.nanoTime();
      assertThatThrownBy(() -> emit(c, "never_ack", List.of(), null, Duration.ofMillis(300)))
          .isInstanceOf(TimeoutException.class)
          .hasMessage("no acknowledgement of \"never_ack\" from " + server().httpUrl() + "/ within 300ms");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void noReplyInTimeFailsAndReleasesTheWait() throws Exception {
    try (SocketIoConnection c = connect()) {
      assertThatThrownBy(() -> request(c, "never_ack", null, "pong", null, Duration.ofMillis(300)))
          .isInstanceOf(TimeoutException.class)
          .hasMessage("no event \"pong\" from " + server().httpUrl() + "/ within 300ms");
      assertThat(c.inbox().waitingCount()).isZero();
    }
  }

  @Test
  void aRoomBroadcastReachesAMemberThatAwaitsIt() throws Exception {
    try (SocketIoConnection alice = connect(); SocketIoConnection bob = connect()) {
      for (SocketIoConnection member : List.of(alice, bob)) {
        assertThat(emit(member, "join", List.of(Value.string("lobby")), null, Duration.ofSeconds(5)).ackData())
            .isEqualTo(json("{\"joined\":\"lobby\"}"));
      }
      emit(alice, "say", List.of(json("{\"room\":\"lobby\",\"text\":\"hi bob\"}")), null, Duration.ofSeconds(5));
      SocketIoAwaitRunner.Output heard = await(bob, "message", Map.of("text", Value.string("hi bob")), Duration.ofSeconds(5));
      assertThat(((Value.ObjectValue) heard.data()).attributes().get("text")).isEqualTo(Value.string("hi bob"));
      assertThat(heard.receivedAt()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }
  }

  @Test
  void aNamespaceWithAuthAcceptsTheRightTokenAndRefusesAWrongOne() throws Exception {
    try (SocketIoConnection admin = connect(config(server().httpUrl() + "/admin", "/", Map.of("token", "secret"), List.of("websocket")))) {
      assertThat(request(admin, "ping", null, "pong", null, Duration.ofSeconds(5)).responseData()).isEqualTo(json("{\"pong\":true}"));
    }
    assertThatThrownBy(() -> connect(config(server().httpUrl(), "/admin", Map.of("token", "wrong"), List.of("websocket"))))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot connect to " + server().httpUrl() + "/admin: the server refused: unauthorized: wrong or missing token");
  }

  @Test
  void anUnknownNamespaceIsRefusedByName() {
    assertThatThrownBy(() -> connect(config(server().httpUrl(), "/nope", Map.of(), List.of("websocket"))))
        .hasMessage("cannot connect to " + server().httpUrl() + "/nope: the server refused: Invalid namespace");
  }

  @Test
  void anUnreachableServerFailsTheResource() {
    assertThatThrownBy(() -> connect(config("http://127.0.0.1:1", "/", Map.of(), List.of("websocket"))))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot connect to http://127.0.0.1:1/: websocket error");
  }

  @Test
  void aServerDisconnectEndsTheWaitAtOnce() throws Exception {
    try (SocketIoConnection c = connect()) {
      emit(c, "echo", List.of(), null, Duration.ofSeconds(5)); // connected and answering
      new SocketIoEmitRunner().run(new SocketIoEmitRunner.Input("drop_later", Value.number(200), null, null, false, Duration.ofSeconds(1)),
          new SocketIoEmitRunner.Uses(c), context);
      long started = System.nanoTime();
      assertThatThrownBy(() -> await(c, "never", null, Duration.ofSeconds(20)))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("event \"never\" from " + server().httpUrl() + "/: the connection to " + server().httpUrl()
              + "/ ended: the server closed the connection or it was lost (transport ");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
      assertThatThrownBy(() -> request(c, "ping", null, "pong", null, Duration.ofSeconds(1)))
          .hasMessage("cannot emit \"ping\": the connection to " + server().httpUrl() + "/ has ended");
    }
  }

  @Test
  void aServerDisconnectEndsTheWaitForAnAckAtOnce() throws Exception {
    try (SocketIoConnection c = connect()) {
      new SocketIoEmitRunner().run(new SocketIoEmitRunner.Input("drop_later", Value.number(200), null, null, false, Duration.ofSeconds(1)),
          new SocketIoEmitRunner.Uses(c), context);
      assertThatThrownBy(() -> emit(c, "never_ack", List.of(), null, Duration.ofSeconds(20)))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("no acknowledgement of \"never_ack\": the connection to " + server().httpUrl() + "/ ended: ");
    }
  }

  @Test
  void cancellingTheRunEndsTheWait() throws Exception {
    try (SocketIoConnection c = connect()) {
      CompletableFuture<Object> waiting = InBackground.outcomeOf(() -> await(c, "never", null, Duration.ofSeconds(20)));
      context.awaitHook();
      context.cancel();
      assertThat(waiting.get()).isInstanceOf(CancellationException.class);
      assertThat(c.inbox().waitingCount()).isZero();
    }
  }

  @Test
  void aTimedOutRequestLeavesNoThreadOrConnectionBehindOnceClosed() throws Exception {
    long openBefore = server().stat("open");
    try (SocketIoConnection c = connect()) {
      assertThatThrownBy(() -> request(c, "never_ack", null, "pong", null, Duration.ofMillis(200)))
          .isInstanceOf(TimeoutException.class);
      assertThat(connectionThreads()).as("the connection's threads while it is open").isNotEmpty();
    }
    server().awaitStat("open", openBefore);
    for (int i = 0; i < 100 && !connectionThreads().isEmpty(); i++) {
      Thread.sleep(50);
    }
    assertThat(connectionThreads()).isEmpty();
  }

  /** Live threads of OkHttp's dispatchers and the Socket.IO client's event loop. */
  static List<String> connectionThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !t.isDaemon())
        .map(Thread::getName)
        .filter(name -> name.startsWith("OkHttp") || name.startsWith("EventThread"))
        .toList();
  }

  @Test
  void closingReleasesTheServersConnection() throws Exception {
    long openBefore = server().stat("open");
    SocketIoConnection c = connect();
    assertThat(server().stat("open")).isEqualTo(openBefore + 1);
    c.close();
    server().awaitStat("open", openBefore);
  }

  @Test
  void insecureSkipVerifyGetsPastASelfSignedCertificateThatIsOtherwiseRefused(@TempDir Path dir) throws Exception {
    try (NodeServer tls = NodeServer.startWithSelfSignedTls("socketio", dir)) {
      String url = "wss://127.0.0.1:" + tls.port() + "/socket.io";
      SocketIoRunner.Output out = new SocketIoRunner()
          .run(new SocketIoRunner.Input(url, "/", "ping", null, "pong", Duration.ofSeconds(5), true), context);
      assertThat(out.responseData()).isEqualTo(json("{\"pong\":true}"));
      assertThatThrownBy(() -> new SocketIoRunner()
              .run(new SocketIoRunner.Input(url, "/", "ping", null, "pong", Duration.ofSeconds(5), false), context))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("cannot connect to https://127.0.0.1:" + tls.port() + "/: websocket error")
          .hasMessageContaining("certification path");
    }
  }

  @Test
  void aUrlPathNamesTheNamespaceUnlessItIsTheEnginePath() {
    assertThat(SocketIoTarget.of("wss://h/socket.io", "/", "/socket.io/").describe()).isEqualTo("https://h/");
    assertThat(SocketIoTarget.of("ws://h:1/admin", "/", "/socket.io/").describe()).isEqualTo("http://h:1/admin");
    assertThat(SocketIoTarget.of("http://h", "chat", "/socket.io/").namespace()).isEqualTo("/chat");
    assertThatThrownBy(() -> SocketIoTarget.of("http://h/admin", "/chat", "/socket.io/"))
        .hasMessage("url names namespace \"/admin\" but namespace is \"/chat\": give it in one of them");
    assertThatThrownBy(() -> SocketIoTarget.of("ftp://h", "/", "/socket.io/"))
        .hasMessage("url must start with http://, https://, ws:// or wss://, got \"ftp://h\"");
  }
}
