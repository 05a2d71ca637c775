package dev.burstgrid.runtime.internal;

/** A JVM shutdown hook (Ctrl-C, SIGTERM) that a run installs while it runs and removes after. */
public final class ShutdownHook {

  private final Thread thread;

  private ShutdownHook(Thread thread) {
    this.thread = thread;
  }

  public static ShutdownHook install(String name, Runnable onShutdown) {
    Thread thread = new Thread(onShutdown, name);
    Runtime.getRuntime().addShutdownHook(thread);
    return new ShutdownHook(thread);
  }

  /** Removes the hook, unless the JVM is already running it (then it must finish its work). */
  public void remove() {
    if (Thread.currentThread() != thread) {
      try {
        Runtime.getRuntime().removeShutdownHook(thread);
      } catch (IllegalStateException e) {
        // The JVM is shutting down; the hook is running.
      }
    }
  }
}
