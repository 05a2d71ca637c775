package dev.burstgrid.compiler.plan.expr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a sub-expression reads from outside itself, as keys: {@code step:R.N}, {@code resource:T.N},
 * {@code var:x}, {@code local:x}, {@code count}, {@code each}, {@code iteration:vu}, {@code
 * iteration:scenario}, {@code self}, and {@code sym:name} for a symbol
 * bound further out. A helper method split off for the sub-expression takes one parameter per key.
 */
public final class FreeKeys {
  public static final String SYMBOL = "sym:";

  private FreeKeys() {}

  public static Set<String> of(PlanExpr e) {
    Set<String> out = new LinkedHashSet<>();
    collect(e, out);
    return out;
  }

  public static Set<String> ofAll(List<PlanExpr> items) {
    Set<String> out = new LinkedHashSet<>();
    for (PlanExpr e : items) {
      collect(e, out);
    }
    return out;
  }

  /** The inner node of a chain step ({@code a + b} → a, {@code a.b} → a), else null. */
  public static PlanExpr spineChild(PlanExpr e) {
    if (e instanceof PlanExpr.Binary b) {
      return b.left();
    }
    if (e instanceof PlanExpr.GetAttr g) {
      return g.target();
    }
    return e instanceof PlanExpr.Index i ? i.target() : null;
  }

  private static void collect(PlanExpr e, Set<String> out) {
    // Long chains are walked iteratively.
    while (spineChild(e) != null) {
      if (e instanceof PlanExpr.Binary b) {
        collect(b.right(), out);
      } else if (e instanceof PlanExpr.Index i) {
        collect(i.key(), out);
      }
      e = spineChild(e);
    }
    collectNode(e, out);
  }

  private static void collectNode(PlanExpr e, Set<String> out) {
    if (e == null || e instanceof PlanExpr.Const || e instanceof PlanExpr.Invalid) {
      return;
    }
    if (e instanceof PlanExpr.StepRoot s) {
      out.add("step:" + s.stepKey());
    } else if (e instanceof PlanExpr.ResourceRoot r) {
      out.add("resource:" + r.key());
    } else if (e instanceof PlanExpr.VarRoot v) {
      out.add("var:" + v.name());
    } else if (e instanceof PlanExpr.LocalRoot l) {
      out.add("local:" + l.name());
    } else if (e instanceof PlanExpr.CountRoot) {
      out.add("count");
    } else if (e instanceof PlanExpr.EachRoot) {
      out.add("each");
    } else if (e instanceof PlanExpr.IterationRoot i) {
      out.add("iteration:" + i.root());
    } else if (e instanceof PlanExpr.SelfRoot) {
      out.add("self");
    } else if (e instanceof PlanExpr.Symbol s) {
      out.add(SYMBOL + s.name());
    } else if (e instanceof PlanExpr.Template t) {
      pieces(t.parts(), out);
    } else if (e instanceof PlanExpr.GetAttr g) {
      collect(g.target(), out);
    } else if (e instanceof PlanExpr.Index i) {
      collect(i.target(), out);
      collect(i.key(), out);
    } else if (e instanceof PlanExpr.Splat s) {
      collect(s.source(), out);
      out.addAll(without(of(s.each()), s.item(), null));
    } else if (e instanceof PlanExpr.Call c) {
      c.args().forEach(a -> collect(a, out));
    } else if (e instanceof PlanExpr.Conditional c) {
      collect(c.condition(), out);
      collect(c.whenTrue(), out);
      collect(c.whenFalse(), out);
    } else if (e instanceof PlanExpr.Binary b) {
      collect(b.left(), out);
      collect(b.right(), out);
    } else if (e instanceof PlanExpr.Unary u) {
      collect(u.operand(), out);
    } else if (e instanceof PlanExpr.Tuple t) {
      t.items().forEach(i -> collect(i, out));
    } else if (e instanceof PlanExpr.ObjectCons o) {
      for (PlanExpr.Item item : o.items()) {
        collect(item.key(), out);
        collect(item.value(), out);
      }
    } else if (e instanceof PlanExpr.For f) {
      collect(f.collection(), out);
      Set<String> body = new LinkedHashSet<>();
      collect(f.keyExpr(), body);
      collect(f.valueExpr(), body);
      collect(f.condition(), body);
      out.addAll(without(body, f.keyVar(), f.valueVar()));
    }
  }

  public static Set<String> ofPieces(List<TemplatePiece> pieces) {
    Set<String> out = new LinkedHashSet<>();
    pieces(pieces, out);
    return out;
  }

  private static void pieces(List<TemplatePiece> pieces, Set<String> out) {
    for (TemplatePiece p : pieces) {
      if (p instanceof TemplatePiece.Interpolation i) {
        collect(i.expr(), out);
      } else if (p instanceof TemplatePiece.If i) {
        collect(i.condition(), out);
        pieces(i.whenTrue(), out);
        pieces(i.whenFalse(), out);
      } else if (p instanceof TemplatePiece.For f) {
        collect(f.collection(), out);
        Set<String> body = new LinkedHashSet<>();
        pieces(f.body(), body);
        out.addAll(without(body, f.keyVar(), f.valueVar()));
      }
    }
  }

  private static Set<String> without(Set<String> keys, String a, String b) {
    if (a != null) {
      keys.remove(SYMBOL + a);
    }
    if (b != null) {
      keys.remove(SYMBOL + b);
    }
    return keys;
  }
}
