package dev.burstgrid.lang;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Holds each line until its end, so that a secret split across writes is still seen whole, then
 * writes it redacted. A carriage return ends a line too: a terminal's progress line is rewritten
 * in place after one and must show at once. While its redactor knows no secret it writes
 * through, holding nothing.
 */
final class LineRedactingStream extends OutputStream {
  private final PrintStream target;
  private final SecretRedactor redactor;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  LineRedactingStream(PrintStream target, SecretRedactor redactor) {
    this.target = target;
    this.redactor = redactor;
  }

  @Override
  public synchronized void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    if (line.size() == 0 && redactor.isEmpty()) {
      target.write(b, off, len);
      return;
    }
    int start = off;
    for (int i = off; i < off + len; i++) {
      if (b[i] == '\n' || b[i] == '\r') {
        line.write(b, start, i + 1 - start);
        emit();
        start = i + 1;
      }
    }
    line.write(b, start, off + len - start);
  }

  @Override
  public synchronized void flush() {
    target.flush(); // a partial line waits for its end
  }

  @Override
  public synchronized void close() {
    emit();
    target.flush();
  }

  private void emit() {
    if (line.size() > 0) {
      target.print(redactor.redact(line.toString(StandardCharsets.UTF_8)));
      line.reset();
    }
    target.flush();
  }
}
