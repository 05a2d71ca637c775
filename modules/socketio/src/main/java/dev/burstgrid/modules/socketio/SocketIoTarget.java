package dev.burstgrid.modules.socketio;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a Socket.IO client connects: the server (http, https, ws or wss URL), the namespace and
 * the engine path. As with the JavaScript client, a path in the URL names the namespace ({@code
 * http://host/admin} is namespace {@code /admin}), except a path equal to the engine path
 * ({@code wss://host/socket.io}, as the proof of concept's grids write it), which names nothing.
 *
 * @param server the server's URI with an http or https scheme and the namespace as its path
 * @param namespace the namespace, such as {@code /} or {@code /admin}
 * @param path the engine path, such as {@code /socket.io/}
 * @param secure whether the connection uses TLS
 */
record SocketIoTarget(URI server, String namespace, String path, boolean secure) {

  /**
   * @throws IllegalArgumentException when the URL is not an absolute http(s) or ws(s) URL, or
   *     names another namespace than {@code namespace}
   */
  static SocketIoTarget of(String url, String namespace, String path) {
    URI uri = parse(url);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    boolean secure = scheme.equals("https") || scheme.equals("wss");
    if (!secure && !scheme.equals("http") && !scheme.equals("ws")) {
      throw new IllegalArgumentException(
          "url must start with http://, https://, ws:// or wss://, got \"" + url + "\"");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("url has no host: \"" + url + "\"");
    }
    String enginePath = path.startsWith("/") ? path : "/" + path;
    String fromUrl = namespaceIn(uri.getRawPath(), enginePath);
    String ns = namespace.startsWith("/") ? namespace : "/" + namespace;
    if (fromUrl != null && !ns.equals("/") && !ns.equals(fromUrl)) {
      throw new IllegalArgumentException(
          "url names namespace \"" + fromUrl + "\" but namespace is \"" + ns
              + "\": give it in one of them");
    }
    if (fromUrl != null) {
      ns = fromUrl;
    }
    try {
      URI server =
          new URI(secure ? "https" : "http", null, uri.getHost(), uri.getPort(), ns, null, null);
      return new SocketIoTarget(server, ns, enginePath, secure);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("url is not a valid URL: \"" + url + "\"", e);
    }
  }

  /** The URL as a user would recognise it, with the namespace: {@code http://host:port/admin}. */
  String describe() {
    return server.toString();
  }

  private static String namespaceIn(String urlPath, String enginePath) {
    if (urlPath == null || urlPath.isEmpty() || urlPath.equals("/")) {
      return null;
    }
    String trimmed = urlPath.endsWith("/") ? urlPath.substring(0, urlPath.length() - 1) : urlPath;
    String engine =
        enginePath.endsWith("/") ? enginePath.substring(0, enginePath.length() - 1) : enginePath;
    return trimmed.equals(engine) ? null : trimmed;
  }

  private static URI parse(String url) {
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("url is not a valid URL: \"" + url + "\"", e);
    }
  }
}
