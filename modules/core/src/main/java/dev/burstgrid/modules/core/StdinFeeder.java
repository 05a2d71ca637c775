package dev.burstgrid.modules.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a child's stdin on its own daemon thread and closes it: a child that does not read its
 * input (or reads it slowly) must not block the step, whose timeout and cancellation still apply.
 */
final class StdinFeeder {
  private StdinFeeder() {}

  static void start(OutputStream stdin, String text, String name) {
    byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    Thread thread = new Thread(() -> feed(stdin, bytes), name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void feed(OutputStream stdin, byte[] bytes) {
    try (stdin) {
      stdin.write(bytes);
    } catch (IOException exitedEarly) {
      // The child closed its stdin or exited before reading everything: not our failure.
    }
  }
}
