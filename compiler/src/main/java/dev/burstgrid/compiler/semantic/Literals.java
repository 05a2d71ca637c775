package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Expr;

/** Reads meta-arguments that must be written as literals ({@code description}, {@code sensitive}). */
final class Literals {
  private Literals() {}

  static String string(Attribute a, Diagnostics diags) {
    if (a == null) {
      return "";
    }
    if (a.expr() instanceof Expr.Template t && t.literalText() != null) {
      return t.literalText();
    }
    diags.error("grid/literal-required", a.expr().range(), "Literal string required",
        "\"" + a.name() + "\" must be a plain quoted string, without interpolations or references.");
    return "";
  }

  static boolean bool(Attribute a, Diagnostics diags) {
    if (a == null) {
      return false;
    }
    if (a.expr() instanceof Expr.BoolLiteral b) {
      return b.value();
    }
    diags.error("grid/literal-required", a.expr().range(), "Literal bool required",
        "\"" + a.name() + "\" must be true or false.");
    return false;
  }
}
