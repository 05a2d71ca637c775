package dev.burstgrid.modules.http;

import dev.burstgrid.lang.CheckedBy;
import dev.burstgrid.runtime.spi.Asset;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.OptionalArg;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Sensitive;
import java.time.Duration;
import java.util.Map;

/**
 * {@code http_client}: one pooled HTTP client shared by the {@code http_request} steps that use it,
 * so they reuse connections, share one configuration and one cookie session.
 */
@Kind(name = "http_client", doc = "Provides a shared, persistent HTTP client for connection reuse.")
public final class HttpClientAsset implements Asset<HttpClientAsset.Config, HttpClientInstance> {

  @Doc("Arguments of http_client.")
  @CheckedBy(HttpClientChecks.class)
  public record Config(
      @Doc(
              "Limit for a whole request once it has a connection slot: connecting, sending and"
                  + " reading the response, such as \"30s\"; \"0\" for none. A request's own"
                  + " 'timeout' overrides it.")
          Duration timeout,
      @Doc("Limit for opening a connection; \"0\" for none.") Duration connectTimeout,
      @Doc("Follows redirects (3xx with a Location) instead of returning them.")
          boolean followRedirects,
      @Doc(
              "Most requests in flight at once, in total and to one host, and most idle"
                  + " connections kept for reuse. Further requests wait for a slot (see"
                  + " queue_timeout).")
          int maxConnections,
      @Doc(
              "Limit for a request's wait for a free slot under max_connections, such as \"30s\";"
                  + " \"0\" (the default) waits as long as it takes. Not part of 'timeout'.")
          Duration queueTimeout,
      @Doc("Accepts any TLS certificate and host name. For test servers only.")
          boolean insecureSkipVerify,
      @Doc("Headers sent with every request; a request's own headers override them.")
          Map<String, String> headers,
      @Doc(
              "Keeps the cookies servers set (Set-Cookie) and sends them back on later requests"
                  + " of this client, as a browser would; false sends none.")
          boolean cookies,
      @Doc(
              "HTTP version: \"auto\" (HTTP/2 over TLS when the server offers it, else HTTP/1.1),"
                  + " \"1.1\", or \"2\" (HTTP/2 over TLS; h2c with prior knowledge over http://).")
          String httpVersion,
      @Doc(
              "Most bytes of a response body kept, such as \"4MB\", \"512KB\" or 1000 (bytes);"
                  + " \"0\" for no limit. The rest is read, counted in discarded_bytes and"
                  + " dropped.")
          String maxBody,
      @Doc(
              "Certificate authorities to trust instead of the JVM's: PEM text, or the name of"
                  + " a PEM file (relative to the grid's directory).")
          @OptionalArg
          String caCert,
      @Doc(
              "A client certificate (chain) for mutual TLS: PEM text or a PEM file name. Needs"
                  + " client_key.")
          @OptionalArg
          String clientCert,
      @Doc("The client certificate's unencrypted PKCS#8 private key: PEM text or a PEM file name.")
          @OptionalArg
          @Sensitive
          String clientKey) {

    /** Every argument's default; also the configuration of the client steps get without one. */
    public static final Config DEFAULTS =
        new Config(
            Duration.ofSeconds(10),
            Duration.ofSeconds(10),
            true,
            256,
            Duration.ZERO,
            false,
            Map.of(),
            true,
            "auto",
            "4MB",
            null,
            null,
            null);
  }

  @Override
  public HttpClientInstance create(Config config, RunContext context) {
    return HttpClientInstance.create(config, context.gridDirectory());
  }
}
