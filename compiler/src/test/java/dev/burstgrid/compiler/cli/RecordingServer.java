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
 * order. {@code /status/N} answers status N; anything else 200 with the path as its body.
 */
final class RecordingServer implements AutoCloseable {
  private final HttpServer server;
  private final List<String> requests = new ArrayList<>();

  RecordingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      try (InputStream body = exchange.getRequestBody()) {
        body.readAllBytes();
      }
      synchronized (requests) {
        requests.add(exchange.getRequestMethod() + " " + path);
      }
      int status = path.startsWith("/status/") ? Integer.parseInt(path.substring("/status/".length())) : 200;
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

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
