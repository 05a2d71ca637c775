package dev.burstgrid.runtime.report;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * A histogram as text: HdrHistogram's compressed encoding (its V2 format, which any
 * HdrHistogram library reads, e.g. {@code Histogram.decodeFromCompressedByteBuffer}) in base64.
 */
final class HistogramCodec {

  private HistogramCodec() {}

  static String encode(Histogram h) {
    ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
    int size = h.encodeIntoCompressedByteBuffer(buffer);
    byte[] bytes = new byte[size];
    buffer.flip();
    buffer.get(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  static Histogram decode(String base64, String where) {
    try {
      Histogram h = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
      h.setAutoResize(true);
      return h;
    } catch (IllegalArgumentException | DataFormatException | java.nio.BufferUnderflowException e) {
      throw new ReportFormatException(where + ": not a base64 compressed HdrHistogram (" + e.getMessage() + ")");
    }
  }
}
