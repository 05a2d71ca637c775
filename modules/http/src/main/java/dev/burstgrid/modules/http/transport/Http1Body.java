package dev.burstgrid.modules.http.transport;

import java.io.IOException;
import java.net.ProtocolException;
import okio.Buffer;
import okio.Source;
import okio.Timeout;

/**
 * A response body as framed on the connection — a fixed length, chunks, or everything until the
 * server closes. Read to its end, it hands a reusable connection back (through its call, to the
 * pool); closed before that, it closes the connection: what is left unread would be taken for the
 * next response.
 */
final class Http1Body implements Source {
  private static final long UNTIL_CLOSE = -1;
  private static final long CHUNKED = -2;

  private final Http1Connection connection;
  private final Http1Call owner;
  private final boolean reusable;
  private long remaining; // in this fixed body or chunk; UNTIL_CLOSE; CHUNKED before a chunk
  private final boolean chunked;
  private boolean done;

  private Http1Body(
      Http1Connection connection, Http1Call owner, boolean reusable, long remaining, boolean chunked) {
    this.connection = connection;
    this.owner = owner;
    this.reusable = reusable;
    this.remaining = remaining;
    this.chunked = chunked;
  }

  static Http1Body fixed(Http1Connection c, Http1Call owner, boolean reusable, long length) {
    Http1Body body = new Http1Body(c, owner, reusable, length, false);
    if (length == 0) {
      body.finish();
    }
    return body;
  }

  static Http1Body chunked(Http1Connection c, Http1Call owner, boolean reusable) {
    return new Http1Body(c, owner, reusable, CHUNKED, true);
  }

  static Http1Body untilClose(Http1Connection c, Http1Call owner) {
    return new Http1Body(c, owner, false, UNTIL_CLOSE, false);
  }

  @Override
  public long read(Buffer sink, long byteCount) throws IOException {
    if (done) {
      return -1;
    }
    if (chunked && remaining <= 0 && !nextChunk()) {
      return -1;
    }
    long max = remaining == UNTIL_CLOSE ? byteCount : Math.min(byteCount, remaining);
    long n = connection.read(sink, max);
    if (n == -1) {
      if (remaining == UNTIL_CLOSE) {
        finish();
        return -1;
      }
      abandon();
      throw new ProtocolException("the server closed the connection before the end of the body");
    }
    if (remaining != UNTIL_CLOSE) {
      remaining -= n;
      if (remaining == 0 && !chunked) {
        finish();
      }
    }
    return n;
  }

  /** Reads the next chunk's size line (after the CRLF ending the previous one); false after the last. */
  private boolean nextChunk() throws IOException {
    if (remaining == 0) {
      line(); // the CRLF after the chunk's data
    }
    String size = line();
    int end = size.indexOf(';'); // chunk extensions are ignored
    String hex = (end == -1 ? size : size.substring(0, end)).trim();
    try {
      remaining = Long.parseLong(hex, 16);
    } catch (NumberFormatException e) {
      remaining = -1;
    }
    if (remaining < 0 || hex.isEmpty() || hex.startsWith("+") || hex.startsWith("-")) {
      abandon();
      throw new ProtocolException("malformed chunk size \"" + size + "\" in a chunked body");
    }
    if (remaining == 0) {
      while (!line().isEmpty()) {
        // trailers: read and dropped, as OkHttp does for http_request
      }
      finish();
      return false;
    }
    return true;
  }

  private String line() throws IOException {
    String line = connection.readLine();
    if (line == null) {
      abandon();
      throw new ProtocolException("the server closed the connection inside a chunked body");
    }
    return line;
  }

  private void finish() {
    done = true;
    owner.bodyEnded(connection, reusable);
  }

  @Override
  public Timeout timeout() {
    return Timeout.NONE; // the connection's deadline bounds every read
  }

  /** Ends the body without reading the rest: the connection cannot be reused. */
  private void abandon() {
    done = true;
    owner.bodyEnded(connection, false);
  }

  @Override
  public void close() {
    if (!done) {
      abandon();
    }
  }
}
