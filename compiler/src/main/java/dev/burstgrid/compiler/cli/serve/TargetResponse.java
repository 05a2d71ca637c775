package dev.burstgrid.compiler.cli.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A response of the target, encoded once: its status line and headers, and its body. Fixed
 * responses are built once at start-up, so answering costs a write.
 */
final class TargetResponse {
  private final byte[] headWithBody;
  private final byte[] headOnly;
  private final long delayMillis;

  private TargetResponse(byte[] headWithBody, byte[] headOnly, long delayMillis) {
    this.headWithBody = headWithBody;
    this.headOnly = headOnly;
    this.delayMillis = delayMillis;
  }

  static TargetResponse of(int status, String contentType, String body) {
    return of(status, contentType, body, 0);
  }

  /** A response sent {@code delayMillis} after its request was read. */
  static TargetResponse of(int status, String contentType, String body, long delayMillis) {
    boolean hasBody = status != 204 && status != 304;
    byte[] content = hasBody ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
    String head = "HTTP/1.1 " + status + " " + reason(status) + "\r\n"
        + (hasBody ? "Content-Type: " + contentType + "\r\nContent-Length: " + content.length + "\r\n" : "")
        + "Server: bggoc-serve\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[headBytes.length + content.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(content, 0, all, headBytes.length, content.length);
    return new TargetResponse(all, headBytes, delayMillis);
  }

  long delayMillis() {
    return delayMillis;
  }

  /** Writes the response; a HEAD request gets the headers only. */
  void writeTo(OutputStream out, boolean headRequest) throws IOException {
    out.write(headRequest ? headOnly : headWithBody);
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 204 -> "No Content";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 304 -> "Not Modified";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "Status " + status;
    };
  }
}
