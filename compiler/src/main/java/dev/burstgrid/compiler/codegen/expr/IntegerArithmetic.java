package dev.burstgrid.compiler.codegen.expr;

import com.palantir.javapoet.CodeBlock;
import dev.burstgrid.compiler.plan.expr.PlanExpr;
import dev.burstgrid.compiler.plan.expr.PlanOperator;
import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;

/**
 * Writes whole-number arithmetic on {@code count.index} ({@code count.index + 1}, {@code 2 *
 * count.index - 1}) as Java {@code long} arithmetic instead of decimal operations on values. Only
 * expressions whose result provably fits are written this way: every operand carries a bound on
 * its magnitude, and a result that could exceed {@link #LIMIT} is left to the general rules, so
 * the answer is always the one the decimal rules give.
 */
final class IntegerArithmetic {
  /** Instances of one group never exceed this (the planner's and the runtime's cap). */
  static final long MAX_INDEX = 1_000_000;

  /** Results stay well inside long and exactly representable. */
  private static final long LIMIT = 1L << 52;

  /** Operators written this way in one expression; longer chains go to the general rules. */
  private static final int MAX_OPERATORS = 16;

  private IntegerArithmetic() {}

  /**
   * A Java {@code long} expression computing {@code e}, or null when {@code e} is not whole-number
   * arithmetic on {@code count.index} and small constants.
   *
   * @param countIndex the Java {@code int} expression of the instance's index, or null outside a
   *     count group
   */
  static CodeBlock write(PlanExpr e, CodeBlock countIndex) {
    if (countIndex == null) {
      return null;
    }
    Term t = term(e, countIndex, new int[] {MAX_OPERATORS});
    return t == null || !t.readsIndex ? null : t.code;
  }

  /** A Java expression, the largest magnitude it can have, and whether it reads the index. */
  private record Term(CodeBlock code, long bound, boolean readsIndex) {}

  private static Term term(PlanExpr e, CodeBlock countIndex, int[] budget) {
    if (isCountIndex(e)) {
      return new Term(CodeBlock.of("(long) $L", countIndex), MAX_INDEX, true);
    }
    if (e instanceof PlanExpr.Const c && c.value() instanceof Value.Num n) {
      BigDecimal d = n.value();
      if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0 || d.abs().compareTo(BigDecimal.valueOf(LIMIT)) >= 0) {
        return null;
      }
      long v = d.longValueExact();
      return new Term(CodeBlock.of("$LL", v), Math.abs(v), false);
    }
    if (--budget[0] < 0) {
      return null;
    }
    if (e instanceof PlanExpr.Unary u && u.op() == PlanOperator.NEGATE) {
      Term inner = term(u.operand(), countIndex, budget);
      return inner == null ? null : new Term(CodeBlock.of("-($L)", inner.code), inner.bound, inner.readsIndex);
    }
    if (!(e instanceof PlanExpr.Binary b)) {
      return null;
    }
    String op = b.op() == PlanOperator.ADD ? "+" : b.op() == PlanOperator.SUBTRACT ? "-"
        : b.op() == PlanOperator.MULTIPLY ? "*" : null;
    if (op == null) {
      return null;
    }
    Term left = term(b.left(), countIndex, budget);
    Term right = left == null ? null : term(b.right(), countIndex, budget);
    if (right == null) {
      return null;
    }
    long bound = op.equals("*") ? multiplyBound(left.bound, right.bound) : left.bound + right.bound;
    if (bound >= LIMIT) {
      return null;
    }
    return new Term(CodeBlock.of("($L $L $L)", left.code, op, right.code), bound,
        left.readsIndex || right.readsIndex);
  }

  private static long multiplyBound(long a, long b) {
    return a != 0 && b > LIMIT / a ? LIMIT : a * b;
  }

  /** {@code count.index}. */
  static boolean isCountIndex(PlanExpr e) {
    return e instanceof PlanExpr.GetAttr g && g.name().equals("index") && g.target() instanceof PlanExpr.CountRoot;
  }
}
