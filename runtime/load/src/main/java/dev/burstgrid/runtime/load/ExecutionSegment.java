package dev.burstgrid.runtime.load;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code index}-th of {@code count} equal parts of every scenario ({@code --segment 2/4}),
 * for N processes that together run one load test (k6's execution segments). The parts add up
 * to exactly the whole, remainders included:
 *
 * <ul>
 *   <li>a number (VUs, iterations, a stage's target) is split as {@code ⌊n·i/N⌋ − ⌊n·(i−1)/N⌋};
 *   <li>arrival-rate executors keep the whole schedule and each part starts every N-th due
 *       iteration (part i those numbered i−1, i−1+N, …), so the parts' iterations are the
 *       whole's, at the same instants.
 * </ul>
 *
 * A part whose share of VUs is 0 runs nothing, except that a part with iterations to run (or
 * an arrival-rate part) gets at least one VU: with N greater than the VUs, the parts' VUs add
 * up to more than the whole's, never their iterations.
 */
public record ExecutionSegment(int index, int count) {

  /** The whole run: one part of one. */
  public static final ExecutionSegment WHOLE = new ExecutionSegment(1, 1);

  public ExecutionSegment {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException(
          "a segment is i/N with 1 ≤ i ≤ N, e.g. 2/4 for the second of four parts; got " + index + "/" + count);
    }
  }

  /** {@code "2/4"}; anything else throws with what to write instead. */
  public static ExecutionSegment parse(String text) {
    String[] parts = text.trim().split("/", -1);
    try {
      if (parts.length == 2) {
        return new ExecutionSegment(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException("\"" + text + "\" is not a segment; write i/N, e.g. 2/4 for the second of four parts");
  }

  public boolean isWhole() {
    return count == 1;
  }

  /** This part's share of {@code n}: the N shares of n add up to n. */
  public long share(long n) {
    return floorShare(n, index) - floorShare(n, index - 1);
  }

  private long floorShare(long n, int parts) {
    return BigInteger.valueOf(n).multiply(BigInteger.valueOf(parts)).divide(BigInteger.valueOf(count)).longValueExact();
  }

  /** The scenario with this part of its executor. */
  public Scenario of(Scenario s) {
    return isWhole() ? s : new Scenario(s.name(), of(s.executor()), s.startTime(), s.gracefulStop(), s.iteration());
  }

  /** This part of {@code e}. */
  public Executor of(Executor e) {
    if (isWhole()) {
      return e;
    } else if (e instanceof Executor.SharedIterations) {
      Executor.SharedIterations s = (Executor.SharedIterations) e;
      long iterations = share(s.iterations());
      int vus = (int) Math.max(share(s.vus()), iterations > 0 ? 1 : 0);
      return vus == 0 ? nothing() : new Executor.SharedIterations(vus, iterations, s.maxDuration());
    } else if (e instanceof Executor.PerVuIterations) {
      Executor.PerVuIterations p = (Executor.PerVuIterations) e;
      int vus = (int) share(p.vus());
      return vus == 0 ? nothing() : new Executor.PerVuIterations(vus, p.iterations(), p.maxDuration());
    } else if (e instanceof Executor.ConstantVus) {
      Executor.ConstantVus c = (Executor.ConstantVus) e;
      int vus = (int) share(c.vus());
      return vus == 0 ? nothing() : new Executor.ConstantVus(vus, c.duration());
    } else if (e instanceof Executor.RampingVus) {
      Executor.RampingVus r = (Executor.RampingVus) e;
      List<Stage> stages = new ArrayList<>();
      for (Stage st : r.stages()) {
        stages.add(new Stage(st.duration(), share(st.target())));
      }
      return new Executor.RampingVus((int) share(r.startVus()), stages, r.gracefulRampDown());
    } else if (e instanceof Executor.ArrivalRateSegment) {
      throw new IllegalArgumentException("the executor is a segment already");
    }
    int pre = e instanceof Executor.ConstantArrivalRate
        ? ((Executor.ConstantArrivalRate) e).preAllocatedVus() : ((Executor.RampingArrivalRate) e).preAllocatedVus();
    int preShare = (int) share(pre);
    // Shares of a smaller number can be larger (5 parts of 2 and of 3): max_vus stays ≥ pre-allocated.
    return new Executor.ArrivalRateSegment(e, this, preShare, (int) Math.max(preShare, Math.max(1, share(e.maxVus()))));
  }

  /** A part with no VU: ends at once. */
  private static Executor nothing() {
    return new Executor.SharedIterations(1, 0, Duration.ZERO);
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
