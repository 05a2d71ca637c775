package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.Args.num;
import static dev.burstgrid.lang.function.FunctionSpec.params;
import static dev.burstgrid.lang.function.FunctionSpec.returns;
import static dev.burstgrid.lang.value.Type.NUMBER;
import static dev.burstgrid.lang.value.Type.STRING;

import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/** Terraform's numeric functions. Exact decimals, except where Terraform uses floats. */
final class NumericFunctions {
  private NumericFunctions() {}

  private static final String DIGITS =
      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  static List<Function> all() {
    return List.of(
        FunctionSpec.of(
            "abs",
            "Returns the absolute value of a number.",
            params(Param.of("num", NUMBER)),
            returns(NUMBER),
            args -> Value.number(num(args, 0).abs())),
        FunctionSpec.of(
            "ceil",
            "Returns the closest whole number greater than or equal to a number.",
            params(Param.of("num", NUMBER)),
            returns(NUMBER),
            args -> Value.number(num(args, 0).setScale(0, RoundingMode.CEILING))),
        FunctionSpec.of(
            "floor",
            "Returns the closest whole number less than or equal to a number.",
            params(Param.of("num", NUMBER)),
            returns(NUMBER),
            args -> Value.number(num(args, 0).setScale(0, RoundingMode.FLOOR))),
        FunctionSpec.of(
            "log",
            "Returns the logarithm of a number in a base.",
            params(Param.of("num", NUMBER), Param.of("base", NUMBER)),
            returns(NUMBER),
            args ->
                floatResult(
                    Math.log(num(args, 0).doubleValue()) / Math.log(num(args, 1).doubleValue()))),
        FunctionSpec.variadic(
            "max",
            "Returns the greatest of the given numbers.",
            params(),
            Param.of("numbers", NUMBER),
            returns(NUMBER),
            args -> extreme(args, 1)),
        FunctionSpec.variadic(
            "min",
            "Returns the smallest of the given numbers.",
            params(),
            Param.of("numbers", NUMBER),
            returns(NUMBER),
            args -> extreme(args, -1)),
        FunctionSpec.of(
            "parseint",
            "Parses a string as an integer in a base from 2 to 62.",
            params(Param.of("number", STRING), Param.of("base", NUMBER)),
            returns(NUMBER),
            NumericFunctions::parseInt),
        FunctionSpec.of(
            "pow",
            "Raises a number to a power.",
            params(Param.of("num", NUMBER), Param.of("power", NUMBER)),
            returns(NUMBER),
            NumericFunctions::pow),
        FunctionSpec.of(
            "signum",
            "Returns -1, 0 or 1 for a negative, zero or positive number.",
            params(Param.of("num", NUMBER)),
            returns(NUMBER),
            args -> {
              // Terraform's signum takes an integer; fractions are rejected.
              Args.wholeInt(args, 0);
              return Value.number(num(args, 0).signum());
            }));
  }

  private static Value extreme(List<Value> args, int direction) throws FunctionException {
    if (args.isEmpty()) {
      throw new FunctionException("must pass at least one number");
    }
    BigDecimal best = num(args, 0);
    for (int i = 1; i < args.size(); i++) {
      BigDecimal n = num(args, i);
      if (n.compareTo(best) * direction > 0) {
        best = n;
      }
    }
    return Value.number(best);
  }

  private static Value pow(List<Value> args) throws FunctionException {
    BigDecimal base = num(args, 0);
    BigDecimal power = num(args, 1);
    // Exact for whole powers of modest size; Terraform's float otherwise.
    try {
      int p = power.intValueExact();
      if (p >= 0 && p <= 1000) {
        if (Math.abs(dev.burstgrid.lang.value.NumberRange.exponent(base) + 1) * p
            > dev.burstgrid.lang.value.NumberRange.MAX_EXPONENT) {
          throw new FunctionException(dev.burstgrid.lang.value.NumberRange.resultOutOfRange());
        }
        return Value.number(base.pow(p));
      }
    } catch (ArithmeticException e) {
      // not a small whole power
    }
    return floatResult(Math.pow(base.doubleValue(), power.doubleValue()));
  }

  /** A float result as the shortest decimal that round-trips; infinities are errors. */
  static Value floatResult(double d) throws FunctionException {
    if (Double.isNaN(d)) {
      throw new FunctionException("the result is not a number");
    }
    if (Double.isInfinite(d)) {
      throw new FunctionException("the result is infinite, which cannot be represented");
    }
    return Value.number(new BigDecimal(Double.toString(d)));
  }

  private static Value parseInt(List<Value> args) throws FunctionException {
    String text = Args.str(args, 0);
    BigDecimal baseNum = num(args, 1);
    int base;
    try {
      base = baseNum.intValueExact();
    } catch (ArithmeticException e) {
      base = -1;
    }
    if (base < 2 || base > 62) {
      throw new FunctionException(1, "base must be a whole number between 2 and 62 inclusive");
    }
    String digits = text;
    boolean negative = false;
    if (digits.startsWith("-") || digits.startsWith("+")) {
      negative = digits.charAt(0) == '-';
      digits = digits.substring(1);
    }
    if (digits.isEmpty()) {
      throw notInteger(text, base);
    }
    BigInteger result = BigInteger.ZERO;
    BigInteger b = BigInteger.valueOf(base);
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      int d = c >= 128 ? -1 : base <= 36 ? Character.digit(c, 36) : DIGITS.indexOf(c);
      if (d < 0 || d >= base) {
        throw notInteger(text, base);
      }
      result = result.multiply(b).add(BigInteger.valueOf(d));
    }
    return Value.number(new BigDecimal(negative ? result.negate() : result));
  }

  private static FunctionException notInteger(String text, int base) {
    return new FunctionException(
        0, String.format("cannot parse \"%s\" as a base %d integer", text, base));
  }
}
