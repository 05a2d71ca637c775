package dev.burstgrid.compiler.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A target on 127.0.0.1 for the execution controls: {@code /flaky/NAME/N} answers 500 to its first
 * N requests and 200 after; {@code /slow} answers after 100 ms and records the most requests in
 * flight at once; {@code /hang} never answers (until close).
 */
final class ControlTarget implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(32);
  private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();
  private final AtomicInteger hangsClosed = new AtomicInteger();
  private final CountDownLatch closed = new CountDownLatch(1);

  ControlTarget() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    int n = seen.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    int status = 200;
    if (path.startsWith("/flaky/")) {
      int failures = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
      status = n <= failures ? 500 : 200;
    } else if (path.equals("/slow")) {
      peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      sleep(100);
      inFlight.decrementAndGet();
    } else if (path.equals("/hang")) {
      try {
        closed.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      hangsClosed.incrementAndGet();
    }
    byte[] body = path.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Requests seen so far on {@code path}. */
  int requests(String path) {
    AtomicInteger n = seen.get(path);
    return n == null ? 0 : n.get();
  }

  /** The most {@code /slow} requests in flight at once. */
  int peakInFlight() {
    return peak.get();
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    pool.shutdownNow();
  }
}
