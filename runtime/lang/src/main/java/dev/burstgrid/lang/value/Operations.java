package dev.burstgrid.lang.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.BinaryOperator;

/**
 * HCL's operators on values, shared by the compile-time evaluator and generated code. Operands are
 * first converted to the operator's parameter type with {@link Convert} (so {@code "5" + 1} is 6),
 * null operands are errors (except for {@code ==}/{@code !=}), and an unknown operand gives an
 * unknown result of the operator's result type. Numbers are exact decimals; a division whose result
 * does not terminate is rounded to at least 34 significant digits (more when the operands carry
 * more).
 */
public final class Operations {
  private static final int MIN_DIVISION_DIGITS = 34;

  private Operations() {}

  public static Value add(Value a, Value b) throws OperationException {
    return arithmetic(a, b, BigDecimal::add);
  }

  public static Value subtract(Value a, Value b) throws OperationException {
    return arithmetic(a, b, BigDecimal::subtract);
  }

  public static Value multiply(Value a, Value b) throws OperationException {
    return arithmetic(a, b, BigDecimal::multiply);
  }

  /** {@code a / b}. @throws OperationException also for division by zero */
  public static Value divide(Value a, Value b) throws OperationException {
    BigDecimal x = number(a, 0);
    BigDecimal y = number(b, 1);
    if (x == null || y == null) {
      return Value.unknown(Type.NUMBER);
    }
    if (y.signum() == 0) {
      throw new OperationException(1, "Can't divide by zero.");
    }
    return Value.number(quotient(x, y));
  }

  /** The exact quotient when it terminates, else a rounded one. */
  public static BigDecimal quotient(BigDecimal x, BigDecimal y) {
    try {
      return x.divide(y);
    } catch (ArithmeticException nonTerminating) {
      int digits = Math.max(MIN_DIVISION_DIGITS, Math.max(x.precision(), y.precision()) + 6);
      return x.divide(y, new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
  }

  /** {@code a % b}: the remainder takes the sign of {@code a}, as in HCL. */
  public static Value modulo(Value a, Value b) throws OperationException {
    BigDecimal x = number(a, 0);
    BigDecimal y = number(b, 1);
    if (x == null || y == null) {
      return Value.unknown(Type.NUMBER);
    }
    if (y.signum() == 0) {
      throw new OperationException(1, "Can't use modulo by zero.");
    }
    return Value.number(x.remainder(y));
  }

  public static Value negate(Value a) throws OperationException {
    BigDecimal x = number(a, 0);
    return x == null ? Value.unknown(Type.NUMBER) : Value.number(x.negate());
  }

  public static Value not(Value a) throws OperationException {
    Boolean x = bool(a, 0);
    return x == null ? Value.unknown(Type.BOOL) : Value.bool(!x);
  }

  /** {@code a == b}: see {@link Equality}. Never fails; nulls compare. */
  public static Value equal(Value a, Value b) {
    return Equality.equal(a, b);
  }

  public static Value notEqual(Value a, Value b) {
    Value eq = Equality.equal(a, b);
    return eq.isKnown() ? Value.bool(eq.equals(Value.FALSE)) : eq;
  }

  public static Value lessThan(Value a, Value b) throws OperationException {
    return compare(a, b, c -> c < 0);
  }

  public static Value lessThanOrEqual(Value a, Value b) throws OperationException {
    return compare(a, b, c -> c <= 0);
  }

  public static Value greaterThan(Value a, Value b) throws OperationException {
    return compare(a, b, c -> c > 0);
  }

  public static Value greaterThanOrEqual(Value a, Value b) throws OperationException {
    return compare(a, b, c -> c >= 0);
  }

  /**
   * {@code a && b} on two evaluated operands: false if either is false, unknown if either is
   * unknown, else true. (Skipping evaluation of the right operand is the caller's business.)
   */
  public static Value and(Value a, Value b) throws OperationException {
    Boolean x = bool(a, 0);
    Boolean y = bool(b, 1);
    if (Boolean.FALSE.equals(x) || Boolean.FALSE.equals(y)) {
      return Value.FALSE;
    }
    return x == null || y == null ? Value.unknown(Type.BOOL) : Value.TRUE;
  }

  /** {@code a || b}: true if either is true, unknown if either is unknown, else false. */
  public static Value or(Value a, Value b) throws OperationException {
    Boolean x = bool(a, 0);
    Boolean y = bool(b, 1);
    if (Boolean.TRUE.equals(x) || Boolean.TRUE.equals(y)) {
      return Value.TRUE;
    }
    return x == null || y == null ? Value.unknown(Type.BOOL) : Value.FALSE;
  }

  private interface Comparison {
    boolean test(int compareResult);
  }

  private static Value compare(Value a, Value b, Comparison test) throws OperationException {
    BigDecimal x = number(a, 0);
    BigDecimal y = number(b, 1);
    if (x == null || y == null) {
      return Value.unknown(Type.BOOL);
    }
    return Value.bool(test.test(x.compareTo(y)));
  }

  private static Value arithmetic(Value a, Value b, BinaryOperator<BigDecimal> op)
      throws OperationException {
    BigDecimal x = number(a, 0);
    BigDecimal y = number(b, 1);
    if (x == null || y == null) {
      return Value.unknown(Type.NUMBER);
    }
    BigDecimal result = op.apply(x, y);
    if (!NumberRange.contains(result)) {
      throw new OperationException(-1, NumberRange.resultOutOfRange());
    }
    return Value.number(result);
  }

  /** The operand as a number; null when it is unknown. */
  private static BigDecimal number(Value v, int operand) throws OperationException {
    Value n = operand(v, Type.NUMBER, operand);
    return n.isKnown() ? ((Value.Num) n).value() : null;
  }

  /** The operand as a bool; null when it is unknown. */
  private static Boolean bool(Value v, int operand) throws OperationException {
    Value n = operand(v, Type.BOOL, operand);
    return n.isKnown() ? ((Value.Bool) n).value() : null;
  }

  private static Value operand(Value v, Type want, int operand) throws OperationException {
    if (v.isNull()) {
      throw new OperationException(
          operand, capitalize(Types.withArticle(want)) + " is required, but the value is null.");
    }
    try {
      return Convert.to(v, want);
    } catch (ConversionException e) {
      String reason = e.reason();
      if (reason.endsWith(" required") && !reason.contains(" is required")) {
        reason = Types.withArticle(want) + " is required";
      }
      throw new OperationException(operand, capitalize(reason) + ".");
    }
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
