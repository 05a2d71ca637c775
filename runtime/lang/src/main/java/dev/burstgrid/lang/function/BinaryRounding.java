package dev.burstgrid.lang.function;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding of decimals for display as Terraform does it. Terraform holds numbers as 512-bit
 * binary floats, so a decimal tie such as 0.05 to one place is not a tie there: it rounds
 * the way its binary approximation lies (0.05 is stored a little above, giving 0.1). Exact
 * binary ties (0.5, 2.5) round half to even.
 */
final class BinaryRounding {
  private BinaryRounding() {}

  private static final int MANTISSA_BITS = 512;
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /** {@code x} (not negative) rounded to {@code scale} places after the point. */
  static BigDecimal toScale(BigDecimal x, int scale) {
    BigDecimal down = x.setScale(scale, RoundingMode.DOWN);
    BigDecimal half = BigDecimal.ONE.movePointLeft(scale).divide(TWO);
    if (x.subtract(down).compareTo(half) != 0) {
      return x.setScale(scale, RoundingMode.HALF_EVEN);
    }
    int lies = binaryDirection(x);
    RoundingMode mode =
        lies > 0 ? RoundingMode.UP : lies < 0 ? RoundingMode.DOWN : RoundingMode.HALF_EVEN;
    return x.setScale(scale, mode);
  }

  /** {@code x} (not negative) rounded to {@code digits} significant digits. */
  static BigDecimal toDigits(BigDecimal x, int digits) {
    if (x.signum() == 0) {
      return x;
    }
    int magnitude = x.precision() - x.scale(); // x = 0.ddd × 10^magnitude
    return toScale(x, digits - magnitude);
  }

  /** The sign of (the nearest 512-bit binary float to x) − x. */
  private static int binaryDirection(BigDecimal x) {
    if (x.signum() == 0) {
      return 0;
    }
    int e = (int) Math.floor((x.precision() - x.scale() - 1) * 3.321928094887362);
    while (powerOfTwo(e).compareTo(x) > 0) {
      e--;
    }
    while (powerOfTwo(e + 1).compareTo(x) <= 0) {
      e++;
    }
    BigDecimal scaled = x.multiply(powerOfTwo(MANTISSA_BITS - 1 - e));
    BigDecimal nearest = scaled.setScale(0, RoundingMode.HALF_EVEN);
    return nearest.compareTo(scaled);
  }

  private static BigDecimal powerOfTwo(int e) {
    return e >= 0 ? TWO.pow(e) : BigDecimal.ONE.divide(TWO.pow(-e));
  }
}
