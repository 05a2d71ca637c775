package dev.burstgrid.runtime.internal;

import java.util.PriorityQueue;

/**
 * At most {@code permits} tasks running at once ({@code concurrency = N} on a group, or
 * {@code --max-concurrency} for a run). A ready task beyond the limit waits its turn; waiting
 * tasks start in the order they were scheduled (index order within a group).
 */
public final class ConcurrencyLimit {

  private final PriorityQueue<Task> waiting =
      new PriorityQueue<>((a, b) -> Long.compare(a.sequence, b.sequence)); // guarded by this
  private int free; // guarded by this

  public ConcurrencyLimit(int permits) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be ≥ 1, not " + permits);
    }
    this.free = permits;
  }

  /** True when {@code task} may start now (it then holds a permit); otherwise it is queued. */
  synchronized boolean tryEnter(Task task) {
    if (free > 0) {
      free--;
      return true;
    }
    waiting.add(task);
    return false;
  }

  /**
   * Gives back a permit: returns the next waiting task still able to start, which takes the
   * permit over, or null.
   */
  synchronized Task leave() {
    for (Task next = waiting.poll(); next != null; next = waiting.poll()) {
      if (next.isQueued()) {
        return next;
      }
    }
    free++;
    return null;
  }
}
