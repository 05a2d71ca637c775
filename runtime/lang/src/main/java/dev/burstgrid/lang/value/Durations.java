package dev.burstgrid.lang.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;

/**
 * Durations written as in Go ({@code time.ParseDuration}): a sequence of decimal numbers, each with
 * a unit, such as {@code "300ms"}, {@code "1.5h"} or {@code "2h45m"}. Units are {@code ns}, {@code
 * us} (or {@code µs}), {@code ms}, {@code s}, {@code m} and {@code h}; a bare {@code "0"} needs
 * none. Grids use this form for every duration argument.
 */
public final class Durations {
  private static final Map<String, Long> NANOS_PER_UNIT =
      Map.of(
          "ns", 1L,
          "us", 1_000L,
          "\u00b5s", 1_000L, // micro sign
          "\u03bcs", 1_000L, // Greek small letter mu
          "ms", 1_000_000L,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L);

  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

  private Durations() {}

  /**
   * Parses Go duration syntax.
   *
   * @throws IllegalArgumentException with a message fit for users when {@code text} is not a
   *     duration
   */
  public static Duration parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("a duration is required, such as \"10s\"");
    }
    String s = text;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Duration.ZERO;
    }
    if (s.isEmpty()) {
      throw invalid(text, "it is empty");
    }
    BigDecimal nanos = BigDecimal.ZERO;
    int pos = 0;
    while (pos < s.length()) {
      int numberStart = pos;
      while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
        pos++;
      }
      String number = s.substring(numberStart, pos);
      if (number.isEmpty()
          || number.equals(".")
          || number.indexOf('.') != number.lastIndexOf('.')) {
        throw invalid(text, "expected a number at \"" + s.substring(numberStart) + "\"");
      }
      int unitStart = pos;
      while (pos < s.length() && !Character.isDigit(s.charAt(pos)) && s.charAt(pos) != '.') {
        pos++;
      }
      String unit = s.substring(unitStart, pos);
      Long perUnit = NANOS_PER_UNIT.get(unit);
      if (perUnit == null) {
        throw invalid(
            text,
            unit.isEmpty()
                ? "the number " + number + " has no unit"
                : "unknown unit \"" + unit + "\"");
      }
      nanos = nanos.add(new BigDecimal(number).multiply(BigDecimal.valueOf(perUnit)));
    }
    BigInteger whole = nanos.setScale(0, RoundingMode.DOWN).toBigInteger();
    if (whole.bitLength() > 63) {
      throw invalid(text, "it is too long");
    }
    long n = whole.longValueExact();
    return Duration.ofNanos(negative ? -n : n);
  }

  /**
   * Formats as Go's {@code Duration.String}: {@code "1h2m3.5s"}, {@code "300ms"}, {@code "1.5µs"},
   * {@code "0s"}. The result parses back to the same duration.
   */
  public static String format(Duration d) {
    if (d.isZero()) {
      return "0s";
    }
    StringBuilder sb = new StringBuilder();
    if (d.isNegative()) {
      sb.append('-');
      d = d.negated();
    }
    BigInteger nanos =
        BigInteger.valueOf(d.getSeconds())
            .multiply(NANOS_PER_SECOND)
            .add(BigInteger.valueOf(d.getNano()));
    if (nanos.compareTo(NANOS_PER_SECOND) < 0) {
      long n = nanos.longValue();
      if (n < 1_000L) {
        return sb.append(n).append("ns").toString();
      }
      if (n < 1_000_000L) {
        return sb.append(decimal(n, 3)).append("\u00b5s").toString();
      }
      return sb.append(decimal(n, 6)).append("ms").toString();
    }
    BigInteger[] secondsAndNanos = nanos.divideAndRemainder(NANOS_PER_SECOND);
    BigInteger seconds = secondsAndNanos[0];
    BigInteger[] hoursAndRest = seconds.divideAndRemainder(BigInteger.valueOf(3600));
    BigInteger[] minutesAndSeconds = hoursAndRest[1].divideAndRemainder(BigInteger.valueOf(60));
    if (hoursAndRest[0].signum() > 0) {
      sb.append(hoursAndRest[0]).append('h');
    }
    if (hoursAndRest[0].signum() > 0 || minutesAndSeconds[0].signum() > 0) {
      sb.append(minutesAndSeconds[0]).append('m');
    }
    BigDecimal secondsPart =
        new BigDecimal(minutesAndSeconds[1]).add(new BigDecimal(secondsAndNanos[1], 9));
    return sb.append(plain(secondsPart)).append('s').toString();
  }

  private static String decimal(long value, int scale) {
    return plain(BigDecimal.valueOf(value, scale));
  }

  private static String plain(BigDecimal n) {
    BigDecimal stripped = n.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private static IllegalArgumentException invalid(String text, String why) {
    return new IllegalArgumentException(
        "invalid duration \""
            + text
            + "\": "
            + why
            + " (write a number and a unit, such as \"500ms\", \"45s\", \"1m30s\" or \"2h\";"
            + " units: ns, us, ms, s, m, h)");
  }
}
