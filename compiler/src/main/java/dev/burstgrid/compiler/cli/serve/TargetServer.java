package dev.burstgrid.compiler.cli.serve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code bggoc serve}'s HTTP/1.1 target on 127.0.0.1: one blocking platform thread per
 * connection, keep-alive, fixed responses written in one go. A load test's connections each get
 * their own thread, so the server never queues one client behind another, and {@code /delay/N}
 * just sleeps. Platform threads, not virtual ones: with 50 keep-alive connections (wrk -c50, 2
 * shared cores) they answered 50–67k requests/s on Java 17 and 25, virtual threads 35–45k.
 */
public final class TargetServer implements AutoCloseable {
  private static final int BACKLOG = 1024;
  private static final int BUFFER = 16 * 1024;
  /** A connection's thread needs little stack: a few frames of socket reads and writes. */
  private static final long STACK_BYTES = 256 * 1024;

  private final ServerSocket listener;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final LongAdder requests = new LongAdder();
  private volatile boolean closed;

  private TargetServer(ServerSocket listener) {
    this.listener = listener;
  }

  /**
   * Listens on 127.0.0.1:{@code port} ({@code 0} for any free port) and starts accepting.
   *
   * @throws IOException when the port cannot be bound
   */
  public static TargetServer start(int port) throws IOException {
    ServerSocket listener = new ServerSocket();
    try {
      listener.setReuseAddress(true);
      listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
    } catch (IOException e) {
      listener.close();
      throw e;
    }
    TargetServer server = new TargetServer(listener);
    Thread acceptor = new Thread(server::acceptLoop, "bggoc-serve-accept");
    acceptor.setDaemon(true);
    acceptor.start();
    return server;
  }

  public String url() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  /** Requests answered so far. */
  public long requests() {
    return requests.sum();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    listener.close();
    for (Socket s : open) {
      s.close();
    }
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException e) {
        return; // closed
      }
      open.add(socket);
      startThread(() -> serve(socket));
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream(), BUFFER);
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), BUFFER);
      while (answerOne(in, out)) {
        // next request on this connection
      }
    } catch (SocketException closedByEitherSide) {
      // the client went away, or the server is stopping
    } catch (IOException | InterruptedException e) {
      // nothing to report back to: the connection is gone
    } finally {
      open.remove(socket);
    }
  }

  /** Answers one request; returns whether the connection stays open for another. */
  private boolean answerOne(InputStream in, OutputStream out) throws IOException, InterruptedException {
    RequestHead head;
    try {
      head = RequestHead.read(in);
      if (head == null) {
        return false;
      }
      RequestBodies.discard(head, in);
    } catch (RequestHead.BadRequest e) {
      TargetRoutes.BAD_REQUEST.writeTo(out, false);
      out.flush();
      return false;
    }
    TargetResponse response = TargetRoutes.answer(head.path());
    if (response.delayMillis() > 0) {
      Thread.sleep(response.delayMillis());
    }
    response.writeTo(out, head.method().equals("HEAD"));
    // Pipelined requests already buffered are answered before one flush.
    if (!head.keepAlive() || in.available() == 0) {
      out.flush();
    }
    requests.increment();
    return head.keepAlive();
  }

  private static void startThread(Runnable task) {
    Thread thread = new Thread(null, task, "bggoc-serve-connection", STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
  }
}
