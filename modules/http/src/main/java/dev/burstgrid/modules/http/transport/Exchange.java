package dev.burstgrid.modules.http.transport;

import java.io.IOException;
import okhttp3.Response;

/** One request on its way, over whichever transport carries it; used once. */
public interface Exchange {
  /** Limits the whole exchange — connecting, sending, waiting and reading the body; 0 for none. */
  void timeout(long nanos);

  /** Sends the request (following redirects as the client says) and returns the response. */
  Response execute() throws IOException;

  /** Ends the exchange from another thread: a blocked send or read fails at once. */
  void cancel();

  /** From the end of sending to the response headers, in ms; -1 when unknown. */
  double waitingMillis();

  /** Request header and body bytes of the last request sent (a body of unknown length counts 0). */
  long sentBytes();
}
