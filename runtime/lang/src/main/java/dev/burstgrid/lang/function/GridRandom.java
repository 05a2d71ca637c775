package dev.burstgrid.lang.function;

import java.security.SecureRandom;
import java.util.Random;

/**
 * Where {@code random_int}, {@code random_string} and {@code uuid} draw from: unpredictable by
 * default, repeatable after {@link #seed} ({@code --seed N}), so a run can be replayed. Draws are
 * shared by the whole process; steps that draw concurrently may take their values in either
 * order, so a replay repeats exactly where the drawing steps depend on each other.
 */
public final class GridRandom {
  private static Random source = new Random(new SecureRandom().nextLong());

  private GridRandom() {}

  /** Makes every later draw repeatable: the same seed gives the same sequence. */
  public static synchronized void seed(long seed) {
    source = new Random(seed);
  }

  /** A uniformly drawn number in {@code [min, max]}. */
  static synchronized long between(long min, long max) {
    long span = max - min + 1;
    if (span > 0) {
      return min + nextBelow(span);
    }
    long r = source.nextLong(); // the range is wider than a long can count: draw until inside
    while (r < min || r > max) {
      r = source.nextLong();
    }
    return r;
  }

  static synchronized long nextLong() {
    return source.nextLong();
  }

  private static long nextBelow(long bound) {
    long r;
    long m = bound - 1;
    do {
      r = source.nextLong() >>> 1;
    } while (r - (r % bound) + m < 0);
    return r % bound;
  }
}
