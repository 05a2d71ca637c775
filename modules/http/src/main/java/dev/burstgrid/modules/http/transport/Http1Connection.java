package dev.burstgrid.modules.http.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import okio.Buffer;
import okio.BufferedSink;
import okio.Okio;

/**
 * One keep-alive TCP connection of the cleartext transport: the socket, a read buffer, and the
 * deadline of the exchange that holds it. Reads honour the deadline through the socket's read
 * timeout, set before each blocking read; writes of large bodies through okio's watchdog, which
 * closes the socket when a server stops reading. Used by one exchange at a time.
 */
final class Http1Connection {
  /** Longest status or header line accepted; a server sending more is not speaking HTTP. */
  private static final int MAX_LINE = 64 * 1024;

  final Http1Transport.Authority authority;
  private final Socket socket;
  private final InputStream in;
  private final BufferedSink sink;
  private final byte[] buffer = new byte[8192];
  private int pos;
  private int limit;
  private long deadlineNanos; // 0: none
  private int soTimeoutMillis = -1;
  private long idleSinceNanos;
  private volatile boolean closed;

  Http1Connection(Http1Transport.Authority authority, Socket socket) throws IOException {
    this.authority = authority;
    this.socket = socket;
    this.in = socket.getInputStream();
    this.sink = Okio.buffer(Okio.sink(socket));
  }

  /** The sink requests are written to; see {@link #writeDeadline}. */
  BufferedSink sink() {
    return sink;
  }

  /** Sets when the current exchange's reads must end (a {@code System.nanoTime} value, 0: never). */
  void deadline(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  /**
   * Sets when writing must end, or 0 for no watchdog. A request that fits the socket's send
   * buffer does not block (the server read the previous one before answering it), so only large
   * bodies need okio's watchdog, whose every use takes a lock all connections share.
   */
  void writeDeadline(long deadlineNanos) {
    if (deadlineNanos == 0) {
      sink.timeout().clearDeadline();
    } else {
      sink.timeout().deadlineNanoTime(deadlineNanos);
    }
  }

  /** Reads one line without its CRLF (or bare LF), as ISO-8859-1; null at end of stream. */
  String readLine() throws IOException {
    StringBuilder longLine = null;
    while (true) {
      for (int i = pos; i < limit; i++) {
        if (buffer[i] == '\n') {
          int end = i > pos && buffer[i - 1] == '\r' ? i - 1 : i;
          String part = new String(buffer, pos, end - pos, StandardCharsets.ISO_8859_1);
          pos = i + 1;
          if (longLine == null) {
            return part;
          }
          longLine.append(part);
          int n = longLine.length();
          return n > 0 && longLine.charAt(n - 1) == '\r' ? longLine.substring(0, n - 1) : longLine.toString();
        }
      }
      // No line end in the buffer: keep what is there and read more.
      if (limit > pos) {
        if (longLine == null) {
          longLine = new StringBuilder();
        }
        longLine.append(new String(buffer, pos, limit - pos, StandardCharsets.ISO_8859_1));
        if (longLine.length() > MAX_LINE) {
          throw new ProtocolException("a response line is longer than " + MAX_LINE + " bytes");
        }
      }
      pos = limit = 0;
      if (!fill()) {
        return longLine == null ? null : longLine.toString();
      }
    }
  }

  /** Moves up to {@code max} bytes into {@code sink}; -1 at end of stream. */
  long read(Buffer sink, long max) throws IOException {
    if (pos == limit) {
      pos = limit = 0;
      if (!fill()) {
        return -1;
      }
    }
    int n = (int) Math.min(max, limit - pos);
    sink.write(buffer, pos, n);
    pos += n;
    return n;
  }

  /** Reads more bytes into the empty buffer; false at end of stream. */
  private boolean fill() throws IOException {
    applyReadTimeout();
    int n;
    try {
      n = in.read(buffer, 0, buffer.length);
    } catch (SocketTimeoutException e) {
      throw timedOut(e);
    }
    if (n <= 0) {
      return false;
    }
    limit = n;
    return true;
  }

  private void applyReadTimeout() throws IOException {
    int millis = 0;
    if (deadlineNanos != 0) {
      long left = deadlineNanos - System.nanoTime();
      if (left <= 0) {
        throw new InterruptedIOException("timeout");
      }
      millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000));
    }
    if (millis != soTimeoutMillis) {
      socket.setSoTimeout(millis);
      soTimeoutMillis = millis;
    }
  }

  private static InterruptedIOException timedOut(SocketTimeoutException cause) {
    InterruptedIOException e = new InterruptedIOException("timeout");
    e.initCause(cause);
    return e;
  }

  /**
   * Whether an idle connection can take another request: not closed by either side, and nothing
   * unasked-for waiting in it. Costs a read with a 1 ms limit, so only for connections that sat
   * idle long enough for a server to have dropped them.
   */
  boolean isHealthy() {
    if (closed || socket.isClosed() || socket.isInputShutdown()) {
      return false;
    }
    if (pos != limit) {
      return false; // bytes no request asked for
    }
    try {
      socket.setSoTimeout(1);
      soTimeoutMillis = 1;
      in.read(buffer, 0, buffer.length);
      return false; // bytes no request asked for, or the end of stream: the server closed it
    } catch (SocketTimeoutException stillOpen) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  void markIdle() {
    idleSinceNanos = System.nanoTime();
  }

  long idleNanos(long now) {
    return now - idleSinceNanos;
  }

  boolean isClosed() {
    return closed;
  }

  /** Closes the socket; safe from any thread and more than once (a cancel uses it). */
  void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing: nothing left to do with it
    }
  }
}
