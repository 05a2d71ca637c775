package dev.burstgrid.runtime.internal;

import dev.burstgrid.runtime.RunFailure;
import dev.burstgrid.runtime.RunLog;
import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.runtime.Verbosity;
import java.io.PrintStream;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * The progress log: one line per event on the err stream, e.g.
 *
 * <pre>
 * [   12ms] ok      step.http_request.first (grid.hcl:12:1) 35ms
 * </pre>
 *
 * <p>Threads never block each other: a line is queued, and whichever thread finds the
 * stream free writes every queued line in one batch ("group commit").
 */
public final class ProgressLog implements RunLog {

  /** A log that writes nothing: shared, since it holds no state of its run. */
  static final ProgressLog SILENT = new ProgressLog(null, Verbosity.SILENT, System::nanoTime, 0);

  private final PrintStream err;
  private final Verbosity verbosity;
  private final LongSupplier clock;
  private final long startNanos;
  private final ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean writing = new AtomicBoolean();

  ProgressLog(PrintStream err, Verbosity verbosity, LongSupplier clock, long startNanos) {
    this.err = err;
    this.verbosity = verbosity;
    this.clock = clock;
    this.startNanos = startNanos;
  }

  boolean showsEvents() {
    return verbosity == Verbosity.NORMAL;
  }

  void started(String address, String location) {
    if (showsEvents()) {
      emit(line("start", address, location, -1, null));
    }
  }

  void ok(String address, String location, long nanos) {
    if (showsEvents()) {
      emit(line("ok", address, location, nanos, null));
    }
  }

  void failed(RunFailure failure, long nanos) {
    if (verbosity != Verbosity.SILENT) {
      emit(line("failed", failure.address(), failure.location(), nanos, failure.message()));
    }
  }

  void cancelled(String address, String location, long nanos, String message) {
    if (showsEvents()) {
      emit(line("cancel", address, location, nanos, message));
    }
  }

  void skipped(String address, String location, String reason) {
    if (showsEvents()) {
      emit(line("skipped", address, location, -1, reason));
    }
  }

  @Override
  public void event(String kind, String address, String location, String message) {
    if (showsEvents()) {
      emit(line(kind, address, location, -1, message));
    }
  }

  /** {@code skip-if step.x (grid.hcl:3:1): condition is false}: not a failure, not a stop. */
  void skippedByCondition(String address, String location) {
    if (showsEvents()) {
      emit(line("skip-if", address, location, -1, "condition is false"));
    }
  }

  /** {@code retry   step.x (grid.hcl:3:1): attempt 1 of 3 failed: …; next attempt in 200ms}. */
  void retrying(String address, String location, int attempt, int attempts, String message, java.time.Duration wait) {
    if (verbosity != Verbosity.SILENT) {
      emit(line("retry", address, location, -1, "attempt " + attempt + " of " + attempts + " failed: " + message
          + "; next attempt in " + wait.toMillis() + "ms"));
    }
  }

  void expanded(String address, String location, int instances) {
    if (showsEvents()) {
      emit(line("expand", address, location, -1, instances + " instances"));
    }
  }

  void created(String address, String location, long nanos) {
    if (showsEvents()) {
      emit(line("create", address, location, nanos, null));
    }
  }

  void closed(String address, String location) {
    if (showsEvents()) {
      emit(line("close", address, location, -1, null));
    }
  }

  void closeFailed(RunFailure failure) {
    if (verbosity != Verbosity.SILENT) {
      emit(line("failed", failure.address(), failure.location(), -1, "close: " + failure.message()));
    }
  }

  @Override
  public void note(String text) {
    if (verbosity != Verbosity.SILENT) {
      emit(prefix("note").append(oneLine(text)).toString());
    }
  }

  /**
   * The end-of-run lines:
   *
   * <pre>
   * [ 1234ms] FAILED  12 ok, 1 failed, 3 cancelled, 20 skipped in 1234ms
   * [ 1234ms] error   step.http_request.fan[3] (grid.hcl:18:1): connection refused
   * </pre>
   */
  void summary(RunResult result) {
    if (verbosity == Verbosity.SILENT) {
      return;
    }
    StringBuilder b = prefix(result.status().name());
    b.append(result.ok()).append(" ok, ")
        .append(result.failed()).append(" failed, ")
        .append(result.cancelled()).append(" cancelled, ")
        .append(result.skipped()).append(" skipped")
        .append(result.skippedByCondition() > 0 ? ", " + result.skippedByCondition() + " skipped by condition" : "")
        .append(" in ")
        .append(result.wallTime().toMillis()).append("ms");
    emit(b.toString());
    if (result.failure() != null) {
      emit(prefix("error").append(oneLine(result.failure().toString())).toString());
    }
    for (RunFailure closeError : result.closeErrors()) {
      if (closeError != result.failure()) {
        emit(prefix("error").append(oneLine("close " + closeError)).toString());
      }
    }
  }

  private String line(String kind, String address, String location, long nanos, String message) {
    StringBuilder b = prefix(kind);
    b.append(address).append(" (").append(location).append(')');
    if (nanos >= 0) {
      b.append(' ').append(TimeUnit.NANOSECONDS.toMillis(nanos)).append("ms");
    }
    if (message != null) {
      b.append(": ").append(oneLine(message));
    }
    return b.toString();
  }

  private StringBuilder prefix(String kind) {
    long ms = TimeUnit.NANOSECONDS.toMillis(clock.getAsLong() - startNanos);
    StringBuilder b = new StringBuilder(96).append('[');
    String digits = Long.toString(ms);
    for (int i = digits.length(); i < 5; i++) {
      b.append(' ');
    }
    b.append(digits).append("ms] ").append(kind);
    int end = b.length() - kind.length() + 8;
    do {
      b.append(' ');
    } while (b.length() < end);
    return b;
  }

  private static String oneLine(String text) {
    return text.indexOf('\n') < 0 && text.indexOf('\r') < 0
        ? text
        : text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  private void emit(String line) {
    pending.add(line);
    while (!pending.isEmpty() && writing.compareAndSet(false, true)) {
      try {
        StringBuilder batch = new StringBuilder();
        for (String next = pending.poll(); next != null; next = pending.poll()) {
          batch.append(next).append(System.lineSeparator());
        }
        err.print(batch);
        err.flush();
      } finally {
        writing.set(false);
      }
    }
  }
}
