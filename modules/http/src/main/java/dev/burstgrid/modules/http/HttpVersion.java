package dev.burstgrid.modules.http;

import java.util.List;
import okhttp3.Protocol;

/** An {@code http_client}'s {@code http_version}: which protocols it offers and accepts. */
enum HttpVersion {
  AUTO("auto", List.of(Protocol.HTTP_2, Protocol.HTTP_1_1)),
  HTTP_1_1("1.1", List.of(Protocol.HTTP_1_1)),
  /** HTTP/2 only: negotiated by ALPN over TLS, with prior knowledge (h2c) over cleartext. */
  HTTP_2("2", List.of(Protocol.HTTP_2, Protocol.HTTP_1_1));

  /** What cleartext connections speak under {@link #HTTP_2}: OkHttp takes it on its own only. */
  static final List<Protocol> CLEARTEXT_HTTP_2 = List.of(Protocol.H2_PRIOR_KNOWLEDGE);

  private final String name;
  private final List<Protocol> tlsProtocols;

  HttpVersion(String name, List<Protocol> tlsProtocols) {
    this.name = name;
    this.tlsProtocols = tlsProtocols;
  }

  static HttpVersion parse(String text) {
    for (HttpVersion v : values()) {
      if (v.name.equals(text)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "http_version \"" + text + "\" is not one of \"auto\", \"1.1\" or \"2\"");
  }

  /** The protocols offered over TLS (ALPN); OkHttp requires HTTP/1.1 among them. */
  List<Protocol> tlsProtocols() {
    return tlsProtocols;
  }

  /**
   * Fails a response that came over HTTP/1.1 when HTTP/2 was required: a TLS server that does
   * not offer h2 makes OkHttp fall back silently.
   */
  void check(String protocolLabel, java.util.function.Supplier<String> what) throws java.io.IOException {
    if (this == HTTP_2 && protocolLabel.equals(label(Protocol.HTTP_1_1))) {
      throw new java.io.IOException(
          what.get()
              + " was answered over HTTP/1.1, but the client's http_version is \"2\": the server"
              + " did not offer h2 in its TLS handshake (ALPN); use http_version = \"auto\" to"
              + " accept HTTP/1.1");
    }
  }

  /** The protocol's ALPN id, as the {@code protocol} output shows it: http/1.1, h2 or h2c. */
  static String label(Protocol protocol) {
    return protocol == Protocol.H2_PRIOR_KNOWLEDGE ? "h2c" : protocol.toString();
  }
}
