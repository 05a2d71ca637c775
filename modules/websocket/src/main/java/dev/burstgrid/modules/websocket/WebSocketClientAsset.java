package dev.burstgrid.modules.websocket;

import dev.burstgrid.lang.CheckedBy;
import dev.burstgrid.runtime.spi.Asset;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.RunContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@code websocket_client}: one WebSocket connection, opened when the resource is created. */
@Kind(name = "websocket_client", doc = "Opens a WebSocket connection shared by the steps that use it.")
public final class WebSocketClientAsset
    implements Asset<WebSocketClientAsset.Config, WebSocketConnection> {

  @Doc("Arguments of websocket_client.")
  @CheckedBy(WebSocketClientChecks.class)
  public record Config(
      @Doc("The ws:// or wss:// URL to connect to.") String url,
      @Doc("Headers sent with the opening handshake.") Map<String, String> headers,
      @Doc("Subprotocols offered to the server (Sec-WebSocket-Protocol), in order of preference.")
          List<String> subprotocols,
      @Doc("Limit for connecting and the opening handshake, such as \"10s\".") Duration timeout,
      @Doc("Accepts any TLS certificate and host name. For test servers only.")
          boolean insecureSkipVerify) {

    public static final Config DEFAULTS =
        new Config(null, Map.of(), List.of(), Duration.ofSeconds(10), false);
  }

  @Override
  public WebSocketConnection create(Config config, RunContext context) throws Exception {
    return WebSocketConnection.open(config);
  }
}
