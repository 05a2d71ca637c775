package dev.burstgrid.compiler.cli.serve;

import java.io.IOException;
import java.io.InputStream;

/** Reads and drops a request's body, framed by Content-Length or chunked, so the next request can be read. */
final class RequestBodies {
  private RequestBodies() {}

  static void discard(RequestHead head, InputStream in) throws IOException {
    if (head.chunked()) {
      discardChunked(in);
    } else {
      skipFully(in, head.contentLength());
    }
  }

  private static void discardChunked(InputStream in) throws IOException {
    while (true) {
      String sizeLine = RequestHead.readLine(in);
      if (sizeLine == null) {
        throw new RequestHead.BadRequest("connection closed in a chunked body");
      }
      int extension = sizeLine.indexOf(';');
      long size;
      try {
        size = Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
      } catch (NumberFormatException e) {
        throw new RequestHead.BadRequest("malformed chunk size");
      }
      if (size == 0) {
        break;
      }
      skipFully(in, size);
      RequestHead.readLine(in); // the CRLF after the chunk
    }
    for (String trailer = RequestHead.readLine(in); trailer != null && !trailer.isEmpty(); ) {
      trailer = RequestHead.readLine(in);
    }
  }

  private static void skipFully(InputStream in, long n) throws IOException {
    while (n > 0) {
      long skipped = in.skip(n);
      if (skipped <= 0) {
        if (in.read() == -1) {
          throw new RequestHead.BadRequest("connection closed in the request's body");
        }
        skipped = 1;
      }
      n -= skipped;
    }
  }
}
