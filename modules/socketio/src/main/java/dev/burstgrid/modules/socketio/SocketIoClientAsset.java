package dev.burstgrid.modules.socketio;

import dev.burstgrid.lang.CheckedBy;
import dev.burstgrid.runtime.spi.Asset;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Sensitive;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code socketio_client}: one Socket.IO connection to one namespace, opened when the resource
 * is created and shared by the steps that use it.
 */
@Kind(name = "socketio_client", doc = "Opens a persistent Socket.IO connection shared by the steps that use it.")
public final class SocketIoClientAsset
    implements Asset<SocketIoClientAsset.Config, SocketIoConnection> {

  @Doc("Arguments of socketio_client.")
  @CheckedBy(SocketIoClientChecks.class)
  public record Config(
      @Doc(
              "The server: an http, https, ws or wss URL. A path in it names the namespace, unless"
                  + " it is the engine path (\"wss://host/socket.io\" names none).")
          String url,
      @Doc("The namespace to connect to, such as \"/admin\".") String namespace,
      @Doc("The server's engine path.") String path,
      @Doc("Sent with the namespace CONNECT (the server reads socket.handshake.auth).") @Sensitive
          Map<String, String> auth,
      @Doc("Headers sent with the handshake and every polling request.")
          Map<String, String> headers,
      @Doc("Query parameters added to the handshake URL.") Map<String, String> query,
      @Doc(
              "Transports to use, in order: [\"websocket\"], or [\"polling\", \"websocket\"] to"
                  + " start with HTTP long-polling and upgrade.")
          List<String> transports,
      @Doc("Limit for connecting, such as \"10s\".") Duration timeout,
      @Doc(
              "Reconnects after the connection is lost (steps waiting meanwhile keep waiting up to"
                  + " their timeout). Off by default, so that a lost connection fails the steps"
                  + " that wait on it.")
          boolean reconnection,
      @Doc("Accepts any TLS certificate and host name. For test servers only.")
          boolean insecureSkipVerify) {

    public static final Config DEFAULTS =
        new Config(
            null,
            "/",
            "/socket.io/",
            Map.of(),
            Map.of(),
            Map.of(),
            List.of("websocket"),
            Duration.ofSeconds(10),
            false,
            false);
  }

  @Override
  public SocketIoConnection create(Config config, RunContext context) throws Exception {
    return SocketIoConnection.open(config);
  }
}
