package dev.burstgrid.modules.http;

import dev.burstgrid.lang.value.Durations;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Caps a client's requests in flight at {@code max_connections}. OkHttp's dispatcher limits only
 * asynchronous calls; steps make synchronous ones (on virtual threads from Java 21, any number at
 * once), so the cap is enforced here, before the call starts — which also keeps the wait for a
 * slot out of the call's own timeout. Fair, so waiting requests go in arrival order.
 */
final class ConnectionSlots {
  private final Semaphore slots;
  private final int size;
  private final Duration queueTimeout;

  ConnectionSlots(int size, Duration queueTimeout) {
    this.slots = new Semaphore(size, true);
    this.size = size;
    this.queueTimeout = queueTimeout;
  }

  /**
   * Waits for a free slot, at most {@code queue_timeout} (forever when it is zero).
   *
   * @throws IOException when none frees up in time
   * @throws InterruptedException when the run is cancelled meanwhile
   */
  void acquire() throws IOException, InterruptedException {
    if (queueTimeout.isZero()) {
      slots.acquire();
      return;
    }
    if (!slots.tryAcquire(queueTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
      throw new IOException(
          "waited "
              + Durations.format(queueTimeout)
              + " for one of the client's "
              + size
              + " connection slots (max_connections); raise queue_timeout or max_connections");
    }
  }

  /** How many requests may be in flight at once. */
  int size() {
    return size;
  }

  void release() {
    slots.release();
  }
}
