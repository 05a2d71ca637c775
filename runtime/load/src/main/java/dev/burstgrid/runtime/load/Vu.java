package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.RunFailure;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A virtual user: a number, a count of the iterations it started, and its {@code scope = "vu"}
 * resources, new for each activation and closed when it retires. One loop thread at a time
 * runs its iterations.
 */
final class Vu {

  static final int IDLE = 0;
  static final int ACTIVE = 1;
  static final int RETIRING = 2;

  final int id;
  final AtomicInteger state = new AtomicInteger(IDLE);
  private long iterations; // only its loop thread touches it
  private volatile ScopedResources scope = new ScopedResources();
  private volatile IterationBinding current;
  volatile long retireDeadline;

  Vu(int id) {
    this.id = id;
  }

  /** The number of this VU's next iteration (vu.iteration), counting it. */
  long nextIteration() {
    return iterations++;
  }

  long iterations() {
    return iterations;
  }

  ScopedResources scope() {
    return scope;
  }

  /** A new activation: resources of scope "vu" start afresh; the loop closes this store when it ends. */
  ScopedResources activate() {
    ScopedResources fresh = new ScopedResources();
    scope = fresh;
    return fresh;
  }

  void running(IterationBinding binding) {
    current = binding;
  }

  /** Interrupts the iteration in progress, if any (the hard end of a graceful stop). */
  void cancelCurrent() {
    IterationBinding b = current;
    if (b != null) {
      b.cancel();
    }
  }

  /** Closes this activation's "vu" resources, newest first; returns the close errors. */
  List<RunFailure> retire() {
    return scope.close();
  }
}
