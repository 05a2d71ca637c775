package dev.burstgrid.modules.socketio;

/** Elapsed time as the runners' {@code *_ms} outputs give it. */
final class Millis {
  private Millis() {}

  /** Milliseconds since {@code startedNanos} (a {@link System#nanoTime} reading). */
  static double since(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000.0;
  }
}
