package dev.burstgrid.modules.http;

import dev.burstgrid.lang.value.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import dev.burstgrid.modules.http.transport.Exchange;
import dev.burstgrid.modules.http.transport.Http1Transport;
import dev.burstgrid.modules.http.transport.OkHttpExchange;
import dev.burstgrid.modules.http.transport.ResponseTiming;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * A live {@code http_client}: one {@link OkHttpClient} whose connection pool is sized to {@code
 * max_connections} (OkHttp's defaults, 5 requests per host and 5 idle connections, would throttle
 * a load test), the cleartext HTTP/1.1 transport that carries plain http requests with the same
 * settings, the slots that cap its requests in flight, its cookie session, and the headers sent
 * with every request. Thread-safe; shared by every step that uses it.
 */
public final class HttpClientInstance implements AutoCloseable {
  private static final long KEEP_ALIVE_MINUTES = 5;

  private final OkHttpClient okHttp;
  /** For http:// URLs under http_version "2" (h2c); shares okHttp's pool and dispatcher. */
  private final OkHttpClient cleartextHttp2;
  /** For http:// URLs otherwise: cleartext HTTP/1.1 with okHttp's settings; null under "2". */
  private final Http1Transport cleartext;
  private final HttpVersion version;
  private final ConnectionSlots slots;
  private final long maxBody;
  private final Map<String, String> defaultHeaders;

  private HttpClientInstance(
      OkHttpClient okHttp,
      HttpVersion version,
      ConnectionSlots slots,
      long maxBody,
      Map<String, String> defaultHeaders) {
    this.okHttp = okHttp;
    this.version = version;
    this.cleartextHttp2 =
        version == HttpVersion.HTTP_2
            ? okHttp.newBuilder().protocols(HttpVersion.CLEARTEXT_HTTP_2).build()
            : null;
    this.cleartext = version == HttpVersion.HTTP_2 ? null : new Http1Transport(okHttp, slots.size());
    this.slots = slots;
    this.maxBody = maxBody;
    this.defaultHeaders = defaultHeaders;
  }

  /**
   * Builds a client from an {@code http_client} block's arguments; relative file names in them
   * are read from {@code gridDirectory}.
   *
   * @throws IllegalArgumentException when an argument is out of range
   */
  public static HttpClientInstance create(HttpClientAsset.Config config, Path gridDirectory) {
    int maxConnections = config.maxConnections();
    if (maxConnections < 1) {
      throw new IllegalArgumentException(
          "max_connections must be at least 1, got " + maxConnections);
    }
    HttpVersion version = HttpVersion.parse(config.httpVersion());
    long maxBody = ByteSize.parse("max_body", config.maxBody());
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(maxConnections);
    dispatcher.setMaxRequestsPerHost(maxConnections);
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            .connectionPool(
                new ConnectionPool(maxConnections, KEEP_ALIVE_MINUTES, TimeUnit.MINUTES))
            .protocols(version.tlsProtocols())
            .callTimeout(nonNegative("timeout", config.timeout()))
            .connectTimeout(nonNegative("connect_timeout", config.connectTimeout()))
            // The call timeout bounds the whole exchange; per-read limits would cut a slow
            // but permitted response short.
            .readTimeout(Duration.ZERO)
            .writeTimeout(Duration.ZERO)
            .followRedirects(config.followRedirects())
            .followSslRedirects(config.followRedirects())
            .eventListenerFactory(ResponseTiming.FACTORY);
    if (config.cookies()) {
      builder.cookieJar(new SessionCookies());
    }
    ClientTls.apply(config, gridDirectory, builder);
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(config.headers());
    return new HttpClientInstance(
        builder.build(),
        version,
        new ConnectionSlots(maxConnections, nonNegative("queue_timeout", config.queueTimeout())),
        maxBody,
        Collections.unmodifiableMap(headers));
  }

  /** A client from arguments that name no file, such as tests build. */
  public static HttpClientInstance create(HttpClientAsset.Config config) {
    return create(config, Path.of("").toAbsolutePath());
  }

  /**
   * A client with every default but cookies, for {@code http_request} steps that name no client:
   * it lives as long as the JVM, so a session kept there would leak between runs.
   */
  public static HttpClientInstance createDefault() {
    HttpClientAsset.Config d = HttpClientAsset.Config.DEFAULTS;
    return create(
        new HttpClientAsset.Config(
            d.timeout(), d.connectTimeout(), d.followRedirects(), d.maxConnections(),
            d.queueTimeout(), d.insecureSkipVerify(), d.headers(), false, d.httpVersion(),
            d.maxBody(), null, null, null));
  }

  /** The underlying client, for runners that speak HTTP. */
  public OkHttpClient okHttp() {
    return okHttp;
  }

  /**
   * An exchange for {@code request}: cleartext HTTP/1.1 over the client's own transport, h2c
   * over its OkHttp client for cleartext, anything else over OkHttp.
   */
  Exchange exchange(Request request) {
    if (cleartext != null) {
      return cleartext.newExchange(request);
    }
    return new OkHttpExchange(request.url().isHttps() ? okHttp : cleartextHttp2, request);
  }

  HttpVersion version() {
    return version;
  }

  ConnectionSlots slots() {
    return slots;
  }

  /** Most body bytes a response keeps; 0 for no limit. */
  long maxBody() {
    return maxBody;
  }

  /** Headers to send with every request, keyed case-insensitively. */
  public Map<String, String> defaultHeaders() {
    return defaultHeaders;
  }

  /** Cancels calls still in flight, stops the dispatcher's threads and closes idle connections. */
  @Override
  public void close() {
    if (cleartext != null) {
      cleartext.close();
    }
    okHttp.dispatcher().cancelAll();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }

  private static Duration nonNegative(String name, Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException(
          name + " must not be negative, got \"" + Durations.format(d) + "\"");
    }
    return d;
  }
}
