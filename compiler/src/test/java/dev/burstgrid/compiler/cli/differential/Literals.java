package dev.burstgrid.compiler.cli.differential;

import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.TemplatePart;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the literals of an expression that a variable could stand in for: numbers, bools,
 * {@code null} and quoted strings without interpolations. Heredocs and the number of a legacy
 * index ({@code list.1}) are left alone: no other expression can take their place in the source.
 */
final class Literals {
  private final List<Expr> found = new ArrayList<>();

  private Literals() {}

  static List<Expr> of(Expr e) {
    Literals l = new Literals();
    l.visit(e);
    return l.found;
  }

  private void visit(Expr e) {
    if (e == null) {
      return;
    }
    if (e instanceof Expr.NumberLiteral || e instanceof Expr.BoolLiteral || e instanceof Expr.NullLiteral) {
      found.add(e);
    } else if (e instanceof Expr.Template t) {
      if (!t.heredoc() && t.literalText() != null) {
        found.add(t);
      } else {
        parts(t.parts());
      }
    } else if (e instanceof Expr.GetAttr g) {
      visit(g.target());
    } else if (e instanceof Expr.Index i) {
      visit(i.target());
      if (!isLegacyIndex(i)) {
        visit(i.key());
      }
    } else if (e instanceof Expr.Splat s) {
      visit(s.source());
      visit(s.each());
    } else if (e instanceof Expr.Parens p) {
      visit(p.inner());
    } else if (e instanceof Expr.FunctionCall f) {
      f.args().forEach(this::visit);
    } else if (e instanceof Expr.Conditional c) {
      visit(c.condition());
      visit(c.whenTrue());
      visit(c.whenFalse());
    } else if (e instanceof Expr.Binary b) {
      visit(b.left());
      visit(b.right());
    } else if (e instanceof Expr.Unary u) {
      visit(u.operand());
    } else if (e instanceof Expr.Tuple t) {
      t.items().forEach(this::visit);
    } else if (e instanceof Expr.ObjectCons o) {
      for (Expr.ObjectItem item : o.items()) {
        visit(item.key());
        visit(item.value());
      }
    } else if (e instanceof Expr.For f) {
      visit(f.collection());
      visit(f.keyExpr());
      visit(f.valueExpr());
      visit(f.condition());
    }
  }

  private void parts(List<TemplatePart> parts) {
    for (TemplatePart p : parts) {
      if (p instanceof TemplatePart.Interpolation i) {
        visit(i.expr());
      } else if (p instanceof TemplatePart.If i) {
        visit(i.condition());
        parts(i.whenTrue());
        parts(i.whenFalse());
      } else if (p instanceof TemplatePart.For f) {
        visit(f.collection());
        parts(f.body());
      }
    }
  }

  private static boolean isLegacyIndex(Expr.Index i) {
    int keyStart = i.key().range().start().offset();
    return keyStart > 0 && i.key().range().file().text().charAt(keyStart - 1) == '.';
  }
}
