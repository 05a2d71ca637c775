package dev.burstgrid.modules.http;

import dev.burstgrid.runtime.spi.Asset;
import dev.burstgrid.runtime.spi.Default;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.RunContext;
import java.time.Duration;
import java.util.Map;

/**
 * {@code http_client}: one pooled HTTP client shared by the {@code http_request} steps that use it,
 * so they reuse connections and share one configuration.
 */
public final class HttpClientAsset implements Asset<HttpClientAsset.Config, HttpClientInstance> {

  @Doc("Arguments of http_client.")
  public record Config(
      @Doc(
              "Limit for a whole request: connecting, sending and reading the response, such as"
                  + " \"30s\"; \"0\" for none. A request's own 'timeout' overrides it.")
          @Default("\"10s\"")
          Duration timeout,
      @Doc("Limit for opening a connection; \"0\" for none.") @Default("\"10s\"")
          Duration connect_timeout,
      @Doc("Follows redirects (3xx with a Location) instead of returning them.") @Default("true")
          boolean follow_redirects,
      @Doc(
              "Most requests in flight at once, in total and to one host, and most idle"
                  + " connections kept for reuse.")
          @Default("256")
          int max_connections,
      @Doc("Accepts any TLS certificate and host name. For test servers only.") @Default("false")
          boolean insecure_skip_verify,
      @Doc("Headers sent with every request; a request's own headers override them.") @Default("{}")
          Map<String, String> headers) {

    /** The configuration of a client nobody configured: every default above. */
    public static Config defaults() {
      return new Config(Duration.ofSeconds(10), Duration.ofSeconds(10), true, 256, false, Map.of());
    }
  }

  @Override
  public String type() {
    return "http_client";
  }

  @Override
  public String description() {
    return "Provides a shared, persistent HTTP client for connection reuse.";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public Class<HttpClientInstance> instanceType() {
    return HttpClientInstance.class;
  }

  @Override
  public HttpClientInstance create(Config config, RunContext context) {
    return HttpClientInstance.create(config);
  }
}
