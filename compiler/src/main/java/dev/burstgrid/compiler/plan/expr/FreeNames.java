package dev.burstgrid.compiler.plan.expr;

import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.TemplatePart;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which sub-expressions of a syntax tree refer to nothing outside themselves: no root name ({@code
 * step}, {@code var}, …), no variable of an enclosing {@code for}, no enclosing splat's element.
 * Those are the ones constant folding may compute at compile time.
 */
final class FreeNames {
  /** Stands for "the current splat element" among free names. */
  private static final String SPLAT_ITEM = "*";

  private final Map<Expr, Boolean> closed = new IdentityHashMap<>();
  private final Set<String> constantLocals;
  private boolean bindsLocal;

  private FreeNames(Set<String> constantLocals) {
    this.constantLocals = constantLocals;
  }

  static FreeNames of(Expr root) {
    return of(root, Set.of());
  }

  /**
   * As {@link #of(Expr)}, counting {@code local.x} as closed for each {@code x} in {@code
   * constantLocals} — unless the expression binds a name {@code local} itself, which shadows them.
   */
  static FreeNames of(Expr root, Set<String> constantLocals) {
    FreeNames f = new FreeNames(constantLocals);
    f.visit(root);
    if (f.bindsLocal && !constantLocals.isEmpty()) {
      return of(root, Set.of());
    }
    return f;
  }

  /** Whether a {@code for} inside the expression binds the name {@code local}. */
  boolean bindsLocal() {
    return bindsLocal;
  }

  /** True when {@code e} (a node of the analysed tree) has no free names. */
  boolean isClosed(Expr e) {
    return closed.getOrDefault(e, false);
  }

  /** The inner node of a chain step ({@code a + b} → a, {@code a.b} → a), else null. */
  static Expr spineChild(Expr e) {
    if (e instanceof Expr.Binary b) {
      return b.left();
    }
    if (e instanceof Expr.GetAttr g) {
      return g.target();
    }
    return e instanceof Expr.Index i ? i.target() : null;
  }

  /** Long chains ({@code x + x + …}, {@code a.b.c…}) are walked iteratively. */
  private Set<String> visit(Expr e) {
    if (spineChild(e) == null) {
      return visitNode(e);
    }
    java.util.ArrayDeque<Expr> spine = new java.util.ArrayDeque<>();
    Expr inner = e;
    while (spineChild(inner) != null) {
      spine.push(inner);
      inner = spineChild(inner);
    }
    Set<String> free = visitNode(inner);
    while (!spine.isEmpty()) {
      Expr step = spine.pop();
      if (step instanceof Expr.GetAttr g && g.target() == inner && isLocals(inner)
          && constantLocals.contains(g.name())) {
        free.clear();
      }
      if (step instanceof Expr.Binary b) {
        free.addAll(visit(b.right()));
      } else if (step instanceof Expr.Index i) {
        free.addAll(visit(i.key()));
      }
      closed.put(step, free.isEmpty());
    }
    return free;
  }

  private Set<String> visitNode(Expr e) {
    Set<String> free = new HashSet<>();
    if (e == null) {
      return free;
    }
    if (e instanceof Expr.Variable v) {
      free.add(v.name());
    } else if (e instanceof Expr.SplatItem) {
      free.add(SPLAT_ITEM);
    } else if (e instanceof Expr.Template t) {
      parts(t.parts(), free);
    } else if (e instanceof Expr.GetAttr g) {
      free.addAll(visit(g.target()));
    } else if (e instanceof Expr.Index i) {
      free.addAll(visit(i.target()));
      free.addAll(visit(i.key()));
    } else if (e instanceof Expr.Splat s) {
      free.addAll(visit(s.source()));
      Set<String> each = visit(s.each());
      each.remove(SPLAT_ITEM);
      free.addAll(each);
    } else if (e instanceof Expr.Parens p) {
      free.addAll(visit(p.inner()));
    } else if (e instanceof Expr.FunctionCall c) {
      c.args().forEach(a -> free.addAll(visit(a)));
    } else if (e instanceof Expr.Conditional c) {
      free.addAll(visit(c.condition()));
      free.addAll(visit(c.whenTrue()));
      free.addAll(visit(c.whenFalse()));
    } else if (e instanceof Expr.Binary b) {
      free.addAll(visit(b.left()));
      free.addAll(visit(b.right()));
    } else if (e instanceof Expr.Unary u) {
      free.addAll(visit(u.operand()));
    } else if (e instanceof Expr.Tuple t) {
      t.items().forEach(i -> free.addAll(visit(i)));
    } else if (e instanceof Expr.ObjectCons o) {
      for (Expr.ObjectItem item : o.items()) {
        if (!(item.key() instanceof Expr.Variable)) {
          free.addAll(visit(item.key()));
        }
        free.addAll(visit(item.value()));
      }
    } else if (e instanceof Expr.For f) {
      free.addAll(visit(f.collection()));
      Set<String> body = visit(f.keyExpr());
      body.addAll(visit(f.valueExpr()));
      body.addAll(visit(f.condition()));
      unbind(body, f.keyVar(), f.valueVar());
      free.addAll(body);
    }
    closed.put(e, free.isEmpty());
    return free;
  }

  private void parts(List<TemplatePart> parts, Set<String> free) {
    for (TemplatePart p : parts) {
      if (p instanceof TemplatePart.Interpolation i) {
        free.addAll(visit(i.expr()));
      } else if (p instanceof TemplatePart.If i) {
        free.addAll(visit(i.condition()));
        parts(i.whenTrue(), free);
        parts(i.whenFalse(), free);
      } else if (p instanceof TemplatePart.For f) {
        free.addAll(visit(f.collection()));
        Set<String> body = new HashSet<>();
        parts(f.body(), body);
        unbind(body, f.keyVar(), f.valueVar());
        free.addAll(body);
      }
    }
  }

  private static boolean isLocals(Expr e) {
    return e instanceof Expr.Variable v && v.name().equals("local");
  }

  private void unbind(Set<String> names, String keyVar, String valueVar) {
    bindsLocal |= "local".equals(keyVar) || "local".equals(valueVar);
    if (keyVar != null) {
      names.remove(keyVar);
    }
    names.remove(valueVar);
  }
}
