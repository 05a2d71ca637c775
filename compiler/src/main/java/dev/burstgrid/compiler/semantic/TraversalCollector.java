package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.ExprRewriter;
import dev.burstgrid.compiler.syntax.TemplatePart;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Finds every traversal rooted at a free name in an expression (names bound by {@code for}
 * expressions and template {@code %{for}} are not free). These are the expression's
 * references: the grid's dependency edges come from them.
 */
public final class TraversalCollector {
  private final List<Traversal> found = new ArrayList<>();
  private final Deque<Set<String>> bound = new ArrayDeque<>();

  private TraversalCollector() {}

  public static List<Traversal> collect(Expr expr) {
    TraversalCollector c = new TraversalCollector();
    c.visit(expr);
    return c.found;
  }

  private boolean isBound(String name) {
    for (Set<String> scope : bound) {
      if (scope.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private void visit(Expr e) {
    if (e == null) {
      return;
    }
    if (e instanceof Expr.Variable || e instanceof Expr.GetAttr || e instanceof Expr.Index
        || e instanceof Expr.Splat) {
      traversal(e);
    } else if (e instanceof Expr.Template t) {
      parts(t.parts());
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
        if (!(item.key() instanceof Expr.Variable)) {
          visit(item.key());
        }
        visit(item.value());
      }
    } else if (e instanceof Expr.For f) {
      visit(f.collection());
      bound.push(ExprRewriter.names(f.keyVar(), f.valueVar()));
      visit(f.keyExpr());
      visit(f.valueExpr());
      visit(f.condition());
      bound.pop();
    }
    // literals and SplatItem have no references
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
        bound.push(ExprRewriter.names(f.keyVar(), f.valueVar()));
        parts(f.body());
        bound.pop();
      }
    }
  }

  /** Flattens a GetAttr/Index/Splat chain; visits index keys and non-variable roots. */
  private void traversal(Expr whole) {
    List<Traversal.Part> parts = new ArrayList<>();
    Expr root = flatten(whole, parts);
    if (root instanceof Expr.Variable v) {
      if (!isBound(v.name())) {
        found.add(new Traversal(v.name(), v.range(), parts, whole));
      }
    } else {
      visit(root);
    }
  }

  /** Appends the parts of {@code e} after its root to {@code out}, returns the root. */
  private Expr flatten(Expr e, List<Traversal.Part> out) {
    if (e instanceof Expr.GetAttr g) {
      Expr root = flatten(g.target(), out);
      out.add(new Traversal.Attr(g.name(), g.nameRange()));
      return root;
    }
    if (e instanceof Expr.Index i) {
      Expr root = flatten(i.target(), out);
      visit(i.key());
      out.add(new Traversal.Index(i.key(), i.bracketRange()));
      return root;
    }
    if (e instanceof Expr.Splat s) {
      Expr root = flatten(s.source(), out);
      out.add(new Traversal.Splat(s.markerRange()));
      flatten(s.each(), out);
      return root;
    }
    return e;
  }
}
