package dev.burstgrid.modules.http.transport;

import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Request;

/**
 * When one call's request went out and its response headers came back, on the nanosecond clock,
 * for {@code http_req_waiting}: OkHttp's own {@code sentRequestAtMillis} and {@code
 * receivedResponseAtMillis} are whole milliseconds, too coarse for a local service's latency.
 * OkHttp creates one per call through {@link #FACTORY}; {@link OkHttpExchange}, which created the
 * call, takes it with {@link #takeCreated} on the same thread. The last exchange of a call wins (redirects).
 */
public final class ResponseTiming extends EventListener {

  private static final ThreadLocal<ResponseTiming> CREATED = new ThreadLocal<>();

  /** For {@code OkHttpClient.Builder.eventListenerFactory}. */
  public static final EventListener.Factory FACTORY =
      call -> {
        ResponseTiming timing = new ResponseTiming();
        CREATED.set(timing);
        return timing;
      };

  private long sentNanos;
  private long headersNanos;

  private ResponseTiming() {}

  /** The timing of the call this thread created last, once; null when none is waiting. */
  static ResponseTiming takeCreated() {
    ResponseTiming timing = CREATED.get();
    if (timing != null) {
      CREATED.set(null);
    }
    return timing;
  }

  /** From the end of sending to the response headers, in ms; -1 when either is unknown. */
  double waitingMillis() {
    return sentNanos == 0 || headersNanos < sentNanos ? -1 : (headersNanos - sentNanos) / 1e6;
  }

  @Override
  public void requestHeadersEnd(Call call, Request request) {
    sentNanos = System.nanoTime();
  }

  @Override
  public void requestBodyEnd(Call call, long byteCount) {
    sentNanos = System.nanoTime(); // a body goes after the headers: sent when it ends
  }

  @Override
  public void responseHeadersStart(Call call) {
    headersNanos = System.nanoTime();
  }
}
