package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.ExecutorKind;
import dev.burstgrid.runtime.internal.StepThreads;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Threads for loops that block for long (a load test's VUs and its controllers): virtual on
 * JDK 21+ unless {@code kind} is PLATFORM, else daemon platform threads. Never the step pool,
 * whose threads the loops would starve.
 */
final class LoopThreads {
  private LoopThreads() {}

  /** The factory of loop threads; platform ones are named {@code prefix} and a number from 1. */
  static ThreadFactory of(ExecutorKind kind, String prefix) {
    ThreadFactory virtual = kind == ExecutorKind.PLATFORM ? null : StepThreads.virtualThreadFactory();
    if (virtual != null) {
      return virtual;
    }
    AtomicLong next = new AtomicLong(1);
    return task -> {
      Thread thread = new Thread(task, prefix + next.getAndIncrement());
      thread.setDaemon(true);
      return thread;
    };
  }
}
