package dev.burstgrid.modules.http;

import dev.burstgrid.lang.value.Durations;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Turns OkHttp's transport exceptions into messages a grid author can act on. */
final class HttpFailures {
  private HttpFailures() {}

  /**
   * @param what the method and URL, such as {@code GET http://127.0.0.1:8080/get}
   * @param timeout the call timeout that applied ({@code 0} for none)
   */
  static IOException describe(String what, Duration timeout, IOException e) {
    return new IOException(what + " failed: " + reason(timeout, e), e);
  }

  /**
   * The request's own account of running out of memory, most likely holding a large body: the
   * runtime adds how much heap there is and how to raise it.
   */
  static OutOfMemoryError outOfMemory(String what, long maxBody, OutOfMemoryError e) {
    String kept = maxBody == 0
        ? "keeping its whole response body (max_body = \"0\")"
        : "keeping up to " + maxBody + " bytes of its response body (max_body)";
    OutOfMemoryError described = new OutOfMemoryError(what + " ran out of memory (" + e.getMessage()
        + ") " + kept + "; a smaller max_body on the step or its http_client, such as \"4MB\","
        + " keeps less and counts the rest in discarded_bytes");
    described.initCause(e);
    return described;
  }

  private static String reason(Duration timeout, IOException e) {
    if (e instanceof UnknownHostException) {
      return "unknown host " + e.getMessage();
    }
    if (e instanceof ConnectException) {
      return "could not connect (" + e.getMessage() + ")";
    }
    if (e instanceof SocketTimeoutException
        && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("connect")) {
      return "could not connect within the client's connect_timeout (" + e.getMessage() + ")";
    }
    if (e instanceof InterruptedIOException) {
      return "timed out after "
          + Durations.format(timeout)
          + " (raise 'timeout' on the step or the http_client)";
    }
    if (e instanceof SSLException) {
      return "TLS failed ("
          + e.getMessage()
          + "); for a test server with a self-signed certificate set insecure_skip_verify = true"
          + " on the http_client";
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
