package dev.burstgrid.compiler.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds syntax trees bottom-up: {@link #rewrite} sees each expression after its children were
 * rewritten and may replace it. Tracks the names {@code for} expressions and directives bind, so
 * a rewrite can tell a free variable from a loop symbol.
 */
public abstract class ExprRewriter {
  private final Deque<Set<String>> bound = new ArrayDeque<>();

  /** The replacement of {@code e} (whose children are already rewritten), or {@code e} itself. */
  protected abstract Expr rewrite(Expr e);

  /** Whether {@code name} is bound by an enclosing {@code for} at the node being rewritten. */
  protected final boolean isBound(String name) {
    return bound.stream().anyMatch(s -> s.contains(name));
  }

  public final ConfigFile apply(ConfigFile file) {
    return new ConfigFile(file.source(), body(file.body()));
  }

  private Body body(Body b) {
    List<Attribute> attrs = new ArrayList<>();
    for (Attribute a : b.attributes()) {
      attrs.add(new Attribute(a.name(), a.nameRange(), a.equalsRange(), apply(a.expr()), a.range()));
    }
    List<Block> blocks = new ArrayList<>();
    for (Block k : b.blocks()) {
      blocks.add(new Block(k.type(), k.typeRange(), k.labels(), body(k.body()), k.openBrace(), k.closeBrace(),
          k.range()));
    }
    return new Body(attrs, blocks, b.range());
  }

  public final Expr apply(Expr e) {
    return e == null ? null : rewrite(children(e));
  }

  private Expr children(Expr e) {
    if (e instanceof Expr.Template t) {
      return new Expr.Template(parts(t.parts()), t.heredoc(), t.range());
    } else if (e instanceof Expr.GetAttr g) {
      return new Expr.GetAttr(apply(g.target()), g.name(), g.nameRange(), g.range());
    } else if (e instanceof Expr.Index i) {
      return new Expr.Index(apply(i.target()), apply(i.key()), i.bracketRange(), i.range());
    } else if (e instanceof Expr.Splat s) {
      return new Expr.Splat(apply(s.source()), apply(s.each()), s.legacy(), s.markerRange(), s.range());
    } else if (e instanceof Expr.Parens p) {
      return new Expr.Parens(apply(p.inner()), p.range());
    } else if (e instanceof Expr.FunctionCall c) {
      return new Expr.FunctionCall(c.name(), c.nameRange(), c.args().stream().map(this::apply).toList(),
          c.expandFinal(), c.openParen(), c.closeParen(), c.range());
    } else if (e instanceof Expr.Conditional c) {
      return new Expr.Conditional(apply(c.condition()), apply(c.whenTrue()), apply(c.whenFalse()), c.range());
    } else if (e instanceof Expr.Binary b) {
      return new Expr.Binary(b.op(), apply(b.left()), apply(b.right()), b.opRange(), b.range());
    } else if (e instanceof Expr.Unary u) {
      return new Expr.Unary(u.op(), apply(u.operand()), u.opRange(), u.range());
    } else if (e instanceof Expr.Tuple t) {
      return new Expr.Tuple(t.items().stream().map(this::apply).toList(), t.range());
    } else if (e instanceof Expr.ObjectCons o) {
      List<Expr.ObjectItem> items = new ArrayList<>();
      for (Expr.ObjectItem item : o.items()) {
        Expr key = item.key() instanceof Expr.Variable ? item.key() : apply(item.key());
        items.add(new Expr.ObjectItem(key, apply(item.value()), item.range()));
      }
      return new Expr.ObjectCons(items, o.range());
    } else if (e instanceof Expr.For f) {
      Expr collection = apply(f.collection());
      bound.push(names(f.keyVar(), f.valueVar()));
      try {
        return new Expr.For(f.keyVar(), f.valueVar(), collection, apply(f.keyExpr()), apply(f.valueExpr()),
            apply(f.condition()), f.grouping(), f.range());
      } finally {
        bound.pop();
      }
    }
    return e; // literals, variables and splat items have no children
  }

  private List<TemplatePart> parts(List<TemplatePart> parts) {
    List<TemplatePart> out = new ArrayList<>();
    for (TemplatePart p : parts) {
      if (p instanceof TemplatePart.Interpolation i) {
        out.add(new TemplatePart.Interpolation(apply(i.expr()), i.range()));
      } else if (p instanceof TemplatePart.If i) {
        out.add(new TemplatePart.If(apply(i.condition()), parts(i.whenTrue()), parts(i.whenFalse()), i.range()));
      } else if (p instanceof TemplatePart.For f) {
        Expr collection = apply(f.collection());
        bound.push(names(f.keyVar(), f.valueVar()));
        try {
          out.add(new TemplatePart.For(f.keyVar(), f.valueVar(), collection, parts(f.body()), f.range()));
        } finally {
          bound.pop();
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** The names a {@code for} binds: its key and value symbols, either possibly null. */
  public static Set<String> names(String a, String b) {
    Set<String> s = new HashSet<>();
    if (a != null) {
      s.add(a);
    }
    if (b != null) {
      s.add(b);
    }
    return s;
  }
}
