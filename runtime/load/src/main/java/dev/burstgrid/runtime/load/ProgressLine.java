package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.metrics.BuiltInMetrics;
import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The live progress of a load run, ticked every second by the run's ticker: on a terminal one
 * line rewritten in place, otherwise a plain line every 10 seconds.
 *
 * <pre>
 * running 12s/1m0s  vus 10/10  iterations 1234 (98.7/s)  failed 3  p95 12.34ms  dropped 0
 * </pre>
 */
final class ProgressLine {

  private static final int PLAIN_EVERY = 10;

  private final ProgressMode mode;
  private final PrintStream err;
  private final Duration total;
  private long ticks;
  private double lastIterations;
  private long lastNanos;
  private boolean drawn;
  private boolean finished; // a tick racing the end must not draw over the summary

  ProgressLine(ProgressMode mode, PrintStream err, Duration total) {
    this.mode = mode;
    this.err = err;
    this.total = total;
  }

  /** The metrics {@link #line} reads: all a snapshot for this line needs. */
  static final List<String> METRICS = List.of(BuiltInMetrics.ITERATIONS, BuiltInMetrics.ITERATION_FAILED,
      BuiltInMetrics.VUS, BuiltInMetrics.VUS_MAX, BuiltInMetrics.ITERATION_DURATION,
      BuiltInMetrics.DROPPED_ITERATIONS);

  /** One tick; takes a snapshot (of at least {@link #METRICS}) only when it draws. */
  synchronized void update(Supplier<MetricsSnapshot> snapshot) {
    ticks++;
    if (finished || mode == ProgressMode.NONE || (mode == ProgressMode.PLAIN && ticks % PLAIN_EVERY != 0)) {
      return;
    }
    String line = line(snapshot.get());
    if (mode == ProgressMode.TERMINAL) {
      // Ends with the cursor back at the line's start: the redacting stream holds text until a
      // line ends, and a carriage return ends one, so the frame shows now, not a second later.
      err.print("\r" + line + "\u001b[K\r");
      drawn = true;
    } else {
      err.println(line);
    }
    err.flush();
  }

  /** The run ended: leave the terminal line clean for the summary. */
  synchronized void finish() {
    finished = true;
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
      drawn = false;
    }
  }

  String line(MetricsSnapshot s) {
    double iterations = s.valueOrZero(BuiltInMetrics.ITERATIONS, "count");
    long nanos = s.elapsed().toNanos();
    double perSecond = nanos > lastNanos ? (iterations - lastIterations) * 1e9 / (nanos - lastNanos) : 0;
    lastIterations = iterations;
    lastNanos = nanos;
    double failedRate = s.valueOrZero(BuiltInMetrics.ITERATION_FAILED, "rate");
    return "running " + Formats.duration(Duration.ofSeconds(s.elapsed().toSeconds())) + "/" + Formats.duration(total)
        + "  vus " + Formats.count(s.valueOrZero(BuiltInMetrics.VUS, "value"))
        + "/" + Formats.count(s.valueOrZero(BuiltInMetrics.VUS_MAX, "value"))
        + "  iterations " + Formats.count(iterations) + " (" + String.format(java.util.Locale.ROOT, "%.1f", perSecond) + "/s)"
        + "  failed " + Math.round(failedRate * iterations)
        + "  p95 " + Formats.millis(s.valueOrZero(BuiltInMetrics.ITERATION_DURATION, "p95"))
        + "  dropped " + Formats.count(s.valueOrZero(BuiltInMetrics.DROPPED_ITERATIONS, "count"));
  }
}
