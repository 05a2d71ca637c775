package dev.burstgrid.runtime;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Bounded waits: a test fails instead of hanging. */
final class Waits {

  static final long SECONDS = 20;

  private Waits() {}

  static void await(CountDownLatch latch) throws InterruptedException {
    if (!latch.await(SECONDS, TimeUnit.SECONDS)) {
      throw new AssertionError("timed out waiting for a latch");
    }
  }

  /** Blocks until interrupted (a step that only ends by cancellation). */
  static void forever() throws InterruptedException {
    new CountDownLatch(1).await(SECONDS * 3, TimeUnit.SECONDS);
    throw new AssertionError("was never interrupted");
  }
}
