package dev.burstgrid.modules.http;

import dev.burstgrid.runtime.spi.Asset;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.RunContext;
import java.time.Duration;
import java.util.Map;

/**
 * {@code http_client}: one pooled HTTP client shared by the {@code http_request} steps that use it,
 * so they reuse connections and share one configuration.
 */
@Kind(name = "http_client", doc = "Provides a shared, persistent HTTP client for connection reuse.")
public final class HttpClientAsset implements Asset<HttpClientAsset.Config, HttpClientInstance> {

  @Doc("Arguments of http_client.")
  public record Config(
      @Doc(
              "Limit for a whole request: connecting, sending and reading the response, such as"
                  + " \"30s\"; \"0\" for none. A request's own 'timeout' overrides it.")
          Duration timeout,
      @Doc("Limit for opening a connection; \"0\" for none.") Duration connectTimeout,
      @Doc("Follows redirects (3xx with a Location) instead of returning them.")
          boolean followRedirects,
      @Doc(
              "Most requests in flight at once, in total and to one host, and most idle"
                  + " connections kept for reuse.")
          int maxConnections,
      @Doc("Accepts any TLS certificate and host name. For test servers only.")
          boolean insecureSkipVerify,
      @Doc("Headers sent with every request; a request's own headers override them.")
          Map<String, String> headers) {

    /** Every argument's default; also the configuration of the client steps get without one. */
    public static final Config DEFAULTS =
        new Config(Duration.ofSeconds(10), Duration.ofSeconds(10), true, 256, false, Map.of());
  }

  @Override
  public HttpClientInstance create(Config config, RunContext context) {
    return HttpClientInstance.create(config);
  }
}
