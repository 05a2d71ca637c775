package dev.burstgrid.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import dev.burstgrid.compiler.codegen.expr.ExprEnv;
import dev.burstgrid.compiler.codegen.expr.ExprWriter;
import dev.burstgrid.compiler.eval.Evaluator;
import dev.burstgrid.compiler.plan.expr.ExprLowering;
import dev.burstgrid.compiler.plan.expr.PlanExpr;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.lang.function.Functions;
import dev.burstgrid.lang.value.Value;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The grid's expressions for the class being written: each lowered once (constant parts folded,
 * variables and instances left to the run), then written by the one {@link ExprWriter}.
 */
final class ExprCode {
  private final ExprWriter writer = new ExprWriter("HCL_");
  private final Evaluator evaluator = new Evaluator(Functions.standard());
  private final Map<Expr, PlanExpr> lowered = new IdentityHashMap<>();

  /** The expression's value when known before the run, else null. */
  Value constant(Expr e) {
    return lower(e) instanceof PlanExpr.Const c ? c.value() : null;
  }

  /** The expression as Java code of type {@code Value}. */
  CodeBlock write(Expr e, ExprEnv env) {
    return writer.write(lower(e), env);
  }

  /** A template as Java code of type {@code String}; null when the expression is no plain template. */
  CodeBlock writeText(Expr e, ExprEnv env) {
    return writer.writeString(lower(e), env);
  }

  /** Whether the expression reads nothing but {@code count}, {@code each}, variables and constants. */
  boolean readsOnlyInstance(Expr e) {
    for (String root : ExprWriter.roots(lower(e))) {
      if (!root.equals("count") && !root.equals("each") && !root.startsWith("var:")) {
        return false;
      }
    }
    return true;
  }

  /** The static members the expression writer needs in the generated class. */
  void addMembersTo(TypeSpec.Builder type) {
    writer.addMembersTo(type);
  }

  private PlanExpr lower(Expr e) {
    return lowered.computeIfAbsent(e, x -> ExprLowering.lower(x, evaluator));
  }
}
