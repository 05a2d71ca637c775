package dev.burstgrid.runtime.load;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** {@code --start-at}: an instant that N processes agree on, so their segments start together. */
public final class StartAt {

  private StartAt() {}

  /** {@code 2026-12-01T10:00:00Z} (ISO-8601 with an offset) or epoch milliseconds. */
  public static Instant parse(String text) {
    String t = text.trim();
    if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
      try {
        return Instant.ofEpochMilli(Long.parseLong(t));
      } catch (NumberFormatException e) {
        // too long: said below
      }
    }
    try {
      return java.time.OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not an instant; write e.g. 2026-12-01T10:00:00Z "
          + "(ISO-8601 with its offset) or epoch milliseconds such as 1795082400000");
    }
  }

  /** Sleeps until the wall clock reaches {@code instant}. */
  static void sleepUntil(Instant instant) {
    while (true) {
      Duration left = Duration.between(Instant.now(), instant);
      if (left.isNegative() || left.isZero()) {
        return;
      }
      try {
        Thread.sleep(Math.min(left.toMillis() + 1, 1000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
