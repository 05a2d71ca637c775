package dev.burstgrid.lang;

import dev.burstgrid.runtime.NotRetried;
import dev.burstgrid.runtime.RunFailure;
import dev.burstgrid.runtime.SkippedByCondition;

/**
 * {@code retry { on = EXPR }}: decides after each attempt whether it is retried. Generated code
 * wraps a step's attempt in {@link #attempt}; the condition sees the output of an attempt that
 * succeeded, or the error of one that failed (the other is null).
 */
public final class RetryOn {
  private RetryOn() {}

  /** The work of one attempt. */
  @FunctionalInterface
  public interface Attempt<T> {
    T run() throws Exception;
  }

  /** {@code on}: true to retry after this outcome. */
  @FunctionalInterface
  public interface Condition<T> {
    boolean test(T output, String error) throws Exception;
  }

  /**
   * Runs {@code attempt}: a success for which {@code on} holds fails with {@link ConditionHolds}
   * (so it is retried); a failure for which it does not hold fails with the runtime's {@link
   * NotRetried} (so it is final). A failure of {@code on} itself over an error counts as "retry".
   */
  public static <T> T attempt(Attempt<T> attempt, Condition<T> on) throws Exception {
    T output;
    try {
      output = attempt.run();
    } catch (InterruptedException | SkippedByCondition e) {
      throw e;
    } catch (Exception e) {
      boolean retry;
      try {
        retry = on.test(null, RunFailure.of("", "", e).message());
      } catch (Exception conditionFailed) {
        retry = true;
      }
      if (!retry) {
        throw new NotRetried(e);
      }
      throw e;
    }
    if (on.test(output, null)) {
      throw new ConditionHolds();
    }
    return output;
  }

  /** An attempt that succeeded, but whose output the retry condition asks to retry. */
  public static final class ConditionHolds extends Exception {
    ConditionHolds() {
      super("the retry condition holds for its output", null, false, false);
    }
  }
}
