package dev.burstgrid.modules.websocket;

import dev.burstgrid.lang.value.Durations;
import java.time.Duration;

/** Checks of the waiting limits grids give, so that no wait is unbounded. */
public final class Timeouts {
  private Timeouts() {}

  /**
   * Returns {@code d} when it is longer than zero.
   *
   * @throws IllegalArgumentException naming the argument otherwise
   */
  public static Duration positive(String argument, Duration d) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(
          argument + " must be longer than zero, got \"" + Durations.format(d) + "\"");
    }
    return d;
  }
}
