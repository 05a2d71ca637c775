package dev.burstgrid.compiler.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The start of one HTTP/1.x request: its request line and the headers the target needs (body
 * framing and keep-alive). Everything else is read and ignored.
 */
record RequestHead(String method, String path, boolean keepAlive, long contentLength, boolean chunked) {
  static final int MAX_LINE = 8 * 1024;
  static final int MAX_HEADERS = 100;

  /** Thrown for a request this target cannot read; the connection answers 400 and closes. */
  static final class BadRequest extends IOException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }

  /** Reads the next request's head, or returns null when the client closed the connection. */
  static RequestHead read(InputStream in) throws IOException {
    String requestLine = readLine(in);
    while (requestLine != null && requestLine.isEmpty()) { // tolerated between requests (RFC 9112 §2.2)
      requestLine = readLine(in);
    }
    if (requestLine == null) {
      return null;
    }
    String[] parts = requestLine.split(" ", -1);
    if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
      throw new BadRequest("malformed request line");
    }
    boolean http10 = parts[2].equals("HTTP/1.0");
    boolean keepAlive = !http10;
    long contentLength = 0;
    boolean chunked = false;
    for (int i = 0; ; i++) {
      String line = readLine(in);
      if (line == null) {
        throw new BadRequest("connection closed in the request's headers");
      }
      if (line.isEmpty()) {
        break;
      }
      if (i == MAX_HEADERS) {
        throw new BadRequest("too many headers");
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new BadRequest("malformed header");
      }
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> contentLength = parseLength(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> {
          String v = value.toLowerCase(Locale.ROOT);
          keepAlive = v.contains("close") ? false : v.contains("keep-alive") || keepAlive;
        }
        default -> { }
      }
    }
    return new RequestHead(parts[0], pathOf(parts[1]), keepAlive, contentLength, chunked);
  }

  /** Reads a line ending in LF (a CR before it dropped); null at end of stream before any byte. */
  static String readLine(InputStream in) throws IOException {
    byte[] buf = new byte[128];
    int n = 0;
    for (int b; (b = in.read()) != '\n'; ) {
      if (b == -1) {
        if (n == 0) {
          return null;
        }
        throw new BadRequest("connection closed mid-line");
      }
      if (n == MAX_LINE) {
        throw new BadRequest("line longer than " + MAX_LINE + " bytes");
      }
      if (n == buf.length) {
        buf = java.util.Arrays.copyOf(buf, n * 2);
      }
      buf[n++] = (byte) b;
    }
    if (n > 0 && buf[n - 1] == '\r') {
      n--;
    }
    return new String(buf, 0, n, StandardCharsets.ISO_8859_1);
  }

  private static long parseLength(String value) throws BadRequest {
    try {
      long n = Long.parseLong(value);
      if (n < 0) {
        throw new BadRequest("negative Content-Length");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequest("malformed Content-Length");
    }
  }

  /** The path of an origin-form or absolute-form target, without its query. */
  private static String pathOf(String target) {
    String path = target;
    int scheme = path.indexOf("://");
    if (scheme >= 0) {
      int slash = path.indexOf('/', scheme + 3);
      path = slash < 0 ? "/" : path.substring(slash);
    }
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }
}
