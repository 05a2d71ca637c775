package dev.burstgrid.modules.socketio;

import io.socket.client.IO;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;

/** The Socket.IO client's options for a {@code socketio_client}'s arguments. */
final class SocketIoOptions {
  private static final List<String> TRANSPORTS = List.of("polling", "websocket");

  private SocketIoOptions() {}

  static IO.Options of(SocketIoClientAsset.Config config, SocketIoTarget target, OkHttpClient client) {
    IO.Options options = new IO.Options();
    // A connection of its own: the client would otherwise share one engine per URL.
    options.forceNew = true;
    options.multiplex = false;
    options.reconnection = config.reconnection();
    options.timeout = config.timeout().toMillis();
    options.path = target.path();
    options.secure = target.secure();
    options.transports = transports(config.transports());
    options.auth = new HashMap<>(config.auth());
    options.extraHeaders = new HashMap<>();
    config.headers().forEach((name, value) -> options.extraHeaders.put(name, List.of(value)));
    if (!config.query().isEmpty()) {
      options.query = query(config.query());
    }
    options.callFactory = client;
    options.webSocketFactory = new CloseAnsweringWebSockets(client);
    return options;
  }

  private static String[] transports(List<String> names) {
    String problem = transportsProblem(names);
    if (problem != null) {
      throw new IllegalArgumentException("transports: " + problem);
    }
    return names.toArray(String[]::new);
  }

  /** What is wrong with the transports {@code names}, or null. */
  static String transportsProblem(List<String> names) {
    if (names.isEmpty()) {
      return "it names no transport; use one or more of " + TRANSPORTS;
    }
    for (String name : names) {
      if (!TRANSPORTS.contains(name)) {
        return "unknown transport \"" + name + "\"; use " + TRANSPORTS;
      }
    }
    return null;
  }

  private static String query(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
