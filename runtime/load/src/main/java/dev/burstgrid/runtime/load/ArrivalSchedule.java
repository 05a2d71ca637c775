package dev.burstgrid.runtime.load;

import java.util.ArrayList;
import java.util.List;

/**
 * When each iteration of an arrival-rate scenario is due. The rate is piecewise linear (one
 * segment per stage, or one flat segment), so the number of iterations due by time t is the
 * integral of the rate, and iteration i is due where that integral reaches i: the first at 0,
 * then every {@code time_unit / rate} at a constant rate. Iterations are asked for in order.
 */
final class ArrivalSchedule {

  /** A stretch of linearly changing rate, in iterations per nanosecond. */
  private record Segment(long startNanos, long nanos, double fromRate, double toRate, double before) {
    double count() {
      return (fromRate + toRate) / 2 * nanos;
    }
  }

  private final List<Segment> segments;
  private int cursor;

  private ArrivalSchedule(List<Segment> segments) {
    this.segments = segments;
  }

  static ArrivalSchedule of(Executor executor) {
    List<Segment> segments = new ArrayList<>();
    if (executor instanceof Executor.ConstantArrivalRate) {
      Executor.ConstantArrivalRate c = (Executor.ConstantArrivalRate) executor;
      double rate = c.rate() / (double) c.timeUnit().toNanos();
      segments.add(new Segment(0, c.duration().toNanos(), rate, rate, 0));
    } else {
      Executor.RampingArrivalRate r = (Executor.RampingArrivalRate) executor;
      double unit = r.timeUnit().toNanos();
      double from = r.startRate() / unit;
      long start = 0;
      double before = 0;
      for (Stage stage : r.stages()) {
        double to = stage.target() / unit;
        Segment s = new Segment(start, stage.duration().toNanos(), from, to, before);
        segments.add(s);
        before += s.count();
        start += s.nanos();
        from = to;
      }
    }
    return new ArrivalSchedule(segments);
  }

  /** When iteration {@code i} is due, in nanoseconds from the scenario's start; -1 past the end. */
  long offset(long i) {
    while (cursor < segments.size()) {
      Segment s = segments.get(cursor);
      double n = i - s.before();
      if (n < s.count()) {
        double t = timeWithin(s, n);
        if (t < s.nanos()) {
          return s.startNanos() + (long) t;
        }
      }
      cursor++;
    }
    return -1;
  }

  /**
   * Solves {@code from·t + (to-from)·t²/(2·D) = n} for t in the stable form {@code 2n / (from
   * + sqrt(from² + 2(to-from)·n/D))}, which also covers a flat rate.
   */
  private static double timeWithin(Segment s, double n) {
    if (n <= 0) {
      return 0;
    }
    double slope = (s.toRate() - s.fromRate()) / s.nanos();
    double root = Math.sqrt(Math.max(0, s.fromRate() * s.fromRate() + 2 * slope * n));
    return 2 * n / (s.fromRate() + root);
  }
}
