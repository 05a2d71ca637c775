package dev.burstgrid.compiler.eval;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.lang.function.FunctionCalls;
import dev.burstgrid.lang.function.Functions;
import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;

/** The default of {@code optional(T, default)}: a constant that must fit {@code T}, as Terraform requires. */
final class OptionalDefaults {
  private OptionalDefaults() {}

  /** The default converted to {@code type}, or null after reporting why it cannot be one. */
  static Value evaluate(String attribute, Expr expr, Type type, Diagnostics d) {
    int before = d.errorCount();
    Value v = new Evaluator(Functions.standard()).evaluate(expr, Scope.empty(), d);
    if (d.errorCount() > before) {
      return null;
    }
    if (!FunctionCalls.isWhollyKnown(v)) {
      d.error("type/invalid", expr.range(), "Invalid default value for optional attribute",
          "The default of \"" + attribute + "\" must be a constant.");
      return null;
    }
    try {
      return Convert.to(v, type);
    } catch (ConversionException e) {
      d.error("type/invalid", expr.range(), "Invalid default value for optional attribute",
          "The default of \"" + attribute + "\" does not fit its type " + type.friendlyName() + ": "
              + e.getMessage() + ".");
      return null;
    }
  }
}
