package dev.burstgrid.runtime.internal;

import dev.burstgrid.runtime.ExecutorKind;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads of one run: a new virtual thread per task on JDK 21+, each named {@code bggo-step}
 * (numbering them costs a string per step; a thread dump tells them apart by id)
 * (found reflectively so this class stays Java 17 bytecode), else a bounded pool of daemon
 * platform threads named {@code bggo-step-N} that die when idle. Counts live threads so the end of a run can wait for
 * them all and report leaks, virtual ones included.
 *
 * <p>Virtual threads are started directly rather than through {@code
 * newThreadPerTaskExecutor}, whose thread set is a hot spot when 100,000 steps become ready at
 * once; the live count here does the same job.
 */
public final class StepThreads {

  static final String NAME_PREFIX = "bggo-step-";
  static final String VIRTUAL_NAME = "bggo-step";

  private final ThreadFactory virtualFactory; // null when on the platform pool
  private final ThreadPoolExecutor pool; // null when on virtual threads
  private final AtomicInteger live = new AtomicInteger();
  private volatile boolean shutDown;
  private final CompletableFuture<Void> drained = new CompletableFuture<>();

  private StepThreads(ExecutorKind kind, int maxPlatformThreads) {
    ThreadFactory virtual = kind == ExecutorKind.PLATFORM ? null : virtualThreadFactory();
    if (kind == ExecutorKind.VIRTUAL && virtual == null) {
      throw new IllegalStateException(
          "virtual threads need Java 21 or newer; this is Java " + Runtime.version().feature());
    }
    this.virtualFactory = virtual;
    this.pool = virtual == null ? platformPool(maxPlatformThreads) : null;
  }

  /** Starts the threads a run of this kind uses. */
  public static StepThreads start(ExecutorKind kind, int maxPlatformThreads) {
    return new StepThreads(kind, maxPlatformThreads);
  }

  public boolean isVirtual() {
    return virtualFactory != null;
  }

  /** Pool tasks submitted and not yet finished: more than the pool's threads means none is idle. */
  private final java.util.concurrent.atomic.AtomicInteger unfinished = new java.util.concurrent.atomic.AtomicInteger();

  /** Threads started and not yet finished. */
  public int liveThreads() {
    return live.get();
  }

  void execute(Runnable task) {
    if (pool != null) {
      unfinished.incrementAndGet();
      try {
        pool.execute(() -> {
          try {
            Continuation.runHere(task, this);
          } finally {
            unfinished.decrementAndGet();
          }
        });
      } catch (RejectedExecutionException e) {
        unfinished.decrementAndGet();
        throw e;
      }
      return;
    }
    live.incrementAndGet(); // before the check, so shutdown cannot miss this thread
    if (shutDown) {
      threadEnded();
      throw new RejectedExecutionException("the run has ended");
    }
    virtualFactory.newThread(() -> {
      try {
        Continuation.runHere(task, this);
      } finally {
        threadEnded();
      }
    }).start();
  }

  /**
   * Stops accepting tasks (idle pool threads end at once) and waits up to {@code timeout} for
   * every thread to end. Returns whether they all did. Running steps were already interrupted
   * by the run's cancellation, if any.
   */
  public boolean shutdown(Duration timeout) {
    shutDown = true;
    if (pool != null) {
      pool.shutdownNow();
    }
    if (live.get() == 0) {
      drained.complete(null);
    }
    boolean interrupted = false;
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (true) {
        try {
          drained.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
          return true;
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (TimeoutException | ExecutionException e) {
          return false;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void threadEnded() {
    if (live.decrementAndGet() == 0 && shutDown) {
      drained.complete(null);
    }
  }

  private ThreadPoolExecutor platformPool(int max) {
    AtomicLong next = new AtomicLong(1);
    ThreadFactory factory =
        task -> {
          Thread thread =
              new Thread(
                  () -> {
                    try {
                      task.run();
                    } finally {
                      threadEnded();
                    }
                  },
                  NAME_PREFIX + next.getAndIncrement());
          thread.setDaemon(true);
          live.incrementAndGet();
          return thread;
        };
    // A thread is started only when no pooled thread is idle (see GrowOnDemandQueue), up to
    // `max`; idle threads time out, so a finished run keeps none. A plain core == max pool
    // would start `max` threads for every run, whatever the grid's concurrency.
    GrowOnDemandQueue queue = new GrowOnDemandQueue(unfinished);
    ThreadPoolExecutor executor = new ThreadPoolExecutor(0, max, 5, TimeUnit.SECONDS, queue, factory,
        // Another submitter reached the maximum first: queue the task instead.
        (task, pool) -> {
          if (pool.isShutdown()) {
            throw new RejectedExecutionException("the run has ended");
          }
          queue.force(task);
        });
    queue.executor = executor;
    return executor;
  }

  /**
   * {@code Thread.ofVirtual().name("bggo-step").factory()}, or null before JDK 21; also for the
   * load engine's VU loops.
   */
  public static ThreadFactory virtualThreadFactory() {
    if (Runtime.version().feature() < 21) {
      return null;
    }
    try {
      Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
      Class<?> builderType = Class.forName("java.lang.Thread$Builder");
      builder = builderType.getMethod("name", String.class).invoke(builder, VIRTUAL_NAME);
      return (ThreadFactory) builderType.getMethod("factory").invoke(builder);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Queues a task only when a pooled thread is idle to take it; otherwise refuses, which makes
   * the executor start another thread (below its maximum; at the maximum, tasks queue).
   */
  private static final class GrowOnDemandQueue extends LinkedBlockingQueue<Runnable> {
    private static final long serialVersionUID = 1L;
    private final transient java.util.concurrent.atomic.AtomicInteger unfinished;
    transient ThreadPoolExecutor executor;

    GrowOnDemandQueue(java.util.concurrent.atomic.AtomicInteger unfinished) {
      this.unfinished = unfinished;
    }

    @Override
    public boolean offer(Runnable task) {
      int threads = executor.getPoolSize();
      // `unfinished` counts this task too: more tasks than threads means none is idle.
      if (threads < executor.getMaximumPoolSize() && unfinished.get() > threads) {
        return false;
      }
      return super.offer(task);
    }

    void force(Runnable task) {
      super.offer(task);
    }
  }
}
