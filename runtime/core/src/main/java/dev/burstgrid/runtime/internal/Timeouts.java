package dev.burstgrid.runtime.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one daemon thread ({@code bggo-timeout}) that fires step timeouts for every run in the
 * process; a fired timeout only interrupts a step and calls its hooks, so one thread suffices.
 */
final class Timeouts {

  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private Timeouts() {}

  static ScheduledFuture<?> schedule(Runnable action, Duration after) {
    return TIMER.schedule(action, after.toNanos(), TimeUnit.NANOSECONDS);
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "bggo-timeout");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true); // a finished step's timer must not linger
    return timer;
  }
}
