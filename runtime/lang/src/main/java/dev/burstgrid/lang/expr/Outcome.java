package dev.burstgrid.lang.expr;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.function.Supplier;

/**
 * The result of evaluating an operand whose failure must not stop its neighbour: a value, or the
 * failure (then {@link #value()} is an unknown of type {@code any}, as the compile-time evaluator's
 * failed expressions are).
 */
record Outcome(Value value, ExprException failure) {
  static final Value FAILED = Value.unknown(Type.ANY);

  static Outcome of(Supplier<Value> operand) {
    try {
      return new Outcome(operand.get(), null);
    } catch (ExprException e) {
      return new Outcome(FAILED, e);
    } catch (java.util.concurrent.CompletionException e) {
      // Reading the output of a step its `if` skipped: a failure try() and can() absorb.
      if (e.getCause() instanceof dev.burstgrid.runtime.SkippedByCondition skipped) {
        return new Outcome(FAILED, new ExprException("No output", skipped.getMessage()));
      }
      throw e;
    }
  }

  boolean failed() {
    return failure != null;
  }
}
