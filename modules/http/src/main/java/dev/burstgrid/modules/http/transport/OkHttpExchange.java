package dev.burstgrid.modules.http.transport;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** An exchange through OkHttp: TLS, HTTP/2, proxies — whatever the cleartext transport leaves. */
public final class OkHttpExchange implements Exchange {
  private final Call call;
  private final ResponseTiming timing;
  private Response response;

  /** {@code client} must have been built with {@link ResponseTiming#FACTORY} for waiting times. */
  public OkHttpExchange(OkHttpClient client, Request request) {
    this.call = client.newCall(request);
    this.timing = ResponseTiming.takeCreated();
  }

  @Override
  public void timeout(long nanos) {
    call.timeout().timeout(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public Response execute() throws IOException {
    response = call.execute();
    return response;
  }

  @Override
  public void cancel() {
    call.cancel();
  }

  /** Nanosecond marks from the call's events, else OkHttp's whole milliseconds. */
  @Override
  public double waitingMillis() {
    double waiting = timing == null ? -1 : timing.waitingMillis();
    if (waiting >= 0 || response == null) {
      return waiting;
    }
    return Math.max(0, response.receivedResponseAtMillis() - response.sentRequestAtMillis());
  }

  @Override
  public long sentBytes() {
    Response network = response == null ? null : response.networkResponse();
    Request sent = network != null ? network.request() : call.request();
    long body = 0;
    try {
      body = sent.body() == null ? 0 : Math.max(0, sent.body().contentLength());
    } catch (IOException e) {
      body = 0;
    }
    return sent.headers().byteCount() + body;
  }
}
