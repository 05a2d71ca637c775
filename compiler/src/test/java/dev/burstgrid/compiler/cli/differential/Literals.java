package dev.burstgrid.compiler.cli.differential;

import dev.burstgrid.compiler.syntax.Expr;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the literals of an expression that a variable could stand in for: numbers, bools,
 * {@code null} and quoted strings without interpolations. Heredocs and the number of a legacy
 * index ({@code list.1}) are left alone: no other expression can take their place in the source.
 *
 * <p>Syntax nodes are records, so the walk reads their components (expressions, lists of them,
 * template parts, object items) generically and keeps up with new kinds of node.
 */
final class Literals {
  private final List<Expr> found = new ArrayList<>();

  private Literals() {}

  static List<Expr> of(Expr e) {
    Literals l = new Literals();
    l.visit(e);
    return l.found;
  }

  private void visit(Object node) {
    if (node instanceof Expr.NumberLiteral || node instanceof Expr.BoolLiteral || node instanceof Expr.NullLiteral
        || node instanceof Expr.Template t && !t.heredoc() && t.literalText() != null) {
      found.add((Expr) node);
    } else if (node instanceof Expr.Index i && isLegacyIndex(i)) {
      visit(i.target());
    } else if (node instanceof List<?> items) {
      items.forEach(this::visit);
    } else if (node instanceof Record r && r.getClass().getName().startsWith("dev.burstgrid.compiler.syntax.")) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        try {
          visit(c.getAccessor().invoke(r));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + c, e);
        }
      }
    }
  }

  private static boolean isLegacyIndex(Expr.Index i) {
    int keyStart = i.key().range().start().offset();
    return keyStart > 0 && i.key().range().file().text().charAt(keyStart - 1) == '.';
  }
}
