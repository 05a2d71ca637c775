package dev.burstgrid.runtime;

import dev.burstgrid.runtime.internal.ConcurrencyLimit;
import java.time.Duration;

/**
 * The execution controls of a step's instances ({@code timeout}, {@code retry}, {@code
 * delay_before}/{@code delay_after}, {@code on_failure}, {@code concurrency}). Build one per step
 * and run: a group's instances share it, and so share its concurrency limit.
 *
 * <pre>{@code
 * StepControls controls = StepControls.builder().timeout(Duration.ofSeconds(5)).concurrency(3).build();
 * }</pre>
 */
public final class StepControls {

  /** No controls: one attempt, no timeout, no delays, a failure stops the run. */
  public static final StepControls NONE = builder().build();

  private final Duration timeout;
  private final Retry retry;
  private final Duration delayBefore;
  private final Duration delayAfter;
  private final boolean continueOnFailure;
  private final ConcurrencyLimit limit;

  private StepControls(Builder b) {
    timeout = b.timeout;
    retry = b.retry;
    delayBefore = b.delayBefore;
    delayAfter = b.delayAfter;
    continueOnFailure = b.continueOnFailure;
    limit = b.concurrency > 0 ? new ConcurrencyLimit(b.concurrency) : null;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The longest one attempt may run, or null for no limit. */
  public Duration timeout() {
    return timeout;
  }

  /** How failed attempts are retried, or null for a single attempt. */
  public Retry retry() {
    return retry;
  }

  public int attempts() {
    return retry == null ? 1 : retry.attempts();
  }

  public Duration delayBefore() {
    return delayBefore;
  }

  public Duration delayAfter() {
    return delayAfter;
  }

  /** Whether a failure is reported and counted but does not stop the run. */
  public boolean continueOnFailure() {
    return continueOnFailure;
  }

  /** The group's concurrency limit, or null; internal to the runtime. */
  public ConcurrencyLimit limit() {
    return limit;
  }

  /** Builds {@link StepControls}. */
  public static final class Builder {
    private Duration timeout;
    private Retry retry;
    private Duration delayBefore = Duration.ZERO;
    private Duration delayAfter = Duration.ZERO;
    private boolean continueOnFailure;
    private int concurrency;

    private Builder() {}

    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public Builder retry(Retry retry) {
      this.retry = retry;
      return this;
    }

    public Builder delayBefore(Duration delay) {
      this.delayBefore = delay;
      return this;
    }

    public Builder delayAfter(Duration delay) {
      this.delayAfter = delay;
      return this;
    }

    public Builder continueOnFailure(boolean continueOnFailure) {
      this.continueOnFailure = continueOnFailure;
      return this;
    }

    /** At most {@code n} instances of the group at once, started in index order. */
    public Builder concurrency(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("concurrency must be ≥ 1, not " + n);
      }
      this.concurrency = n;
      return this;
    }

    public StepControls build() {
      return new StepControls(this);
    }
  }
}
