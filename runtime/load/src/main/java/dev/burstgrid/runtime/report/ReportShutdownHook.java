package dev.burstgrid.runtime.report;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * While a run that writes reports runs: on Ctrl-C the JVM exits once its shutdown hooks
 * return, so this one ({@code bggo-report-shutdown}) waits until the reports are written
 * ({@link #close}), at most a minute. {@link #requested} completes when it starts.
 */
final class ReportShutdownHook implements AutoCloseable {

  private final CompletableFuture<Void> requested = new CompletableFuture<>();
  private final CompletableFuture<Void> written = new CompletableFuture<>();
  private final Thread thread;

  private ReportShutdownHook() {
    thread = new Thread(() -> {
      requested.complete(null);
      try {
        written.get(60, TimeUnit.SECONDS);
      } catch (Exception e) {
        // The JVM exits anyway.
      }
    }, "bggo-report-shutdown");
  }

  static ReportShutdownHook install() {
    ReportShutdownHook hook = new ReportShutdownHook();
    Runtime.getRuntime().addShutdownHook(hook.thread);
    return hook;
  }

  /** Completes when the JVM starts shutting down (Ctrl-C, SIGTERM). */
  Future<Void> requested() {
    return requested;
  }

  /** The reports are written (or failed to be): the JVM may exit. */
  @Override
  public void close() {
    written.complete(null);
    try {
      Runtime.getRuntime().removeShutdownHook(thread);
    } catch (IllegalStateException shuttingDown) {
      // Ctrl-C: the hook is running and returns now.
    }
  }
}
