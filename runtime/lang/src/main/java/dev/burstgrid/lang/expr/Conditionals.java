package dev.burstgrid.lang.expr;

import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Marks;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Types;
import dev.burstgrid.lang.value.Unify;
import dev.burstgrid.lang.value.Value;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code cond ? a : b}. As in HCL both results are evaluated: the result type is their common type
 * (a literal {@code null} takes the other's type), and the chosen result is converted to it. A
 * failure of the result not chosen is ignored. The compile-time evaluator applies the same rules.
 */
public final class Conditionals {
  private Conditionals() {}

  /** The common type of both results, or null when they have none. */
  public static Type resultType(Value whenTrue, Value whenFalse) {
    if (whenTrue.isNull() && whenTrue.type() == Type.ANY) {
      return whenFalse.type();
    }
    if (whenFalse.isNull() && whenFalse.type() == Type.ANY) {
      return whenTrue.type();
    }
    return Unify.unifyUnsafe(List.of(whenTrue.type(), whenFalse.type()));
  }

  /** The failure for results without a common type. */
  public static ExprException inconsistentTypes(Type whenTrue, Type whenFalse) {
    return new ExprException(
        "Inconsistent conditional result types",
        "The true and false result expressions must have consistent types. The 'true' value is "
            + Types.describe(whenTrue)
            + ", but the 'false' value is "
            + Types.describe(whenFalse)
            + ".");
  }

  /**
   * The condition's truth, or null when it is not known.
   *
   * @throws ExprException for a null or non-bool condition
   */
  public static Boolean condition(Value cond) {
    if (cond.isNull()) {
      throw new ExprException(
          "Null condition",
          "The condition value is null. Conditions must either be true or false.");
    }
    try {
      Value b = Convert.to(cond, Type.BOOL);
      return b.isKnown() ? ((Value.Bool) b).value() : null;
    } catch (ConversionException e) {
      throw new ExprException(
          "Incorrect condition type",
          "The condition expression must be of type bool, not "
              + Types.describe(cond.type())
              + ".");
    }
  }

  /**
   * The chosen result converted to the result type.
   *
   * @throws ExprException when it does not convert
   */
  public static Value convert(Value chosen, Type resultType, boolean pickedTrue) {
    try {
      return Convert.to(chosen, resultType);
    } catch (ConversionException e) {
      throw new ExprException(
          "Inconsistent conditional result types",
          "The "
              + (pickedTrue ? "true" : "false")
              + " result value is not compatible with the"
              + " result type "
              + resultType.friendlyName()
              + ": "
              + e.getMessage()
              + ".");
    }
  }

  /** {@code cond ? whenTrue : whenFalse} at {@code at} ({@code file:line:col}). */
  public static Value choose(
      Value cond, Supplier<Value> whenTrue, Supplier<Value> whenFalse, String at) {
    Outcome t = Outcome.of(whenTrue);
    Outcome f = Outcome.of(whenFalse);
    try {
      Type type = resultType(t.value(), f.value());
      if (type == null) {
        throw inconsistentTypes(t.value().type(), f.value().type());
      }
      Boolean pick = condition(cond);
      if (pick == null) {
        return Value.unknown(type);
      }
      Outcome chosen = pick ? t : f;
      if (chosen.failed()) {
        throw chosen.failure();
      }
      Value result = convert(chosen.value(), type, pick);
      // a secret condition makes the result secret; conversion keeps the chosen value's own mark
      return Marks.isMarked(cond) || Marks.isMarked(chosen.value()) ? Value.sensitive(result) : result;
    } catch (ExprException e) {
      throw e.at(at);
    }
  }
}
