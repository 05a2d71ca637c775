package dev.burstgrid.modules.socketio;

import dev.burstgrid.lang.value.Value;
import dev.burstgrid.modules.websocket.ConnectionClients;
import dev.burstgrid.modules.websocket.Connecting;
import dev.burstgrid.modules.websocket.Inbox;
import dev.burstgrid.modules.websocket.Timeouts;
import io.socket.client.IO;
import io.socket.client.Socket;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * A live {@code socketio_client}: one connected Socket.IO socket and the events it has received.
 * Its transports run on an OkHttp client of its own, shut down when it closes. Every incoming
 * event goes to the {@link Inbox}: to the oldest waiting step that accepts it, or kept for a
 * later {@code socketio_await}. Thread-safe; the Socket.IO client calls back on its own event
 * thread.
 */
public final class SocketIoConnection implements AutoCloseable {
  /** Received events kept for later awaits; beyond this the oldest are dropped. */
  static final int KEPT_EVENTS = 1024;

  private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

  private final SocketIoTarget target;
  private final OkHttpClient client;
  private final Socket socket;
  private final Inbox<SocketIoEvent> inbox = new Inbox<>(KEPT_EVENTS);
  private final CompletableFuture<Void> connected = new CompletableFuture<>();
  private final CountDownLatch disconnected = new CountDownLatch(1);
  private final Set<CompletableFuture<List<Value>>> pendingAcks = ConcurrentHashMap.newKeySet();

  private SocketIoConnection(SocketIoTarget target, OkHttpClient client, Socket socket) {
    this.target = target;
    this.client = client;
    this.socket = socket;
  }

  /**
   * Connects to the configured namespace and waits for the server to accept.
   *
   * @throws IOException with the server's {@code connect_error} message when it refuses, or
   *     when it cannot be reached or does not answer within {@code timeout}
   */
  static SocketIoConnection open(SocketIoClientAsset.Config config)
      throws IOException, InterruptedException {
    Duration timeout = Timeouts.positive("timeout", config.timeout());
    SocketIoTarget target = SocketIoTarget.of(config.url(), config.namespace(), config.path());
    OkHttpClient client = ConnectionClients.create(timeout, config.insecureSkipVerify());
    IO.Options options = SocketIoOptions.of(config, target, client);
    SocketIoConnection connection =
        new SocketIoConnection(target, client, IO.socket(target.server(), options));
    connection.listen(config.reconnection());
    connection.socket.connect();
    Connecting.await(connection.connected, timeout, connection.describe(), connection::close);
    return connection;
  }

  private void listen(boolean reconnects) {
    socket.on(Socket.EVENT_CONNECT, args -> connected.complete(null));
    socket.on(
        Socket.EVENT_CONNECT_ERROR,
        args ->
            connected.completeExceptionally(
                new IOException(
                    "cannot connect to " + describe() + ": " + ConnectErrors.describe(args))));
    socket.on(
        Socket.EVENT_DISCONNECT,
        args -> {
          String reason = args.length > 0 ? String.valueOf(args[0]) : "unknown reason";
          // The client reconnects by itself unless the server said goodbye on purpose.
          if (!reconnects || reason.equals("io server disconnect")) {
            end("the connection to " + describe() + " ended: " + explain(reason));
          }
          disconnected.countDown();
        });
    socket.onAnyIncoming(
        args ->
            inbox.deliver(
                new SocketIoEvent(
                    String.valueOf(args[0]), Payloads.toValues(args, 1), Instant.now())));
  }

  /** Socket.IO's disconnect reasons, said for users, the reason itself kept for searching. */
  private static String explain(String reason) {
    switch (reason) {
      case "io server disconnect":
        return "the server disconnected the socket (" + reason + ")";
      case "transport close":
      case "transport error":
        return "the server closed the connection or it was lost (" + reason + ")";
      case "ping timeout":
        return "the server stopped answering pings (" + reason + ")";
      default:
        return reason;
    }
  }

  /** The server and namespace, as in messages: {@code http://127.0.0.1:3000/admin}. */
  public String describe() {
    return target.describe();
  }

  /** The events received and not yet taken. */
  public Inbox<SocketIoEvent> inbox() {
    return inbox;
  }

  /** Sends an event; the client queues it while a reconnection is under way. */
  void emit(String event, Object[] arguments) throws IOException {
    requireOpen(event);
    socket.emit(event, arguments);
  }

  /** Sends an event asking for an acknowledgement; completes with the ack's arguments. */
  CompletableFuture<List<Value>> emitWithAck(String event, Object[] arguments) throws IOException {
    requireOpen(event);
    CompletableFuture<List<Value>> ack = new CompletableFuture<>();
    pendingAcks.add(ack);
    ack.whenComplete((args, failure) -> pendingAcks.remove(ack));
    if (inbox.hasEnded()) {
      ack.completeExceptionally(new IOException("the connection to " + describe() + " has ended"));
    }
    socket.emit(event, arguments, args -> ack.complete(Payloads.toValues(args, 0)));
    return ack;
  }

  private void requireOpen(String event) throws IOException {
    if (inbox.hasEnded()) {
      throw new IOException(
          "cannot emit \"" + event + "\": the connection to " + describe() + " has ended");
    }
  }

  /** Ends every wait for an event or an acknowledgement, saying why. */
  private void end(String reason) {
    inbox.end(reason);
    pendingAcks.forEach(ack -> ack.completeExceptionally(new IOException(reason)));
  }

  /**
   * Waits until the client has no HTTP call left, or {@code deadline}: over polling the engine
   * says goodbye with a POST, and its pending long poll ends once the server has closed the
   * session. Shutting the client down cancels both, and the server then keeps the session open
   * until its ping timeout (45 s with Node's defaults). A websocket holds no call once open.
   */
  private void awaitCallsDone(long deadline) throws InterruptedException {
    Dispatcher calls = client.dispatcher();
    while (calls.runningCallsCount() + calls.queuedCallsCount() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  /** Disconnects (the server sees "client namespace disconnect") and shuts the transports down. */
  @Override
  public void close() throws InterruptedException {
    try {
      boolean wasConnected = socket.connected();
      socket.close();
      if (wasConnected) {
        // The disconnect packet and close frame are written on the client's threads: give them
        // a moment before the OkHttp client goes.
        long deadline = System.nanoTime() + CLOSE_GRACE.toNanos();
        disconnected.await(CLOSE_GRACE.toNanos(), TimeUnit.NANOSECONDS);
        awaitCallsDone(deadline);
      }
    } finally {
      end("the connection to " + describe() + " was closed");
      ConnectionClients.shutDown(client);
    }
  }
}
