package dev.burstgrid.compiler.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An HTTP server on 127.0.0.1 that hands out a session token ({@code /login} answers {@code
 * {"token": …}}) and, for any other path, answers 500 with a body that echoes the request's path
 * and Authorization header, as careless servers do.
 */
final class TokenServer implements AutoCloseable {
  private final HttpServer server;
  private final List<String> received = new ArrayList<>();

  TokenServer(String token) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      exchange.getRequestBody().readAllBytes();
      synchronized (received) {
        received.add(path + " " + auth);
      }
      boolean login = path.equals("/login");
      byte[] body = (login ? "{\"token\": \"" + token + "\"}" : "no access for " + path + " with " + auth)
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", login ? "application/json" : "text/plain");
      exchange.sendResponseHeaders(login ? 200 : 500, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Each request as {@code path authorization}, in arrival order. */
  List<String> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
