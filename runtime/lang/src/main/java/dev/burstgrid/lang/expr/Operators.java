package dev.burstgrid.lang.expr;

import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.OperationException;
import dev.burstgrid.lang.value.Marks;
import dev.burstgrid.lang.value.Operations;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.function.Supplier;

/**
 * HCL's operators for generated code, each located at {@code at} ({@code file:line:col}) for its
 * failures. The arithmetic and comparisons are {@link Operations}; {@code &&} and {@code ||} follow
 * current HCL: when either operand is the deciding value ({@code false} for {@code &&}, {@code
 * true} for {@code ||}) a failure of the other is ignored, though an operand that is not a bool is
 * still an error. The evaluator applies the same rules.
 */
public final class Operators {
  private Operators() {}

  /**
   * The failure for an operand an operator rejected ({@code side} "left" or "right"), or for a
   * result out of range (operand -1).
   */
  public static ExprException invalidOperand(OperationException e) {
    if (e.operand() < 0) { // neither operand is at fault: the result is
      return new ExprException("Number out of range", e.getMessage());
    }
    String side = e.operand() == 0 ? "left" : "right";
    return new ExprException(
        "Invalid operand", "Unsuitable value for " + side + " operand: " + e.getMessage());
  }

  /** The failure for a unary operand. */
  public static ExprException invalidUnaryOperand(OperationException e) {
    return new ExprException(
        "Invalid operand", "Unsuitable value for unary operand: " + e.getMessage());
  }

  /**
   * An operand of {@code &&}/{@code ||} as a bool (a null passes, for the operation to reject).
   *
   * @throws ExprException when it is not a bool
   */
  public static Value logicOperand(Value v, String side) {
    if (v.isNull()) {
      return v;
    }
    try {
      return Convert.to(v, Type.BOOL);
    } catch (ConversionException e) {
      throw new ExprException(
          "Invalid operand", "Unsuitable value for " + side + " operand: a bool is required.");
    }
  }

  public static Value add(Value a, Value b, String at) {
    try {
      return Marks.carry(Operations.add(a, b), a, b);
    } catch (OperationException e) {
      throw invalidOperand(e).at(at);
    }
  }

  public static Value subtract(Value a, Value b, String at) {
    try {
      return Marks.carry(Operations.subtract(a, b), a, b);
    } catch (OperationException e) {
      throw invalidOperand(e).at(at);
    }
  }

  public static Value multiply(Value a, Value b, String at) {
    try {
      return Marks.carry(Operations.multiply(a, b), a, b);
    } catch (OperationException e) {
      throw invalidOperand(e).at(at);
    }
  }

  public static Value divide(Value a, Value b, String at) {
    try {
      return Marks.carry(Operations.divide(a, b), a, b);
    } catch (OperationException e) {
      throw invalidOperand(e).at(at);
    }
  }

  public static Value modulo(Value a, Value b, String at) {
    try {
      return Marks.carry(Operations.modulo(a, b), a, b);
    } catch (OperationException e) {
      throw invalidOperand(e).at(at);
    }
  }

  public static Value equal(Value a, Value b) {
    return Marks.carry(Operations.equal(a, b), a, b);
  }

  public static Value notEqual(Value a, Value b) {
    return Marks.carry(Operations.notEqual(a, b), a, b);
  }

  public static Value lessThan(Value a, Value b, String at) {
    try {
      return Marks.carry(Operations.lessThan(a, b), a, b);
    } catch (OperationException e) {
      throw invalidOperand(e).at(at);
    }
  }

  public static Value lessThanOrEqual(Value a, Value b, String at) {
    try {
      return Marks.carry(Operations.lessThanOrEqual(a, b), a, b);
    } catch (OperationException e) {
      throw invalidOperand(e).at(at);
    }
  }

  public static Value greaterThan(Value a, Value b, String at) {
    try {
      return Marks.carry(Operations.greaterThan(a, b), a, b);
    } catch (OperationException e) {
      throw invalidOperand(e).at(at);
    }
  }

  public static Value greaterThanOrEqual(Value a, Value b, String at) {
    try {
      return Marks.carry(Operations.greaterThanOrEqual(a, b), a, b);
    } catch (OperationException e) {
      throw invalidOperand(e).at(at);
    }
  }

  public static Value not(Value a, String at) {
    try {
      return Marks.carry(Operations.not(a), a);
    } catch (OperationException e) {
      throw invalidUnaryOperand(e).at(at);
    }
  }

  public static Value negate(Value a, String at) {
    try {
      return Marks.carry(Operations.negate(a), a);
    } catch (OperationException e) {
      throw invalidUnaryOperand(e).at(at);
    }
  }

  /** {@code left && right}. */
  public static Value and(Supplier<Value> left, Supplier<Value> right, String at) {
    return logic(false, left, right, at);
  }

  /** {@code left || right}. */
  public static Value or(Supplier<Value> left, Supplier<Value> right, String at) {
    return logic(true, left, right, at);
  }

  private static Value logic(boolean or, Supplier<Value> left, Supplier<Value> right, String at) {
    Outcome l = Outcome.of(left);
    Outcome r = Outcome.of(right);
    ExprException conversion = null;
    Value lb;
    Value rb;
    try {
      lb = logicOperand(l.value(), "left");
    } catch (ExprException e) {
      conversion = e;
      lb = Value.unknown(Type.BOOL);
    }
    try {
      rb = logicOperand(r.value(), "right");
    } catch (ExprException e) {
      conversion = conversion != null ? conversion : e;
      rb = Value.unknown(Type.BOOL);
    }
    Value decisive = Value.bool(or);
    if (conversion != null) {
      throw conversion.at(at);
    }
    if (lb.equals(decisive) || rb.equals(decisive)) {
      return Marks.carry(decisive, l.value(), r.value());
    }
    if (l.failed()) {
      throw l.failure().at(at);
    }
    if (r.failed()) {
      throw r.failure().at(at);
    }
    try {
      return Marks.carry(or ? Operations.or(lb, rb) : Operations.and(lb, rb), l.value(), r.value());
    } catch (OperationException e) {
      throw invalidOperand(e).at(at);
    }
  }
}
