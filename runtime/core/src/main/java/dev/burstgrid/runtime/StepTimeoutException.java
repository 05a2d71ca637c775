package dev.burstgrid.runtime;

import java.time.Duration;

/** A step attempt ran longer than its {@code timeout}: it was interrupted and its cancel hooks called. */
public final class StepTimeoutException extends Exception {

  public StepTimeoutException(String formattedTimeout) {
    super("timed out after " + formattedTimeout);
  }

  public static StepTimeoutException after(Duration timeout) {
    return new StepTimeoutException(Durations.text(timeout));
  }

  /** {@code 5s}, {@code 1.5s}, {@code 200ms}: how a grid would write it. */
  static final class Durations {
    private Durations() {}

    static String text(Duration d) {
      long ms = d.toMillis();
      if (ms % 1000 != 0 || ms == 0) {
        return ms + "ms";
      }
      long s = ms / 1000;
      return s % 60 == 0 && s >= 60 ? (s / 60) + "m" : s + "s";
    }
  }
}
