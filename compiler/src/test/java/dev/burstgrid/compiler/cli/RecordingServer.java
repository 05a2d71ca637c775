package dev.burstgrid.compiler.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * An HTTP server on 127.0.0.1 that records every request as {@code METHOD /path} in arrival
 * order. {@code /status/N} answers status N; {@code /delay/MS/…} answers 200 after MS
 * milliseconds; anything else 200 with the path as its body.
 */
final class RecordingServer implements AutoCloseable {
  private final HttpServer server;
  private final List<String> requests = new ArrayList<>();
  /** Released on close: requests to /hang wait on it, so they never get an answer in time. */
  private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
  /** Requests to /together/N answer 200 only once N of them are in flight at once (else 504). */
  private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.CountDownLatch> together =
      new java.util.concurrent.ConcurrentHashMap<>();

  RecordingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(32));
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      try (InputStream body = exchange.getRequestBody()) {
        body.readAllBytes();
      }
      synchronized (requests) {
        requests.add(exchange.getRequestMethod() + " " + path);
      }
      int status = path.startsWith("/status/") ? Integer.parseInt(path.substring("/status/".length())) : 200;
      if (path.startsWith("/delay/")) {
        sleepQuietly(Long.parseLong(path.split("/")[2]));
      }
      if (path.equals("/hang")) {
        awaitQuietly(closed, 60);
      }
      if (path.startsWith("/together/")) {
        int n = Integer.parseInt(path.substring("/together/".length()));
        java.util.concurrent.CountDownLatch all = together.computeIfAbsent(path, k -> new java.util.concurrent.CountDownLatch(n));
        all.countDown();
        status = awaitQuietly(all, 10) ? 200 : 504;
      }
      byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/plain");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<String> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean awaitQuietly(java.util.concurrent.CountDownLatch latch, int seconds) {
    try {
      return latch.await(seconds, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
