package dev.burstgrid.runtime.internal;

import java.util.concurrent.CompletableFuture;

/** The future of a step instance, which knows its task, so a race can stop the contenders that lost. */
final class StepFuture<T> extends CompletableFuture<T> {
  final StepTask<T> task;

  StepFuture(StepTask<T> task) {
    this.task = task;
  }
}
