package dev.burstgrid.compiler.eval;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.Operator;
import dev.burstgrid.lang.expr.ExprException;
import dev.burstgrid.lang.value.OperationException;
import dev.burstgrid.lang.value.Operations;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Binary and unary operators. {@code &&} and {@code ||} short-circuit as current HCL does: when
 * either operand is the deciding value ({@code false} for {@code &&}, {@code true} for {@code ||}),
 * errors in the other operand are ignored, though an operand that is not a bool is still an error;
 * when the left operand is not known yet, only the right operand's {@link StaticErrors} are.
 */
final class Operators {
  private final Evaluator evaluator;

  Operators(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /**
   * A binary operation. A left-leaning chain such as {@code 1 + 2 + 3 + …} is walked iteratively,
   * so long generated sums do not exhaust the stack.
   */
  Value binary(Expr.Binary b, Scope s, Diagnostics d) {
    if (isLogic(b)) {
      return logic(b, s, d);
    }
    Deque<Expr.Binary> chain = new ArrayDeque<>();
    Expr innermost = b;
    while (innermost instanceof Expr.Binary x && !isLogic(x)) {
      chain.push(x);
      innermost = x.left();
    }
    int before = d.errorCount();
    Value left = evaluator.eval(innermost, s, d);
    boolean failed = d.errorCount() > before;
    while (!chain.isEmpty()) {
      Expr.Binary step = chain.pop();
      int stepBefore = d.errorCount();
      Value right = evaluator.eval(step.right(), s, d);
      failed |= d.errorCount() > stepBefore;
      left = failed ? Value.unknown(resultType(step.op())) : operate(step, left, right, d);
      failed |= d.errorCount() > stepBefore;
    }
    return left;
  }

  private static boolean isLogic(Expr.Binary b) {
    return b.op() == Operator.AND || b.op() == Operator.OR;
  }

  private static Value operate(Expr.Binary b, Value left, Value right, Diagnostics d) {
    try {
      return apply(b.op(), left, right);
    } catch (OperationException e) {
      report(b, e, d);
      return Value.unknown(resultType(b.op()));
    }
  }

  private Value logic(Expr.Binary b, Scope s, Diagnostics d) {
    Diagnostics leftDiags = new Diagnostics();
    Diagnostics rightDiags = new Diagnostics();
    Diagnostics conversion = new Diagnostics();
    Value left = asBool(b.left(), evaluator.eval(b.left(), s, leftDiags), "left", conversion);
    Value right = asBool(b.right(), evaluator.eval(b.right(), s, rightDiags), "right", conversion);
    if (conversion.hasErrors()) {
      d.addAll(conversion);
      d.addAll(leftDiags);
      d.addAll(rightDiags);
      return Value.unknown(Type.BOOL);
    }
    Decided decided = shortCircuit(b.op() == Operator.OR, left, right, leftDiags, rightDiags);
    if (decided != null) {
      d.addAll(decided.diags());
      return decided.value();
    }
    if (!left.isKnown() && !leftDiags.hasErrors()) {
      // An unknown left operand decides whether the right one runs: only the right one's
      // static errors are reported now; the run reports the others if it gets there.
      d.addAll(leftDiags);
      StaticErrors.addTo(d, rightDiags);
      return Value.unknown(Type.BOOL);
    }
    d.addAll(leftDiags);
    d.addAll(rightDiags);
    if (leftDiags.hasErrors() || rightDiags.hasErrors()) {
      return Value.unknown(Type.BOOL);
    }
    try {
      return b.op() == Operator.AND ? Operations.and(left, right) : Operations.or(left, right);
    } catch (OperationException e) {
      report(b, e, d);
      return Value.unknown(Type.BOOL);
    }
  }

  /** The result of a logic operator that one operand decides, with that operand's diagnostics. */
  private record Decided(Value value, Diagnostics diags) {}

  /**
   * HCL's short-circuit rule; null when no operand decides (both are then reported). A known
   * deciding value ({@code false} for {@code &&}, {@code true} for {@code ||}) decides; an unknown
   * operand decides, as unknown, when the other one is known not to. So a constant error in an
   * operand that a variable may make irrelevant is left to the run, as HCL leaves it.
   */
  private static Decided shortCircuit(boolean or, Value left, Value right, Diagnostics leftDiags,
      Diagnostics rightDiags) {
    Value decisive = Value.bool(or);
    Value neutral = Value.bool(!or);
    Value unknown = Value.unknown(Type.BOOL);
    if (!left.isKnown() && !right.isKnown()) {
      return null;
    }
    if (left.equals(decisive)) {
      return new Decided(decisive, leftDiags);
    }
    if (right.equals(decisive)) {
      return new Decided(decisive, rightDiags);
    }
    if (!left.isKnown() && right.equals(neutral)) {
      return new Decided(unknown, leftDiags);
    }
    if (!right.isKnown() && left.equals(neutral)) {
      return new Decided(unknown, rightDiags);
    }
    return null;
  }

  /** The operand converted to bool (nulls pass, to be reported by the operation). */
  private static Value asBool(Expr operand, Value v, String side, Diagnostics conversion) {
    try {
      return dev.burstgrid.lang.expr.Operators.logicOperand(v, side);
    } catch (ExprException e) {
      conversion.error("eval/invalid-operand", operand.range(), e.summary(), e.getMessage());
      return Value.unknown(Type.BOOL);
    }
  }

  Value unary(Expr.Unary u, Scope s, Diagnostics d) {
    Type resultType = u.op() == Operator.NOT ? Type.BOOL : Type.NUMBER;
    int before = d.errorCount();
    Value operand = evaluator.eval(u.operand(), s, d);
    if (d.errorCount() > before) {
      return Value.unknown(resultType);
    }
    try {
      return u.op() == Operator.NOT ? Operations.not(operand) : Operations.negate(operand);
    } catch (OperationException e) {
      ExprException x = dev.burstgrid.lang.expr.Operators.invalidUnaryOperand(e);
      d.error("eval/invalid-operand", u.operand().range(), x.summary(), x.getMessage());
      return Value.unknown(resultType);
    }
  }

  private static void report(Expr.Binary b, OperationException e, Diagnostics d) {
    Expr culprit = e.operand() < 0 ? b : e.operand() == 0 ? b.left() : b.right();
    ExprException x = dev.burstgrid.lang.expr.Operators.invalidOperand(e);
    d.add(
        dev.burstgrid.compiler.diag.Diagnostic.error(
                "eval/invalid-operand", culprit.range(), x.summary(), x.getMessage())
            .withContext(b.range()));
  }

  private static Type resultType(Operator op) {
    switch (op) {
      case ADD:
      case SUBTRACT:
      case MULTIPLY:
      case DIVIDE:
      case MODULO:
        return Type.NUMBER;
      default:
        return Type.BOOL;
    }
  }

  private static Value apply(Operator op, Value a, Value b) throws OperationException {
    switch (op) {
      case ADD:
        return Operations.add(a, b);
      case SUBTRACT:
        return Operations.subtract(a, b);
      case MULTIPLY:
        return Operations.multiply(a, b);
      case DIVIDE:
        return Operations.divide(a, b);
      case MODULO:
        return Operations.modulo(a, b);
      case EQUAL:
        return Operations.equal(a, b);
      case NOT_EQUAL:
        return Operations.notEqual(a, b);
      case LESS:
        return Operations.lessThan(a, b);
      case LESS_OR_EQUAL:
        return Operations.lessThanOrEqual(a, b);
      case GREATER:
        return Operations.greaterThan(a, b);
      case GREATER_OR_EQUAL:
        return Operations.greaterThanOrEqual(a, b);
      default:
        throw new IllegalArgumentException("not a binary operator: " + op);
    }
  }
}
