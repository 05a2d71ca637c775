package dev.burstgrid.runtime.internal;

import dev.burstgrid.runtime.NotRetried;
import dev.burstgrid.runtime.SkippedByCondition;
import dev.burstgrid.runtime.StepBody;
import dev.burstgrid.runtime.StepControls;
import dev.burstgrid.runtime.StepTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * One step instance's run under its controls: {@code delay_before}, then up to {@code attempts}
 * runs of the body (each bounded by {@code timeout}, with the retry delay between them), then
 * {@code delay_after}. Every wait is a sleep on the step thread, so the run's cancellation
 * (an interrupt) ends it at once.
 */
final class Attempts<T> {

  private final Task task;
  private final StepControls controls;
  private final StepBody<T> body;
  private int open; // the attempt running now, 0 between attempts; guarded by task
  private int timedOut; // the attempt its timeout interrupted; guarded by task

  Attempts(Task task, StepControls controls, StepBody<T> body) {
    this.task = task;
    this.controls = controls;
    this.body = body;
  }

  T run() throws Exception {
    pause(controls.delayBefore());
    int attempts = controls.attempts();
    for (int attempt = 1; ; attempt++) {
      try {
        T value = attempt(attempt);
        pause(controls.delayAfter());
        return value;
      } catch (SkippedByCondition | InterruptedException e) {
        throw e;
      } catch (NotRetried e) {
        throw (Exception) e.getCause();
      } catch (Exception e) {
        if (task.run.isCancelled() || task instanceof StepTask<?> contender && contender.lostRace()) {
          throw e;
        }
        if (attempt >= attempts) {
          throw attempts == 1 ? e : new AttemptsExhaustedException(attempts, e);
        }
        Duration wait = controls.retry().delayAfter(attempt);
        task.run.recordRetry(task, attempt, attempts, e, wait);
        pause(wait);
      }
    }
  }

  private T attempt(int attempt) throws Exception {
    Duration timeout = controls.timeout();
    if (timeout == null) {
      try {
        return body.run(task);
      } finally {
        task.freshHooks();
      }
    }
    synchronized (task) {
      open = attempt;
    }
    ScheduledFuture<?> timer = Timeouts.schedule(() -> timeOut(attempt), timeout);
    try {
      T value = body.run(task);
      if (hasTimedOut(attempt)) {
        throw StepTimeoutException.after(timeout);
      }
      return value;
    } catch (Exception e) {
      if (hasTimedOut(attempt)) {
        StepTimeoutException timedOutFailure = StepTimeoutException.after(timeout);
        timedOutFailure.initCause(e);
        throw timedOutFailure;
      }
      throw e;
    } finally {
      timer.cancel(false);
      boolean clearInterrupt;
      synchronized (task) {
        open = 0;
        clearInterrupt = timedOut == attempt;
      }
      task.freshHooks();
      if (clearInterrupt && !task.run.isCancelled()) {
        Thread.interrupted(); // the timeout's interrupt must not end the retry delay
      }
    }
  }

  private void timeOut(int attempt) {
    synchronized (task) {
      if (open != attempt) {
        return; // that attempt already ended
      }
      timedOut = attempt;
      task.cancelAttempt();
    }
  }

  private boolean hasTimedOut(int attempt) {
    synchronized (task) {
      return timedOut == attempt;
    }
  }

  private void pause(Duration wait) throws InterruptedException {
    if (wait.isZero() || wait.isNegative()) {
      return;
    }
    if (task.run.isCancelled()) {
      throw new InterruptedException();
    }
    Thread.sleep(wait.toMillis());
  }
}
