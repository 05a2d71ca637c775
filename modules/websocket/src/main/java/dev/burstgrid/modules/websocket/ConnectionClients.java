package dev.burstgrid.modules.websocket;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The {@link OkHttpClient}s behind long-lived connections (WebSocket, Socket.IO): one per
 * connection, so that closing the connection can shut its client's threads down. Its dispatcher
 * allows many calls per host, because OkHttp's default of five would hold back the sixth
 * handshake or long poll to the same server under load.
 */
public final class ConnectionClients {
  private static final int MAX_CALLS = 1024;

  private ConnectionClients() {}

  /**
   * A client for one connection.
   *
   * @param connectTimeout limit for opening the TCP and TLS connection
   * @param insecureSkipVerify accept any certificate and host name (test servers only). OkHttp's
   *     own insecure hosts do not work for IP addresses, which test servers often have.
   */
  public static OkHttpClient create(Duration connectTimeout, boolean insecureSkipVerify) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(MAX_CALLS);
    dispatcher.setMaxRequestsPerHost(MAX_CALLS);
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            .connectionPool(new ConnectionPool(4, 1, TimeUnit.MINUTES))
            .connectTimeout(connectTimeout)
            // A connection may stay quiet for as long as a grid waits; steps bound their waits.
            .readTimeout(Duration.ZERO)
            .writeTimeout(Duration.ofSeconds(30));
    if (insecureSkipVerify) {
      builder
          .sslSocketFactory(TrustAllTls.sslSocketFactory(), TrustAllTls.MANAGER)
          .hostnameVerifier((host, session) -> true);
    }
    return builder.build();
  }

  /** Cancels the client's calls and lets its threads and pooled connections go. */
  public static void shutDown(OkHttpClient client) {
    client.dispatcher().cancelAll();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
