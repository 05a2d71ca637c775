package dev.burstgrid.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a step instance retries: up to {@code attempts} runs in all, waiting {@code delay} before
 * the second, doubled each time when {@code exponential}, never more than {@code maxDelay}, and
 * with {@code jitter} a random wait between half and all of that.
 */
public record Retry(int attempts, Duration delay, boolean exponential, Duration maxDelay, boolean jitter) {

  public Retry {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be ≥ 1, not " + attempts);
    }
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(maxDelay, "maxDelay");
  }

  /** The wait after failed attempt {@code attempt} (1-based) before the next one. */
  public Duration delayAfter(int attempt) {
    long millis = delay.toMillis();
    if (exponential) {
      for (int i = 1; i < attempt && millis < maxDelay.toMillis(); i++) {
        millis *= 2;
      }
    }
    millis = Math.min(millis, maxDelay.toMillis());
    if (jitter && millis > 1) {
      millis = millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1);
    }
    return Duration.ofMillis(millis);
  }
}
