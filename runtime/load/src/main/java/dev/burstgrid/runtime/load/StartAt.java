package dev.burstgrid.runtime.load;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
    waitUntil(instant, new CompletableFuture<>());
  }

  /**
   * Waits until the wall clock reaches {@code instant}: true then, false as soon as {@code stop}
   * completes first (Ctrl-C before the start). An interrupt ends the wait too (true), the
   * thread's interrupt status kept.
   */
  public static boolean waitUntil(Instant instant, Future<?> stop) {
    while (!stop.isDone()) {
      Duration left = Duration.between(Instant.now(), instant);
      if (left.isNegative() || left.isZero()) {
        return true;
      }
      try {
        stop.get(Math.min(left.toMillis() + 1, 1000), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // the clock is read again: the wall clock may have been adjusted
      } catch (ExecutionException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return true;
      }
    }
    return false;
  }
}
