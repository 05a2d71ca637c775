package dev.burstgrid.modules.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Reads a child process's stdout or stderr to the end on its own daemon thread, so a child that
 * writes a lot never blocks on a full pipe while we wait for it.
 */
final class StreamDrainer {
  private volatile ByteArrayOutputStream collected = new ByteArrayOutputStream();
  private final Thread thread;
  private volatile OutOfMemoryError outOfMemory; // set when keeping the output ran out of memory
  private volatile long bytesRead;

  private StreamDrainer(InputStream in, String name) {
    thread = new Thread(() -> drain(in), name);
    thread.setDaemon(true);
  }

  static StreamDrainer start(InputStream in, String name) {
    StreamDrainer drainer = new StreamDrainer(in, name);
    drainer.thread.start();
    return drainer;
  }

  /**
   * Waits up to {@code timeout} for the end of the stream. A grandchild left running in the
   * background may keep the pipe open forever; then we return what has been read so far.
   */
  void awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
    thread.join(Math.max(1, unit.toMillis(timeout)));
  }

  /** The OutOfMemoryError that stopped the reading, or null. */
  OutOfMemoryError outOfMemory() {
    return outOfMemory;
  }

  long bytesRead() {
    return bytesRead;
  }

  /** What has been read so far, decoded as UTF-8. */
  String text() {
    // ByteArrayOutputStream is synchronized: safe while the drainer still writes.
    return collected.toString(StandardCharsets.UTF_8);
  }

  private void drain(InputStream in) {
    byte[] buffer = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(buffer)) != -1) {
        bytesRead += n; // only this thread writes it
        if (outOfMemory == null) {
          keep(buffer, n);
        }
      }
    } catch (IOException closed) {
      // The process was destroyed or the stream closed: keep what was read.
    }
  }

  /**
   * Keeps the bytes; when memory runs out, drops them all and goes on reading only, so the child
   * is not left blocked on a full pipe.
   */
  private void keep(byte[] buffer, int n) {
    try {
      collected.write(buffer, 0, n);
    } catch (OutOfMemoryError e) {
      collected = new ByteArrayOutputStream(0); // frees the heap for the step to report it
      outOfMemory = e;
    }
  }
}
