package dev.burstgrid.modules.http.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.Socket;
import java.util.List;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttp;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.GzipSource;
import okio.Okio;
import okio.Source;

/**
 * One request over the cleartext transport, with what a client adds around the exchange, as
 * OkHttp does it: Host, keep-alive, transparent gzip, the client's cookies and User-Agent, body
 * framing headers; redirects (to at most 20); one retry on a fresh connection when a pooled one
 * turns out to have been closed by the server before answering. A redirect to https continues
 * through OkHttp.
 */
final class Http1Call implements Exchange {
  private static final int MAX_FOLLOW_UPS = 20;
  /** Most header bytes accepted in one response, as OkHttp. */
  private static final long MAX_HEADER_BYTES = 256 * 1024;
  /** Most of a redirect's body read so its connection can be reused; beyond it, closed. */
  private static final long DISCARD_LIMIT = 64 * 1024;
  /** Request bodies larger than this (or of unknown length) are written under a watchdog. */
  private static final long WATCHED_WRITE = 32 * 1024;
  /** The same User-Agent whichever transport carries a request. */
  private static final String USER_AGENT = "okhttp/" + OkHttp.VERSION;

  private final Http1Transport transport;
  private final Request original;
  private final Http1Transport.Authority originalAuthority;
  private long timeoutNanos;
  private long deadlineNanos;
  private long sentNanos;
  private long headersNanos;
  private long sentBytes;
  private boolean headRead;

  // Shared with cancel(), from another thread.
  private boolean cancelled;
  private Http1Connection current;
  private Socket connecting;
  private OkHttpExchange delegate;

  Http1Call(Http1Transport transport, Request request, Http1Transport.Authority authority) {
    this.transport = transport;
    this.original = request;
    this.originalAuthority = authority;
  }

  @Override
  public void timeout(long nanos) {
    this.timeoutNanos = nanos;
  }

  @Override
  public Response execute() throws IOException {
    deadlineNanos = timeoutNanos > 0 ? System.nanoTime() + timeoutNanos : 0;
    Request request = original;
    Http1Transport.Authority authority = originalAuthority;
    for (int followUps = 0; ; ) {
      if (authority == null) {
        return viaOkHttp(request);
      }
      Response response = exchange(request, authority);
      Request next = Http1Redirects.followUp(transport.client(), response, request);
      if (next == null) {
        return response;
      }
      discard(response);
      if (++followUps > MAX_FOLLOW_UPS) {
        throw new ProtocolException("Too many follow-up requests: " + followUps);
      }
      request = next;
      authority = transport.carrier(next.url());
    }
  }

