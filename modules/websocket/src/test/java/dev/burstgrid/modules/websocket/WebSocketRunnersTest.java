package dev.burstgrid.modules.websocket;

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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The websocket runners against a real WebSocket server (Node's ws) on 127.0.0.1. */
class WebSocketRunnersTest {
  @RegisterExtension static final NodeServerExtension NODE = new NodeServerExtension("websocket");

  static NodeServer server() {
    return NODE.server();
  }
  final WebSocketSendRunner send = new WebSocketSendRunner();
  final WebSocketReceiveRunner receive = new WebSocketReceiveRunner();
  final TestRunContext context = new TestRunContext("step.websocket_receive.test");

  WebSocketConnection connect() throws Exception {
    return connect(Map.of(), List.of());
  }

  WebSocketConnection connect(Map<String, String> headers, List<String> subprotocols)
      throws Exception {
    return new WebSocketClientAsset()
        .create(
            new WebSocketClientAsset.Config(
                server().wsUrl(), headers, subprotocols, Duration.ofSeconds(5), false),
            context);
  }

  WebSocketReceiveRunner.Output receive(WebSocketConnection c, Map<String, Value> match, String timeout)
      throws Exception {
    return receive.run(
        new WebSocketReceiveRunner.Input(match, Duration.parse("PT" + timeout)),
        new WebSocketReceiveRunner.Uses(c),
        context);
  }

  void sendText(WebSocketConnection c, String text) throws Exception {
    send.run(new WebSocketSendRunner.Input(text, null), new WebSocketSendRunner.Uses(c), context);
  }

  @Test
  void textAndBinaryMessagesAreEchoed() throws Exception {
    try (WebSocketConnection c = connect()) {
      sendText(c, "{\"hello\":\"world\"}");
      WebSocketReceiveRunner.Output text = receive(c, null, "5S");
      assertThat(text.text()).isEqualTo("{\"hello\":\"world\"}");
      assertThat(Json.encode(text.json())).isEqualTo("{\"hello\":\"world\"}");
      assertThat(text.binary()).isNull();

      byte[] bytes = {0, 1, 2, (byte) 0xff};
      WebSocketSendRunner.Output sent =
          send.run(
              new WebSocketSendRunner.Input(null, Base64.getEncoder().encodeToString(bytes)),
              new WebSocketSendRunner.Uses(c),
              context);
      assertThat(sent.bytes()).isEqualTo(4);
      WebSocketReceiveRunner.Output binary = receive(c, null, "5S");
      assertThat(Base64.getDecoder().decode(binary.binary())).containsExactly(bytes);
      assertThat(binary.text()).isNull();
      assertThat(binary.json().isNull()).isTrue();
    }
  }

  @Test
  void matchTakesTheMessageItAsksForWhateverTheOrder() throws Exception {
    try (WebSocketConnection c = connect()) {
      sendText(c, "burst 5"); // {"seq":4} … {"seq":0}
      for (int i = 0; i < 5; i++) {
        WebSocketReceiveRunner.Output out = receive(c, Map.of("seq", Value.string("" + i)), "5S");
        assertThat(out.text()).isEqualTo("{\"seq\":" + i + "}");
      }
    }
  }

  @Test
  void headersAndSubprotocolsReachTheServer() throws Exception {
    long before = server().stat("connections");
    try (WebSocketConnection c = connect(Map.of("X-Test", "yes"), List.of("chat.v2", "chat.v1"))) {
      sendText(c, "ping");
      receive(c, null, "5S");
      Value.ObjectValue stats = server().stats();
      List<Value> protocols = ((Value.TupleValue) stats.attributes().get("protocols")).elements();
      List<Value> headers = ((Value.TupleValue) stats.attributes().get("headers")).elements();
      assertThat(protocols.get((int) before)).isEqualTo(Value.string("chat.v2"));
      assertThat(headers.get((int) before)).isEqualTo(Value.string("yes"));
    }
  }

  @Test
  void noMessageInTimeFailsAndReleasesTheWait() throws Exception {
    try (WebSocketConnection c = connect()) {
      sendText(c, "silent");
      long started = System.nanoTime();
      assertThatThrownBy(() -> receive(c, null, "0.3S"))
          .isInstanceOf(TimeoutException.class)
          .hasMessageContaining("no message on " + server().wsUrl() + " within 300ms");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
      assertThat(c.inbox().waitingCount()).isZero();
    }
  }

  @Test
  void aCloseFrameFromTheServerEndsTheWaitWithItsCodeAndReason() throws Exception {
    try (WebSocketConnection c = connect()) {
      CompletableFuture<Object> waiting =
          InBackground.outcomeOf(() -> receive(c, Map.of("never", Value.string("x")), "20S"));
      sendText(c, "close");
      Object failure = waiting.get();
      assertThat(failure).isInstanceOf(IOException.class);
      assertThat(((Exception) failure).getMessage())
          .contains("the server closed the connection to " + server().wsUrl() + " (code 4000, reason \"bye\")");
    }
  }

  @Test
  void closingTheResourceSendsANormalCloseFrame() throws Exception {
    WebSocketConnection c = connect(Map.of("X-Test", "closing"), List.of());
    sendText(c, "ping");
    receive(c, null, "5S");
    c.close();
    assertThatThrownBy(() -> sendText(c, "again")).hasMessageContaining("the connection is closed");
    server().awaitStat("open", 0);
    assertThat(closes().stream().map(Json::encode))
        .contains("{\"code\":1000,\"reason\":\"closed by bggo\",\"tag\":\"closing\"}");
  }

  @Test
  void aDroppedConnectionFailsTheWait() throws Exception {
    try (WebSocketConnection c = connect()) {
      sendText(c, "drop");
      assertThatThrownBy(() -> receive(c, Map.of("never", Value.string("x")), "20S"))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("the connection to " + server().wsUrl() + " was lost");
    }
  }

  @Test
  void cancellingTheRunEndsTheWait() throws Exception {
    try (WebSocketConnection c = connect()) {
      CompletableFuture<Object> waiting =
          InBackground.outcomeOf(() -> receive(c, null, "20S"));
      context.awaitHook();
      context.cancel();
      assertThat(waiting.get()).isInstanceOf(CancellationException.class);
      assertThat(c.inbox().waitingCount()).isZero();
    }
  }

  @Test
  void anUnreachableServerFailsTheResourceClearly() {
    assertThatThrownBy(
            () ->
                new WebSocketClientAsset()
                    .create(
                        new WebSocketClientAsset.Config(
                            "ws://127.0.0.1:1/", Map.of(), List.of(), Duration.ofSeconds(5), false),
                        context))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot connect to ws://127.0.0.1:1/:");
  }

  @Test
  void aServerThatRefusesTheUpgradeIsNamedWithItsStatus() {
    // The server takes upgrades on / only and answers 400 to others.
    assertThatThrownBy(
            () ->
                new WebSocketClientAsset()
                    .create(
                        new WebSocketClientAsset.Config(
                            server().wsUrl() + "/nowhere", Map.of(), List.of(), Duration.ofSeconds(5), false),
                        context))
        .hasMessageContaining("the server answered the upgrade with HTTP 400");
  }

  @Test
  void insecureSkipVerifyGetsPastASelfSignedCertificateThatIsOtherwiseRefused(@TempDir Path dir) throws Exception {
    try (NodeServer tls = NodeServer.startWithSelfSignedTls("websocket", dir)) {
      String url = "wss://127.0.0.1:" + tls.port();
      WebSocketClientAsset.Config insecure = new WebSocketClientAsset.Config(url, Map.of(), List.of(), Duration.ofSeconds(5), true);
      try (WebSocketConnection c = new WebSocketClientAsset().create(insecure, context)) {
        sendText(c, "over tls");
        assertThat(receive(c, null, "5S").text()).isEqualTo("over tls");
      }
      WebSocketClientAsset.Config checked = new WebSocketClientAsset.Config(url, Map.of(), List.of(), Duration.ofSeconds(5), false);
      assertThatThrownBy(() -> new WebSocketClientAsset().create(checked, context))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("cannot connect to " + url + ": ")
          .hasMessageContaining("certification path");
    }
  }

  @Test
  void sendNeedsExactlyOneOfTextAndBinary() throws Exception {
    try (WebSocketConnection c = connect()) {
      assertThatThrownBy(
              () ->
                  send.run(
                      new WebSocketSendRunner.Input(null, null),
                      new WebSocketSendRunner.Uses(c),
                      context))
          .hasMessage("give exactly one of text and binary");
      assertThatThrownBy(
              () ->
                  send.run(
                      new WebSocketSendRunner.Input(null, "not base64!"),
                      new WebSocketSendRunner.Uses(c),
                      context))
          .hasMessageStartingWith("binary must be base64 text");
    }
  }

  List<Value> closes() throws Exception {
    return ((Value.TupleValue) server().stats().attributes().get("closes")).elements();
  }
}
