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
