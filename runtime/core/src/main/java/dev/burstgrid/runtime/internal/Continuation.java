package dev.burstgrid.runtime.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The one task a thread runs next, after the task it is running now. A step that finishes
 * usually makes a dependent ready; handing that dependent to another thread costs a wake-up and
 * a context switch per edge of the DAG, which under load is most of an iteration's overhead. So
 * the first task made ready while a thread runs one is kept for that same thread; any further
 * ones go to other threads, so ready tasks still run in parallel.
 *
 * <p>A draining thread's continuation sits in a slot picked by its thread id, not in a {@link
 * ThreadLocal}: a virtual step thread drains one chain and ends, and the map a thread-local
 * creates on each fresh thread was most of what a DAG iteration allocated beyond a hand-written
 * {@code CompletableFuture} program. A thread whose slot is taken (ids equal modulo the table's
 * size) just runs its task, and what it makes ready goes to other threads.
 *
 * <p>Thread-confined: only the thread a continuation belongs to reads or writes its task.
 */
final class Continuation {

  private static final int SLOTS = 1024; // a power of two, well above the threads draining at once
  private static final AtomicReferenceArray<Continuation> DRAINING = new AtomicReferenceArray<>(SLOTS);

  private final Thread thread;
  private Runnable next;

  private Continuation(Thread thread) {
    this.thread = thread;
  }

  /**
   * Runs {@code task} on this thread, then each task {@link #offer offered} to this thread
   * meanwhile, in turn. Should a task throw, the one offered after it goes to {@code elsewhere},
   * so no ready task is lost.
   */
  static void runHere(Runnable task, StepThreads elsewhere) {
    Thread me = Thread.currentThread();
    int slot = slotOf(me);
    Continuation here = new Continuation(me);
    // Already draining further up this thread's stack, or the slot is another thread's.
    if (!DRAINING.compareAndSet(slot, null, here)) {
      task.run();
      return;
    }
    try {
      for (Runnable r = task; r != null; r = here.take()) {
        r.run();
      }
    } finally {
      DRAINING.set(slot, null);
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
    Thread me = Thread.currentThread();
    Continuation here = DRAINING.get(slotOf(me));
    if (here == null || here.thread != me || here.next != null) {
      return false;
    }
    here.next = task;
    return true;
  }

  @SuppressWarnings("deprecation") // threadId() is Java 19+; getId() returns the same value
  private static int slotOf(Thread thread) {
    return (int) thread.getId() & (SLOTS - 1);
  }

  private Runnable take() {
    Runnable r = next;
    next = null;
    return r;
  }
}
