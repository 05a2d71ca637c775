package dev.burstgrid.modules.http;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * A response body read up to {@code max_body} bytes; the rest is read to the end, so the
 * connection can be reused, counted and dropped, so a huge response cannot exhaust memory.
 */
record BoundedBody(String text, long totalBytes, long discardedBytes) {
  private static final long CHUNK = 64 * 1024;

  /** Reads the whole body, keeping at most {@code limit} bytes (none dropped when 0). */
  static BoundedBody read(ResponseBody body, MediaType type, long limit) throws IOException {
    BufferedSource source = body.source();
    Buffer kept = new Buffer();
    long keep = limit == 0 ? Long.MAX_VALUE : limit;
    while (kept.size() < keep) {
      if (source.read(kept, Math.min(CHUNK, keep - kept.size())) == -1) {
        long size = kept.size();
        return new BoundedBody(kept.readString(charset(type)), size, 0);
      }
    }
    long keptBytes = kept.size();
    long discarded = 0;
    Buffer scratch = new Buffer();
    for (long n; (n = source.read(scratch, CHUNK)) != -1; ) {
      discarded += n;
      scratch.clear();
    }
    return new BoundedBody(
        kept.readString(charset(type)), keptBytes + discarded, discarded);
  }

  boolean truncated() {
    return discardedBytes > 0;
  }

  private static Charset charset(MediaType type) {
    Charset charset = type == null ? null : type.charset(null);
    return charset != null ? charset : StandardCharsets.UTF_8;
  }
}