  @Override
  public void cancel() {
    Http1Connection c;
    Socket s;
    OkHttpExchange d;
    synchronized (this) {
      cancelled = true;
      c = current;
      s = connecting;
      d = delegate;
    }
    if (c != null) {
      c.close();
    }
    if (s != null) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing is all a cancel wants
      }
    }
    if (d != null) {
      d.cancel();
    }
  }

  @Override
  public double waitingMillis() {
    if (delegate != null) {
      return delegate.waitingMillis();
    }
    return sentNanos == 0 || headersNanos < sentNanos ? -1 : (headersNanos - sentNanos) / 1e6;
  }

  @Override
  public long sentBytes() {
    return delegate != null ? delegate.sentBytes() : sentBytes;
  }

  synchronized boolean isCancelled() {
    return cancelled;
  }

  /** The transport's socket before it connects: a cancel closes it. */
  synchronized void connecting(Socket socket) throws IOException {
    if (cancelled) {
      throw new IOException("Canceled");
    }
    connecting = socket;
  }

  /** Called by the body at its end: a clean end returns the connection to the pool. */
  void bodyEnded(Http1Connection c, boolean reusable) {
    synchronized (this) {
      if (current == c) {
        current = null;
      }
      reusable &= !cancelled;
    }
    if (reusable) {
      transport.release(c);
    } else {
      c.close();
    }
  }

  private synchronized void attach(Http1Connection c) throws IOException {
    connecting = null;
    if (cancelled) {
      c.close();
      throw new IOException("Canceled");
    }
    current = c;
  }

  private synchronized void detach(Http1Connection c) {
    if (current == c) {
      current = null;
    }
  }

  private Response viaOkHttp(Request request) throws IOException {
    OkHttpExchange d = new OkHttpExchange(transport.client(), request);
    synchronized (this) {
      if (cancelled) {
        throw new IOException("Canceled");
      }
      delegate = d;
    }
    if (deadlineNanos != 0) {
      long left = deadlineNanos - System.nanoTime();
      if (left <= 0) {
        throw new InterruptedIOException("timeout");
      }
      d.timeout(left);
    }
    return d.execute();
  }

  /** One request and its response head, retried once when a pooled connection was stale. */
  private Response exchange(Request request, Http1Transport.Authority authority) throws IOException {
    Http1Connection c = transport.pooled(authority);
    if (c != null) {
      try {
        return sendOn(c, request);
      } catch (IOException e) {
        RequestBody body = request.body();
        boolean retry = !headRead && !isCancelled() && !(e instanceof InterruptedIOException)
            && (body == null || !body.isOneShot());
        if (!retry) {
          throw e;
        }
      }
    }
    return sendOn(transport.connect(request.url(), authority, deadlineNanos, this), request);
  }

  /** Sends on {@code c}, closing it when that fails. */
  private Response sendOn(Http1Connection c, Request request) throws IOException {
    attach(c);
    try {
      return send(c, request);
    } catch (IOException e) {
      detach(c);
      c.close();
      throw e;
    }
  }

  private Response send(Http1Connection c, Request request) throws IOException {
    headRead = false;
    c.deadline(deadlineNanos);
    RequestBody body = request.body();
    long length = body == null ? 0 : body.contentLength();
    c.writeDeadline(length < 0 || length > WATCHED_WRITE ? deadlineNanos : 0);
    long sentAtMillis = System.currentTimeMillis();
    boolean gzip = writeRequest(c.sink(), request);
    sentNanos = System.nanoTime();
    return readResponse(c, request, gzip, sentAtMillis);
  }

  /** Writes the request line, headers and body; true when it asked for gzip on its own. */
  private boolean writeRequest(BufferedSink sink, Request request) throws IOException {
    HttpUrl url = request.url();
    sink.writeUtf8(request.method()).writeByte(' ').writeUtf8(url.encodedPath());
    String query = url.encodedQuery();
    if (query != null) {
      sink.writeByte('?').writeUtf8(query);
    }
    sink.writeUtf8(" HTTP/1.1\r\n");

    RequestBody body = request.body();
    Headers headers = request.headers();
    boolean host = false;
    boolean connection = false;
    boolean encoding = false;
    boolean userAgent = false;
    boolean contentType = false;
    long headerBytes = 0;
    for (int i = 0, n = headers.size(); i < n; i++) {
      String name = headers.name(i);
      if (body != null
          && (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Transfer-Encoding"))) {
        continue; // framed below, from the body
      }
      host |= name.equalsIgnoreCase("Host");
      connection |= name.equalsIgnoreCase("Connection");
      encoding |= name.equalsIgnoreCase("Accept-Encoding") || name.equalsIgnoreCase("Range");
      userAgent |= name.equalsIgnoreCase("User-Agent");
      contentType |= name.equalsIgnoreCase("Content-Type");
      headerBytes += header(sink, name, headers.value(i));
    }
    long length = -1;
    if (body != null) {
      if (!contentType && body.contentType() != null) {
        headerBytes += header(sink, "Content-Type", body.contentType().toString());
      }
      length = body.contentLength();
      headerBytes += length != -1
          ? header(sink, "Content-Length", Long.toString(length))
          : header(sink, "Transfer-Encoding", "chunked");
    }
    if (!host) {
      headerBytes += header(sink, "Host", hostHeader(url));
    }
    if (!connection) {
      headerBytes += header(sink, "Connection", "Keep-Alive");
    }
    if (!encoding) {
      headerBytes += header(sink, "Accept-Encoding", "gzip");
    }
    CookieJar jar = transport.client().cookieJar();
    if (jar != CookieJar.NO_COOKIES) {
      List<Cookie> cookies = jar.loadForRequest(url);
      if (!cookies.isEmpty()) {
        headerBytes += header(sink, "Cookie", cookieHeader(cookies));
      }
    }
    if (!userAgent) {
      headerBytes += header(sink, "User-Agent", USER_AGENT);
    }
    sink.writeUtf8("\r\n");
    if (body != null) {
      if (length != -1) {
        body.writeTo(sink);
      } else {
        Buffer whole = new Buffer();
        body.writeTo(whole);
        if (whole.size() > 0) {
          sink.writeHexadecimalUnsignedLong(whole.size()).writeUtf8("\r\n").writeAll(whole);
          sink.writeUtf8("\r\n");
        }
        sink.writeUtf8("0\r\n\r\n");
      }
    }
    sink.flush();
    sentBytes = headerBytes + Math.max(0, length);
    return !encoding;
  }

  /** Writes one header line; returns its size as OkHttp's {@code Headers.byteCount} counts it. */
  private static long header(BufferedSink sink, String name, String value) throws IOException {
    sink.writeUtf8(name).writeUtf8(": ").writeUtf8(value).writeUtf8("\r\n");
    return name.length() + value.length() + 4;
  }

  private static String hostHeader(HttpUrl url) {
    String host = url.host().indexOf(':') >= 0 ? "[" + url.host() + "]" : url.host();
    return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
  }

  private static String cookieHeader(List<Cookie> cookies) {
    StringBuilder sb = new StringBuilder();
    for (Cookie cookie : cookies) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(cookie.name()).append('=').append(cookie.value());
    }
    return sb.toString();
  }

  private Response readResponse(Http1Connection c, Request request, boolean gzip, long sentAtMillis)
      throws IOException {
    Protocol protocol;
    int code;
    String message;
    Headers headers;
    while (true) {
      String status = c.readLine();
      if (status == null) {
        throw new IOException("unexpected end of stream on " + request.url().redact());
      }
      headersNanos = System.nanoTime();
      headRead = true;
      if (!status.startsWith("HTTP/1.") || status.length() < 12
          || (status.length() > 12 && status.charAt(12) != ' ')) {
        throw new ProtocolException("Unexpected status line: " + status);
      }
      protocol = status.charAt(7) == '0' ? Protocol.HTTP_1_0 : Protocol.HTTP_1_1;
      code = statusCode(status);
      message = status.length() > 13 ? status.substring(13) : "";
      headers = readHeaders(c);
      if (code == 101) {
        throw new ProtocolException("Unexpected 101 Switching Protocols to an http_request");
      }
      if (code >= 200) {
        break;
      }
      headRead = false; // an informational response (100, 103): the real one follows
    }
    long receivedAtMillis = System.currentTimeMillis();
    CookieJar jar = transport.client().cookieJar();
    if (jar != CookieJar.NO_COOKIES) {
      List<Cookie> cookies = Cookie.parseAll(request.url(), headers);
      if (!cookies.isEmpty()) {
        jar.saveFromResponse(request.url(), cookies);
      }
    }

    String connection = headers.get("Connection");
    boolean reusable = protocol == Protocol.HTTP_1_1
        ? !"close".equalsIgnoreCase(connection)
        : "keep-alive".equalsIgnoreCase(connection);
    reusable &= !"close".equalsIgnoreCase(request.header("Connection"));

    boolean promisesBody = !request.method().equals("HEAD") && code != 204 && code != 304;
    long length = -1;
    Source raw;
    if (!promisesBody) {
      length = 0;
      raw = Http1Body.fixed(c, this, reusable, 0);
    } else if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
      raw = Http1Body.chunked(c, this, reusable);
    } else if (headers.get("Content-Length") != null) {
      length = contentLength(headers.get("Content-Length"));
      raw = Http1Body.fixed(c, this, reusable, length);
    } else {
      raw = Http1Body.untilClose(c, this);
    }
    BufferedSource source;
    if (gzip && promisesBody && "gzip".equalsIgnoreCase(headers.get("Content-Encoding"))) {
      headers = headers.newBuilder().removeAll("Content-Encoding").removeAll("Content-Length").build();
      source = Okio.buffer(new GzipSource(raw));
      length = -1;
    } else {
      source = Okio.buffer(raw);
    }
    return new Response.Builder()
        .request(request)
        .protocol(protocol)
        .code(code)
        .message(message)
        .headers(headers)
        .body(ResponseBody.create(source, null, length))
        .sentRequestAtMillis(sentAtMillis)
        .receivedResponseAtMillis(receivedAtMillis)
        .build();
  }

  private static int statusCode(String status) throws ProtocolException {
    int code = 0;
    for (int i = 9; i < 12; i++) {
      char ch = status.charAt(i);
      if (ch < '0' || ch > '9') {
        throw new ProtocolException("Unexpected status line: " + status);
      }
      code = code * 10 + (ch - '0');
    }
    return code;
  }

  private static long contentLength(String value) throws ProtocolException {
    try {
      long length = Long.parseLong(value.trim());
      if (length >= 0) {
        return length;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ProtocolException("malformed Content-Length \"" + value + "\"");
  }

  /** Reads header lines up to the blank one, dropping lines without a name. */
  private static Headers readHeaders(Http1Connection c) throws IOException {
    Headers.Builder builder = new Headers.Builder();
    long bytes = 0;
    for (String line; ; ) {
      line = c.readLine();
      if (line == null) {
        throw new ProtocolException("the server closed the connection inside the response headers");
      }
      if (line.isEmpty()) {
        return builder.build();
      }
      bytes += line.length();
      if (bytes > MAX_HEADER_BYTES) {
        throw new ProtocolException("the response headers are longer than " + MAX_HEADER_BYTES + " bytes");
      }
      int colon = line.indexOf(':', 1);
      if (colon > 0) {
        try {
          builder.addUnsafeNonAscii(line.substring(0, colon), line.substring(colon + 1).trim());
        } catch (IllegalArgumentException notAName) {
          // a header name OkHttp's headers cannot hold: dropped
        }
      }
    }
  }

  /** Reads a small body to its end so the connection is reused, and closes the response. */
  private static void discard(Response response) {
    ResponseBody body = response.body();
    try {
      BufferedSource source = body.source();
      Buffer scratch = new Buffer();
      long read = 0;
      for (long n; read <= DISCARD_LIMIT && (n = source.read(scratch, 8192)) != -1; ) {
        read += n;
        scratch.clear();
      }
    } catch (IOException e) {
      // the redirect's body does not matter; its connection is closed below
    } finally {
      response.close();
    }
  }
}
