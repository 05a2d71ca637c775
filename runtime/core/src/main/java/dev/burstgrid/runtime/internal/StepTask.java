package dev.burstgrid.runtime.internal;

import dev.burstgrid.runtime.RunFailure;
import dev.burstgrid.runtime.SkippedException;
import dev.burstgrid.runtime.StepBody;
import dev.burstgrid.runtime.StepFailedException;
import dev.burstgrid.runtime.StepInfo;
import java.util.concurrent.CompletableFuture;

/** A step instance: acquires its resources, runs its body, completes its future. */
final class StepTask<T> extends Task {

  private final StepBody<T> body;
  final CompletableFuture<T> future = new CompletableFuture<>();

  StepTask(Scheduler run, StepInfo info, ResourceSlot<?>[] uses, StepBody<T> body) {
    super(run, info, uses);
    this.body = body;
  }

  @Override
  void execute() {
    run.log().started(address, location);
    for (ResourceSlot<?> slot : uses()) {
      try {
        slot.acquire();
      } catch (ResourceUnavailableException e) {
        stopRunning();
        skipped(e.getMessage());
        return;
      } catch (InterruptedException e) {
        stopRunning();
        skipped(run.skipReason());
        return;
      } catch (Throwable t) {
        stopRunning();
        failed(t);
        return;
      }
    }
    if (run.isCancelled()) { // stopped while this step waited for a resource
      stopRunning();
      skipped(run.skipReason());
      return;
    }
    T value;
    try {
      value = body.run(this);
    } catch (Throwable t) {
      stopRunning();
      failed(t);
      return;
    }
    stopRunning();
    // Close resources this step was the last consumer of before dependents can start.
    releaseUses();
    markDone();
    run.recordOk(this, run.now() - startNanos);
    future.complete(value);
    run.settle();
  }

  @Override
  void completeSkipped(String reason) {
    future.completeExceptionally(new SkippedException(address, reason));
  }

  @Override
  void completeFailed(Throwable failure) {
    future.completeExceptionally(
        new StepFailedException(RunFailure.of(address, location, failure)));
  }
}
