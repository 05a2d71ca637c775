package dev.burstgrid.lang.value;

import java.math.BigDecimal;

/**
 * The numbers bggo computes with: exact decimals whose magnitude lies within {@code 1e±100000}.
 * Beyond that, exact arithmetic and printing would take unbounded time and memory (an addition
 * of {@code 1e400000000} and {@code 1} has 400 million digits), so a literal, a decoded value or
 * a result outside the range is an error rather than a hang.
 */
public final class NumberRange {
  /** The largest decimal exponent of a number's leading digit, either way. */
  public static final int MAX_EXPONENT = 100_000;

  private NumberRange() {}

  public static boolean contains(BigDecimal n) {
    return n.signum() == 0 || Math.abs(exponent(n)) <= MAX_EXPONENT;
  }

  /** The decimal exponent of the leading digit: 3 for 1234, -2 for 0.012. */
  public static long exponent(BigDecimal n) {
    return (long) n.precision() - n.scale() - 1;
  }

  /** What a user is told about a computed number out of range. */
  public static String resultOutOfRange() {
    return "The result is out of range: bggo computes with numbers between 1e-" + MAX_EXPONENT + " and 1e"
        + MAX_EXPONENT + " in magnitude.";
  }

  /** What a user is told about a number out of range. */
  public static String explain(String number) {
    return "the number " + number + " is out of range: bggo computes with numbers between 1e-"
        + MAX_EXPONENT + " and 1e" + MAX_EXPONENT + " in magnitude";
  }
}
