package dev.burstgrid.compiler.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A plain-socket server on 127.0.0.1 that answers every request (once another server was asked)
 * or never; one that never answers notices when the client closes the connection: how a test sees
 * that a cancelled call really hung up.
 */
final class RaceServer implements AutoCloseable {
  private final ServerSocket server;
  private final boolean answers;
  private final RaceServer answerAfter; // answer once this one was asked, so both are in flight
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final CountDownLatch requested = new CountDownLatch(1);
  private final CountDownLatch clientClosed = new CountDownLatch(1);

  /** A server that never answers. */
  RaceServer() throws IOException {
    this(false, null);
  }

  /** A server that answers as soon as {@code other} received its request. */
  RaceServer(RaceServer other) throws IOException {
    this(true, other);
  }

  private RaceServer(boolean answers, RaceServer answerAfter) throws IOException {
    this.answers = answers;
    this.answerAfter = answerAfter;
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    pool.execute(this::accept);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        pool.execute(() -> serve(s));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
      readHead(in);
      requested.countDown();
      if (answers) {
        answerAfter.requested.await(30, TimeUnit.SECONDS);
        out.write("HTTP/1.1 200 OK\r\nContent-Length: 4\r\nConnection: close\r\n\r\nfast".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return;
      }
      s.setSoTimeout(60_000);
      if (in.read() < 0) {
        clientClosed.countDown(); // the client hung up while waiting for the answer
      }
    } catch (IOException e) {
      clientClosed.countDown(); // reset by the client: hung up too
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void readHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed before the request ended");
      }
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/";
  }

  boolean wasRequested() {
    return requested.getCount() == 0;
  }

  /** Whether the client closed its connection within {@code seconds}. */
  boolean clientClosedWithin(long seconds) throws InterruptedException {
    return clientClosed.await(seconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws IOException {
    server.close();
    pool.shutdownNow();
  }
}
