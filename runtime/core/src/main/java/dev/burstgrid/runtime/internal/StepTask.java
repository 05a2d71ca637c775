package dev.burstgrid.runtime.internal;

import dev.burstgrid.runtime.ConditionalStep;
import dev.burstgrid.runtime.RunFailure;
import dev.burstgrid.runtime.SkippedByCondition;
import dev.burstgrid.runtime.SkippedException;
import dev.burstgrid.runtime.StepBody;
import dev.burstgrid.runtime.StepControls;
import dev.burstgrid.runtime.StepFailedException;
import dev.burstgrid.runtime.StepInfo;
import java.util.concurrent.CancellationException;

/**
 * A step instance: acquires its resources, runs its body under its controls (delays, attempts,
 * timeout), completes its future.
 */
final class StepTask<T> extends Task {

  private final StepBody<T> body;
  private final StepControls controls;
  final StepFuture<T> future = new StepFuture<>(this);
  private volatile String lostTo; // the winner of a race this contender lost, or null

  StepTask(Scheduler run, StepInfo info, ResourceSlot<?>[] uses, StepControls controls,
      ConcurrencyLimit[] limits, StepBody<T> body) {
    super(run, info, uses, limits);
    this.controls = controls;
    this.body = body;
  }

  @Override
  void execute() {
    Throwable conditionFailure = null;
    if (body instanceof ConditionalStep<T> conditional && !run.isCancelled()) {
      // Before the start line and the resources: an instance skipped by its if does neither.
      try {
        if (!conditional.condition().holds(this)) {
          stopRunning();
          skippedByCondition();
          return;
        }
      } catch (Throwable t) {
        conditionFailure = t;
      }
    }
    if (conditionFailure == null && !acquireUses()) {
      return;
    }
    // After the resources: a step whose resource could not be created is skipped without a
    // start line, and "create" lines come before their first consumer's start.
    if (!run.startUnlessStopped(this)) {
      stopRunning();
      skipped(run.skipReason());
      return;
    }
    if (conditionFailure != null) {
      stopRunning();
      failed(conditionFailure);
      return;
    }
    T value;
    try {
      value = new Attempts<>(this, controls, body).run();
    } catch (SkippedByCondition e) { // a body that tests its condition itself
      stopRunning();
      skippedByCondition();
      return;
    } catch (Throwable t) {
      stopRunning();
      failed(t);
      return;
    }
    stopRunning();
    markDone();
    if (!run.okUnlessStopped(this, run.now() - startNanos)) {
      // It ended after the run stopped: its work may be cut short, so it is not counted ok.
      failed(new CancellationException(run.skipReason()));
      return;
    }
    // Close resources this step was the last consumer of before dependents can start.
    releaseUses();
    future.complete(value);
    run.settle();
  }

  /** Acquires each used resource; false after finishing this task when one is not to be had. */
  private boolean acquireUses() {
    if (run.isCancelled()) {
      stopRunning();
      skipped(run.skipReason());
      return false;
    }
    for (ResourceSlot<?> slot : uses()) {
      try {
        slot.acquire();
      } catch (ResourceUnavailableException e) {
        stopRunning();
        skipped(e.getMessage());
        return false;
      } catch (InterruptedException e) {
        stopRunning();
        skipped(lostTo != null ? "lost the race to " + lostTo : run.skipReason());
        return false;
      } catch (Throwable t) {
        stopRunning();
        if (run.startUnlessStopped(this)) { // a failure is logged after its step's start
          failed(t);
        } else {
          skipped(run.skipReason());
        }
        return false;
      }
    }
    return true;
  }

  private void skippedByCondition() {
    releaseUses();
    markDone();
    run.recordSkippedByCondition(this);
    future.completeExceptionally(new SkippedByCondition(address));
    run.settle();
  }

  /** Another contender of a race won: stop this one alone (skipped, or interrupted with its hooks). */
  void loseRace(String winner) {
    lostTo = winner;
    stop("lost the race to " + winner);
  }

  boolean lostRace() {
    return lostTo != null;
  }

  @Override
  void recordFailure(Throwable failure, long nanos) {
    if (lostTo != null && !run.isCancelled()) {
      run.recordLostRace(this, nanos, lostTo); // the interrupt of the race, not a failure of its own
    } else if (controls.continueOnFailure()) {
      run.recordContinuedFailure(this, failure, nanos);
    } else {
      super.recordFailure(failure, nanos);
    }
  }

  @Override
  void completeSkipped(String reason) {
    future.completeExceptionally(new SkippedException(address, reason));
  }

  @Override
  void completeFailed(Throwable failure) {
    if (lostTo != null && !run.isCancelled()) {
      future.completeExceptionally(new SkippedException(address, "lost the race to " + lostTo));
      return;
    }
    if (controls.continueOnFailure() && !run.isCancelled()) {
      // Dependents see a skip: they are skipped in turn, and the run goes on.
      future.completeExceptionally(new SkippedException(address, "failed"));
      return;
    }
    future.completeExceptionally(
        new StepFailedException(RunFailure.of(address, location, failure)));
  }
}
