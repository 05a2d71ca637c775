package dev.burstgrid.modules.websocket;

import dev.burstgrid.lang.ArgumentCheck;
import dev.burstgrid.lang.value.Durations;
import dev.burstgrid.lang.value.Value;
import java.util.Map;

/**
 * The rule the WebSocket and Socket.IO runners share for the limits of their waits: longer than
 * zero ({@link Timeouts#positive} at run time), so that no wait ends before it starts. The
 * compiler already reports a negative or malformed duration.
 */
public final class WaitLimits {
  private WaitLimits() {}

  /** Reports {@code argument} when it is known and not longer than zero. */
  public static void longerThanZero(Map<String, Value> known, String argument, ArgumentCheck.Problems problems) {
    if (known.get(argument) instanceof Value.Str text) {
      try {
        java.time.Duration limit = Durations.parse(text.value());
        if (limit.isZero() || limit.isNegative()) {
          problems.report(argument, "it is \"" + text.value() + "\", but a wait must be longer than zero:"
              + " write a limit such as \"5s\".");
        }
      } catch (IllegalArgumentException e) {
        // not a duration: reported by the compiler's own check
      }
    }
  }
}
