package dev.burstgrid.runtime.internal;

import dev.burstgrid.runtime.ExecutorKind;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads of one run, named {@code bggo-step-N}: one virtual thread per task on JDK 21+
 * (found reflectively so this class stays Java 17 bytecode), else a bounded pool of daemon
 * platform threads that die when idle. Counts live threads so tests and the end-of-run check
 * can see leaks, virtual ones included.
 */
public final class StepThreads {

  static final String NAME_PREFIX = "bggo-step-";

  private final ExecutorService executor;
  private final boolean virtual;
  private final AtomicInteger live = new AtomicInteger();

  private StepThreads(ExecutorKind kind, int maxPlatformThreads) {
    ThreadFactory virtualFactory = kind == ExecutorKind.PLATFORM ? null : virtualThreadFactory();
    if (kind == ExecutorKind.VIRTUAL && virtualFactory == null) {
      throw new IllegalStateException(
          "virtual threads need Java 21 or newer; this is Java " + Runtime.version().feature());
    }
    this.virtual = virtualFactory != null;
    this.executor =
        virtual
            ? threadPerTask(counting(virtualFactory))
            : platformPool(maxPlatformThreads, counting(platformFactory()));
  }

  /** Starts the threads a run of this kind uses. */
  public static StepThreads start(ExecutorKind kind, int maxPlatformThreads) {
    return new StepThreads(kind, maxPlatformThreads);
  }

  /** Whether this JVM can run steps on virtual threads. */
  public static boolean virtualThreadsAvailable() {
    return virtualThreadFactory() != null;
  }

  public boolean isVirtual() {
    return virtual;
  }

  /** Threads started and not yet finished. */
  public int liveThreads() {
    return live.get();
  }

  void execute(Runnable task) {
    executor.execute(task);
  }

  /**
   * Stops accepting tasks, interrupts any still running, and waits up to {@code timeout} for
   * every thread to end. Returns whether they all did.
   */
  boolean shutdown(Duration timeout) {
    executor.shutdownNow();
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean interrupted = false;
    try {
      while (true) {
        try {
          boolean terminated =
              executor.awaitTermination(
                  Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
          // awaitTermination returns once tasks are done; the threads themselves end a moment
          // later.
          while (terminated && live.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
          }
          return terminated && live.get() == 0;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private ThreadFactory counting(ThreadFactory delegate) {
    return task -> {
      Thread thread =
          delegate.newThread(
              () -> {
                try {
                  task.run();
                } finally {
                  live.decrementAndGet();
                }
              });
      live.incrementAndGet();
      return thread;
    };
  }

  private static ExecutorService platformPool(int max, ThreadFactory factory) {
    // core == max so that up to `max` threads start on demand; idle ones time out, so a
    // finished run keeps none.
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(max, max, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static ThreadFactory platformFactory() {
    AtomicLong next = new AtomicLong(1);
    return task -> {
      Thread thread = new Thread(task, NAME_PREFIX + next.getAndIncrement());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static ExecutorService threadPerTask(ThreadFactory factory) {
    try {
      Method m = Executors.class.getMethod("newThreadPerTaskExecutor", ThreadFactory.class);
      return (ExecutorService) m.invoke(null, factory);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create a virtual-thread executor", e);
    }
  }

  /** {@code Thread.ofVirtual().name("bggo-step-", 1).factory()}, or null before JDK 21. */
  private static ThreadFactory virtualThreadFactory() {
    if (Runtime.version().feature() < 21) {
      return null;
    }
    try {
      Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
      Class<?> builderType = Class.forName("java.lang.Thread$Builder");
      builder =
          builderType.getMethod("name", String.class, long.class).invoke(builder, NAME_PREFIX, 1L);
      return (ThreadFactory) builderType.getMethod("factory").invoke(builder);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
