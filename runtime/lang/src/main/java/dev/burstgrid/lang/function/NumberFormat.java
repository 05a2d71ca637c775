package dev.burstgrid.lang.function;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The number verbs of {@code format}, with Go's rules for signs, padding and precision. */
final class NumberFormat {
  private NumberFormat() {}

  static String format(Formatter.Verb verb, BigDecimal n) throws FunctionException {
    switch (verb.mode) {
      case 'b', 'd', 'o', 'x', 'X' -> {
        return integer(verb, n);
      }
      default -> {
        String digits = floating(verb.mode, verb.prec, n.abs());
        return assemble(verb, sign(verb, n), "", digits, true);
      }
    }
  }

  private static String integer(Formatter.Verb verb, BigDecimal n) throws FunctionException {
    BigInteger i;
    try {
      i = n.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw Formatter.failure(verb, "an integer is required");
    }
    int radix = switch (verb.mode) {
      case 'b' -> 2;
      case 'o' -> 8;
      case 'x', 'X' -> 16;
      default -> 10;
    };
    String digits = i.abs().toString(radix);
    if (verb.mode == 'X') {
      digits = digits.toUpperCase(java.util.Locale.ROOT);
    }
    if (verb.prec >= 0) {
      if (verb.prec == 0 && i.signum() == 0) {
        digits = "";
      }
      digits = Strings.repeat('0', verb.prec - digits.length()) + digits;
    }
    String prefix = "";
    if (verb.sharp) {
      prefix = switch (verb.mode) {
        case 'b' -> "0b";
        case 'o' -> "0";
        case 'x' -> "0x";
        case 'X' -> "0X";
        default -> "";
      };
    }
    return assemble(verb, sign(verb, n), prefix, digits, verb.prec < 0);
  }

  private static String sign(Formatter.Verb verb, BigDecimal n) {
    if (n.signum() < 0) {
      return "-";
    }
    return verb.plus ? "+" : verb.space ? " " : "";
  }

  private static String assemble(
      Formatter.Verb verb, String sign, String prefix, String digits, boolean zeroAllowed) {
    int padding = Math.max(0, verb.width - sign.length() - prefix.length() - digits.length());
    if (verb.zero && zeroAllowed && !verb.minus) {
      return sign + prefix + Strings.repeat('0', padding) + digits;
    }
    if (verb.minus) {
      return sign + prefix + digits + Strings.repeat(' ', padding);
    }
    return Strings.repeat(' ', padding) + sign + prefix + digits;
  }

  /** %e %E %f %g %G of a non-negative number. */
  private static String floating(char mode, int prec, BigDecimal n) {
    switch (mode) {
      case 'f':
        return fixed(n, prec < 0 ? 6 : prec);
      case 'e':
      case 'E':
        return exponent(mode, n, prec < 0 ? 6 : prec);
      default:
        return general(mode, n, prec);
    }
  }

  private static String fixed(BigDecimal n, int prec) {
    return BinaryRounding.toScale(n, prec).toPlainString();
  }

  private static String exponent(char mode, BigDecimal n, int prec) {
    String mantissa;
    int exp;
    if (n.signum() == 0) {
      mantissa = "0" + (prec > 0 ? "." + "0".repeat(prec) : "");
      exp = 0;
    } else {
      BigDecimal r = BinaryRounding.toDigits(n, prec + 1);
      String unscaled = r.unscaledValue().toString();
      exp = unscaled.length() - 1 - r.scale();
      unscaled = (unscaled + "0".repeat(prec + 1)).substring(0, prec + 1);
      mantissa = unscaled.substring(0, 1) + (prec > 0 ? "." + unscaled.substring(1) : "");
    }
    String e = mode == 'E' || mode == 'G' ? "E" : "e";
    String expText = String.format("%02d", Math.abs(exp));
    return mantissa + e + (exp < 0 ? "-" : "+") + expText;
  }

  /** %g: shortest (prec < 0) or prec significant digits; big.Float's choice of %e or %f. */
  private static String general(char mode, BigDecimal n, int prec) {
    boolean shortest = prec < 0;
    BigDecimal d = shortest ? n : BinaryRounding.toDigits(n, Math.max(prec, 1));
    String mant = "";
    int pointExp = 0; // value = 0.mant × 10^pointExp
    if (d.signum() != 0) {
      d = d.stripTrailingZeros();
      mant = d.unscaledValue().toString();
      pointExp = mant.length() - d.scale();
    }
    int p = shortest ? mant.length() : Math.max(prec, 1);
    int eprec = p;
    if (eprec > mant.length() && mant.length() >= pointExp) {
      eprec = mant.length();
    }
    if (shortest) {
      eprec = 6;
    }
    int exp = pointExp - 1;
    if (exp < -4 || exp >= eprec) {
      return exponent(mode == 'G' ? 'E' : 'e', d, Math.min(p, mant.length()) - 1);
    }
    if (p > pointExp) {
      p = mant.length();
    }
    return fixed(d, Math.max(p - pointExp, 0));
  }

  /** A number as cty's {@code %v} shows it: big.Float's shortest {@code %g}. */
  static String shortestG(BigDecimal n) {
    return (n.signum() < 0 ? "-" : "") + general('g', n.abs(), -1);
  }
}
