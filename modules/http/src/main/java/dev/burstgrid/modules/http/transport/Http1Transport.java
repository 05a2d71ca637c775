package dev.burstgrid.modules.http.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Cleartext HTTP/1.1 for one {@code http_client}: keep-alive connections per host and port, most
 * recently used first, at most {@code maxIdle} of them idle. It reads its settings — connect
 * timeout, redirects, cookie jar, DNS, proxy — from the client's {@link OkHttpClient}, and hands
 * that client every request it does not carry itself (https, or a host reached through a proxy),
 * so a grid behaves the same whichever transport a request takes. Thread-safe.
 */
public final class Http1Transport implements AutoCloseable {
  /** As long as OkHttp keeps an idle connection. */
  private static final long KEEP_ALIVE_NANOS = TimeUnit.MINUTES.toNanos(5);
  /** An idle connection older than this is probed before reuse: servers drop idle ones. */
  private static final long PROBE_AFTER_NANOS = TimeUnit.SECONDS.toNanos(10);

  private final OkHttpClient client;
  private final int maxIdle;
  private final ConcurrentHashMap<String, Authority> authorities = new ConcurrentHashMap<>();
  private final AtomicInteger idleCount = new AtomicInteger();
  private volatile boolean closed;

  /** One host and port: its idle connections, and whether it is reached without a proxy. */
  record Authority(boolean direct, ConcurrentLinkedDeque<Http1Connection> idle) {}

  public Http1Transport(OkHttpClient client, int maxIdle) {
    this.client = client;
    this.maxIdle = maxIdle;
  }

  /** An exchange for {@code request}: over this transport when it carries the URL, else OkHttp's. */
  public Exchange newExchange(Request request) {
    Authority authority = carrier(request.url());
    return authority != null
        ? new Http1Call(this, request, authority)
        : new OkHttpExchange(client, request);
  }

  OkHttpClient client() {
    return client;
  }

  /** Where a request to {@code url} goes over this transport (plain http, no proxy); else null. */
  Authority carrier(HttpUrl url) {
    if (url.isHttps()) {
      return null;
    }
    String key = url.host() + ':' + url.port();
    Authority a = authorities.get(key);
    if (a == null) {
      a = authorities.computeIfAbsent(
          key, k -> new Authority(isDirect(url), new ConcurrentLinkedDeque<>()));
    }
    return a.direct() ? a : null;
  }

  private boolean isDirect(HttpUrl url) {
    Proxy proxy = client.proxy();
    if (proxy != null) {
      return proxy.type() == Proxy.Type.DIRECT;
    }
    List<Proxy> proxies = client.proxySelector().select(url.uri());
    return proxies == null || proxies.isEmpty() || proxies.stream().allMatch(p -> p.type() == Proxy.Type.DIRECT);
  }

  /** An idle connection to the URL's host and port that is still good, or null. */
  Http1Connection pooled(Authority a) {
    long now = System.nanoTime();
    for (Http1Connection c; (c = a.idle().pollFirst()) != null; ) {
      idleCount.decrementAndGet();
      long idle = c.idleNanos(now);
      if (c.isClosed() || idle > KEEP_ALIVE_NANOS || (idle > PROBE_AFTER_NANOS && !c.isHealthy())) {
        c.close();
        continue;
      }
      return c;
    }
    return null;
  }

  /**
   * Opens a connection, trying each address of the host in turn, within the client's connect
   * timeout and what is left before {@code deadlineNanos} (0: none). {@code call} sees the
   * socket before it connects, so a cancel can close it.
   */
  Http1Connection connect(HttpUrl url, Authority authority, long deadlineNanos, Http1Call call)
      throws IOException {
    if (closed) {
      throw new IOException("the http_client is closed");
    }
    List<InetAddress> addresses = client.dns().lookup(url.host());
    IOException failure = null;
    for (InetAddress address : addresses) {
      int limit = client.connectTimeoutMillis();
      boolean deadlineFirst = false;
      if (deadlineNanos != 0) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        if (left <= 0) {
          throw new InterruptedIOException("timeout");
        }
        if (limit == 0 || left < limit) {
          limit = (int) Math.min(Integer.MAX_VALUE, left);
          deadlineFirst = true;
        }
      }
      Socket socket = new Socket();
      try {
        call.connecting(socket);
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(address, url.port()), limit);
        return new Http1Connection(authority, socket);
      } catch (SocketTimeoutException e) {
        closeQuietly(socket);
        if (deadlineFirst) {
          throw (InterruptedIOException) new InterruptedIOException("timeout").initCause(e);
        }
        failure = e;
      } catch (IOException e) {
        closeQuietly(socket);
        if (call.isCancelled()) {
          throw e;
        }
        failure = e instanceof ConnectException
            ? (ConnectException) new ConnectException(
                "Failed to connect to " + address + ":" + url.port()).initCause(e)
            : e;
      }
    }
    throw failure != null ? failure : new ConnectException("no address for " + url.host());
  }

  /** Takes back a connection whose exchange ended cleanly, to reuse it. */
  void release(Http1Connection c) {
    if (closed || c.isClosed()) {
      c.close();
      return;
    }
    if (idleCount.incrementAndGet() > maxIdle) {
      idleCount.decrementAndGet();
      c.close();
      return;
    }
    c.deadline(0);
    c.writeDeadline(0);
    c.markIdle();
    ConcurrentLinkedDeque<Http1Connection> idle = c.authority.idle();
    idle.offerFirst(c);
    if (closed && idle.remove(c)) { // close() may have drained the queue before c arrived
      idleCount.decrementAndGet();
      c.close();
    }
  }

  /** Closes idle connections; those in use close when their exchange ends. */
  @Override
  public void close() {
    closed = true;
    for (Authority a : authorities.values()) {
      for (Http1Connection c; (c = a.idle().pollFirst()) != null; ) {
        c.close();
      }
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // it never connected
    }
  }
}
