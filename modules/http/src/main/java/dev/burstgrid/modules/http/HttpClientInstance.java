package dev.burstgrid.modules.http;

import dev.burstgrid.lang.value.Durations;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * A live {@code http_client}: one {@link OkHttpClient} whose dispatcher and connection pool are
 * sized to {@code max_connections} (OkHttp's defaults, 5 requests per host and 5 idle connections,
 * would throttle a load test), plus the headers sent with every request. Thread-safe; shared by
 * every step that uses it.
 */
public final class HttpClientInstance implements AutoCloseable {
  private static final long KEEP_ALIVE_MINUTES = 5;

  private final OkHttpClient okHttp;
  private final Map<String, String> defaultHeaders;

  private HttpClientInstance(OkHttpClient okHttp, Map<String, String> defaultHeaders) {
    this.okHttp = okHttp;
    this.defaultHeaders = defaultHeaders;
  }

  /**
   * Builds a client from an {@code http_client} block's arguments.
   *
   * @throws IllegalArgumentException when an argument is out of range
   */
  public static HttpClientInstance create(HttpClientAsset.Config config) {
    int maxConnections = config.maxConnections();
    if (maxConnections < 1) {
      throw new IllegalArgumentException(
          "max_connections must be at least 1, got " + maxConnections);
    }
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(maxConnections);
    dispatcher.setMaxRequestsPerHost(maxConnections);
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            .connectionPool(
                new ConnectionPool(maxConnections, KEEP_ALIVE_MINUTES, TimeUnit.MINUTES))
            .callTimeout(nonNegative("timeout", config.timeout()))
            .connectTimeout(nonNegative("connect_timeout", config.connectTimeout()))
            // The call timeout bounds the whole exchange; per-read limits would cut a slow
            // but permitted response short.
            .readTimeout(Duration.ZERO)
            .writeTimeout(Duration.ZERO)
            .followRedirects(config.followRedirects())
            .followSslRedirects(config.followRedirects());
    if (config.insecureSkipVerify()) {
      builder
          .sslSocketFactory(InsecureTls.socketFactory(), InsecureTls.TRUST_ALL)
          .hostnameVerifier((hostname, session) -> true);
    }
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(config.headers());
    return new HttpClientInstance(builder.build(), Collections.unmodifiableMap(headers));
  }

  /** A client with every default, for {@code http_request} steps that name no client. */
  public static HttpClientInstance createDefault() {
    return create(HttpClientAsset.Config.DEFAULTS);
  }

  /** The underlying client, for runners that speak HTTP. */
  public OkHttpClient okHttp() {
    return okHttp;
  }

  /** Headers to send with every request, keyed case-insensitively. */
  public Map<String, String> defaultHeaders() {
    return defaultHeaders;
  }

  /** Cancels calls still in flight, stops the dispatcher's threads and closes idle connections. */
  @Override
  public void close() {
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
