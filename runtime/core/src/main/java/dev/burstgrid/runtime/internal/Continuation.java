package dev.burstgrid.runtime.internal;

/**
 * The one task a thread runs next, after the task it is running now. A step that finishes
 * usually makes a dependent ready; handing that dependent to another thread costs a wake-up and
 * a context switch per edge of the DAG, which under load is most of an iteration's overhead. So
 * the first task made ready while a thread runs one is kept for that same thread; any further
 * ones go to other threads, so ready tasks still run in parallel.
 *
 * <p>Thread-confined: only the thread a continuation belongs to reads or writes it.
 */
final class Continuation {

  private static final ThreadLocal<Continuation> CURRENT = ThreadLocal.withInitial(Continuation::new);

  private Runnable next;
  private boolean open;

  private Continuation() {}

  /**
   * Runs {@code task} on this thread, then each task {@link #offer offered} to this thread
   * meanwhile, in turn. Should a task throw, the one offered after it goes to {@code elsewhere},
   * so no ready task is lost.
   */
  static void runHere(Runnable task, StepThreads elsewhere) {
    Continuation here = CURRENT.get();
    if (here.open) { // already draining further up this thread's stack
      task.run();
      return;
    }
    here.open = true;
    try {
      for (Runnable r = task; r != null; r = here.take()) {
        r.run();
      }
    } finally {
      here.open = false;
      Runnable left = here.take();
      if (left != null) {
        try {
          elsewhere.execute(left);
        } catch (java.util.concurrent.RejectedExecutionException e) {
          if (left instanceof Task) {
            ((Task) left).cancel();
          }
        }
      }
    }
  }

  /** Keeps {@code task} for this thread to run next; false when this thread cannot take it. */
  static boolean offer(Runnable task) {
    Continuation here = CURRENT.get();
    if (!here.open || here.next != null) {
      return false;
    }
    here.next = task;
    return true;
  }

  private Runnable take() {
    Runnable r = next;
    next = null;
    return r;
  }
}
