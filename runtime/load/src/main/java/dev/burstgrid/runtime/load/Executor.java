package dev.burstgrid.runtime.load;

import java.time.Duration;
import java.util.List;

/**
 * How a scenario schedules its iterations: k6's executors, with k6's semantics and option
 * names (in snake_case in HCL). The closed-model ones run a number of VUs, each starting its
 * next iteration when the previous one ended; the arrival-rate ones (open model) start
 * iterations on a clock, whatever the latency, and count what cannot start as dropped.
 */
public sealed interface Executor {

  /** The longest the scenario runs before its graceful stop (not counting start_time). */
  Duration maxDuration();

  /** The most VUs it can have at once. */
  int maxVus();

  /** {@code iterations} shared by {@code vus}: each VU takes the next until none is left. */
  record SharedIterations(int vus, long iterations, Duration maxDuration) implements Executor {
    public SharedIterations {
      requireIterations(vus, iterations, maxDuration);
    }

    /** No VU when there is no iteration (a segment's empty part), so that the parts' VUs add up. */
    @Override
    public int maxVus() {
      return iterations == 0 ? 0 : vus;
    }
  }

  /** Each of {@code vus} VUs runs exactly {@code iterations} iterations. */
  record PerVuIterations(int vus, long iterations, Duration maxDuration) implements Executor {
    public PerVuIterations {
      requireIterations(vus, iterations, maxDuration);
    }

    @Override
    public int maxVus() {
      return vus;
    }
  }

  /** {@code vus} VUs loop for {@code duration}. */
  record ConstantVus(int vus, Duration duration) implements Executor {
    public ConstantVus {
      requirePositive(vus, "vus");
      requireNotNegative(duration, "duration");
    }

    @Override
    public Duration maxDuration() {
      return duration;
    }

    @Override
    public int maxVus() {
      return vus;
    }
  }

  /**
   * From {@code startVus}, each stage moves the VU count linearly to its target; a VU above
   * the target finishes its iteration (at most {@code gracefulRampDown}) and retires.
   */
  record RampingVus(int startVus, List<Stage> stages, Duration gracefulRampDown) implements Executor {
    public RampingVus {
      requireNotNegative(startVus, "start_vus");
      stages = List.copyOf(stages);
      requireStages(stages);
      requireNotNegative(gracefulRampDown, "graceful_ramp_down");
    }

    @Override
    public Duration maxDuration() {
      return total(stages);
    }

    @Override
    public int maxVus() {
      long max = startVus;
      for (Stage s : stages) {
        max = Math.max(max, s.target());
      }
      return (int) Math.min(max, Integer.MAX_VALUE);
    }
  }

  /**
   * {@code rate} iterations per {@code timeUnit} for {@code duration}, started on schedule by
   * up to {@code maxVus} VUs ({@code preAllocatedVus} ready at the start).
   */
  record ConstantArrivalRate(long rate, Duration timeUnit, Duration duration, int preAllocatedVus, int maxVus)
      implements Executor {
    public ConstantArrivalRate {
      requirePositive(rate, "rate");
      requirePositive(timeUnit, "time_unit");
      requireNotNegative(duration, "duration");
      requireVus(preAllocatedVus, maxVus);
    }

    @Override
    public Duration maxDuration() {
      return duration;
    }
  }

  /** From {@code startRate}, each stage moves the rate linearly to its target. */
  record RampingArrivalRate(
      long startRate, Duration timeUnit, List<Stage> stages, int preAllocatedVus, int maxVus)
      implements Executor {
    public RampingArrivalRate {
      requireNotNegative(startRate, "start_rate");
      requirePositive(timeUnit, "time_unit");
      stages = List.copyOf(stages);
      requireStages(stages);
      requireVus(preAllocatedVus, maxVus);
    }

    @Override
    public Duration maxDuration() {
      return total(stages);
    }
  }

  /**
   * One part of an arrival-rate executor ({@code --segment}): the whole's schedule, of which
   * it starts only the iterations its segment owns (every N-th), with its share of the VUs.
   */
  record ArrivalRateSegment(Executor whole, ExecutionSegment segment, int preAllocatedVus, int maxVus)
      implements Executor {
    public ArrivalRateSegment {
      if (!(whole instanceof ConstantArrivalRate || whole instanceof RampingArrivalRate)) {
        throw new IllegalArgumentException("only arrival-rate executors are segmented by schedule, not " + whole);
      }
      requireVus(preAllocatedVus, maxVus);
    }

    @Override
    public Duration maxDuration() {
      return whole.maxDuration();
    }

    /** Whether this part starts the whole's iteration {@code i} (0-based). */
    public boolean owns(long i) {
      return i % segment.count() == segment.index() - 1;
    }
  }

  private static Duration total(List<Stage> stages) {
    Duration total = Duration.ZERO;
    for (Stage s : stages) {
      total = total.plus(s.duration());
    }
    return total;
  }

  private static void requireIterations(int vus, long iterations, Duration maxDuration) {
    requirePositive(vus, "vus");
    requireNotNegative(iterations, "iterations");
    requireNotNegative(maxDuration, "max_duration");
  }

  private static void requireStages(List<Stage> stages) {
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("stages must list at least one stage");
    }
  }

  private static void requireVus(int preAllocated, int max) {
    requireNotNegative(preAllocated, "pre_allocated_vus");
    if (max < preAllocated || max < 1) {
      throw new IllegalArgumentException(
          "max_vus must be ≥ 1 and ≥ pre_allocated_vus (" + preAllocated + "), got " + max);
    }
  }

  private static void requirePositive(long n, String name) {
    if (n < 1) {
      throw new IllegalArgumentException(name + " must be ≥ 1, got " + n);
    }
  }

  private static void requireNotNegative(long n, String name) {
    if (n < 0) {
      throw new IllegalArgumentException(name + " must be ≥ 0, got " + n);
    }
  }

  private static void requirePositive(Duration d, String name) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be longer than 0, got " + d);
    }
  }

  static void requireNotNegative(Duration d, String name) {
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + d);
    }
  }
}
