package dev.burstgrid.modules.websocket;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * A live {@code websocket_client}: one open WebSocket and the messages it has received. Closing
 * it sends a close frame (1000) and waits briefly for the server's; a close frame from the server
 * is answered and ends every wait with the server's code and reason. Thread-safe.
 */
public final class WebSocketConnection implements AutoCloseable {
  /** Received messages kept for later receives; beyond this the oldest are dropped. */
  static final int KEPT_MESSAGES = 1024;

  private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

  private final String url;
  private final OkHttpClient client;
  private final Inbox<WebSocketMessage> inbox = new Inbox<>(KEPT_MESSAGES);
  private final CompletableFuture<Void> opened = new CompletableFuture<>();
  private final CountDownLatch ended = new CountDownLatch(1);
  private WebSocket socket;

  private WebSocketConnection(String url, OkHttpClient client) {
    this.url = url;
    this.client = client;
  }

  /**
   * Connects and waits for the handshake.
   *
   * @throws IOException when the server cannot be reached or refuses the upgrade
   */
  static WebSocketConnection open(WebSocketClientAsset.Config config)
      throws IOException, InterruptedException {
    Duration timeout = Timeouts.positive("timeout", config.timeout());
    Request.Builder request = new Request.Builder().url(config.url());
    config.headers().forEach(request::header);
    if (!config.subprotocols().isEmpty()) {
      request.header("Sec-WebSocket-Protocol", String.join(", ", config.subprotocols()));
    }
    WebSocketConnection connection =
        new WebSocketConnection(
            config.url(), ConnectionClients.create(timeout, config.insecureSkipVerify()));
    connection.socket = connection.client.newWebSocket(request.build(), connection.new Listener());
    Connecting.await(connection.opened, timeout, config.url(), connection::close);
    return connection;
  }

  /** The URL connected to. */
  public String url() {
    return url;
  }

  /** The messages received and not yet taken. */
  public Inbox<WebSocketMessage> inbox() {
    return inbox;
  }

  /** Queues a text message; fails when the connection is closing or closed. */
  public void send(String text) throws IOException {
    if (!socket.send(text)) {
      throw new IOException("cannot send to " + url + ": the connection is closed");
    }
  }

  /** Queues a binary message; fails when the connection is closing or closed. */
  public void send(byte[] bytes) throws IOException {
    if (!socket.send(ByteString.of(bytes))) {
      throw new IOException("cannot send to " + url + ": the connection is closed");
    }
  }

  /** Sends a normal close frame, waits briefly for the server's, then lets everything go. */
  @Override
  public void close() throws InterruptedException {
    try {
      if (socket != null && socket.close(1000, "closed by bggo")) {
        if (!ended.await(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
          socket.cancel();
        }
      } else if (socket != null) {
        socket.cancel();
      }
    } finally {
      inbox.end("the connection to " + url + " was closed");
      ConnectionClients.shutDown(client);
    }
  }

  private final class Listener extends WebSocketListener {
    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      opened.complete(null);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      inbox.deliver(new WebSocketMessage(text, null, Instant.now()));
    }

    @Override
    public void onMessage(WebSocket webSocket, ByteString bytes) {
      inbox.deliver(new WebSocketMessage(null, bytes.toByteArray(), Instant.now()));
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      inbox.end(
          "the server closed the connection to " + url + " (code " + code
              + (reason.isEmpty() ? "" : ", reason \"" + reason + "\"") + ")");
      // Answers the server's close frame, echoing its code, as RFC 6455 asks.
      webSocket.close(code, null);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
      ended.countDown();
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
      String why =
          response != null && !opened.isDone()
              ? "the server answered the upgrade with HTTP " + response.code()
              : String.valueOf(t.getMessage() == null ? t.getClass().getName() : t.getMessage());
      opened.completeExceptionally(new IOException("cannot connect to " + url + ": " + why, t));
      inbox.end("the connection to " + url + " was lost: " + why);
      ended.countDown();
    }
  }
}
