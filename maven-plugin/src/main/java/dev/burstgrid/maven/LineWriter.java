package dev.burstgrid.maven;

import java.io.Writer;
import java.util.function.Consumer;

/** A Writer that hands each complete line to a consumer (the build log), without its line ending. */
final class LineWriter extends Writer {
  private final Consumer<String> lines;
  private final StringBuilder pending = new StringBuilder();

  LineWriter(Consumer<String> lines) {
    this.lines = lines;
  }

  @Override
  public synchronized void write(char[] buf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      char c = buf[i];
      if (c == '\n') {
        emit();
      } else if (c != '\r') {
        pending.append(c);
      }
    }
  }

  private void emit() {
    lines.accept(pending.toString());
    pending.setLength(0);
  }

  @Override
  public void flush() {
    // Lines go out as they end; a partial line waits for its end or close().
  }

  @Override
  public synchronized void close() {
    if (pending.length() > 0) {
      emit();
    }
  }
}
