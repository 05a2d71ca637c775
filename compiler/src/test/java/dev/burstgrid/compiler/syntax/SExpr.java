package dev.burstgrid.compiler.syntax;

import java.util.List;

/** Prints syntax trees as compact S-expressions, so tests can state a tree's shape in one line. */
final class SExpr {
  private SExpr() {}

  static String of(ConfigFile file) {
    return of(file.body());
  }

  static String of(Body body) {
    StringBuilder sb = new StringBuilder("(body");
    // Attributes and blocks are printed in source order.
    int a = 0;
    int b = 0;
    List<Attribute> attrs = body.attributes();
    List<Block> blocks = body.blocks();
    while (a < attrs.size() || b < blocks.size()) {
      boolean attrFirst = b >= blocks.size() || (a < attrs.size()
          && attrs.get(a).range().start().offset() < blocks.get(b).range().start().offset());
      sb.append(' ');
      if (attrFirst) {
        Attribute attr = attrs.get(a++);
        sb.append("(= ").append(attr.name()).append(' ').append(of(attr.expr())).append(')');
      } else {
        sb.append(of(blocks.get(b++)));
      }
    }
    return sb.append(')').toString();
  }

  static String of(Block block) {
    StringBuilder sb = new StringBuilder("(block ").append(block.type());
    for (Block.Label label : block.labels()) {
      sb.append(' ').append(label.quoted() ? quote(label.value()) : label.value());
    }
    return sb.append(' ').append(of(block.body())).append(')').toString();
  }

  static String of(Expr e) {
    if (e == null) {
      return "<null>";
    }
    if (e instanceof Expr.NumberLiteral n) {
      return n.value().toString();
    }
    if (e instanceof Expr.BoolLiteral bool) {
      return String.valueOf(bool.value());
    }
    if (e instanceof Expr.NullLiteral) {
      return "null";
    }
    if (e instanceof Expr.Template t) {
      return "(" + (t.heredoc() ? "heredoc" : "tmpl") + parts(t.parts()) + ")";
    }
    if (e instanceof Expr.Variable v) {
      return v.name();
    }
    if (e instanceof Expr.GetAttr g) {
      return "(. " + of(g.target()) + " " + g.name() + ")";
    }
    if (e instanceof Expr.Index i) {
      return "([] " + of(i.target()) + " " + of(i.key()) + ")";
    }
    if (e instanceof Expr.Splat s) {
      return "(" + (s.legacy() ? "splat. " : "splat ") + of(s.source()) + " " + of(s.each())
          + ")";
    }
    if (e instanceof Expr.SplatItem) {
      return "*";
    }
    if (e instanceof Expr.Parens p) {
      return "(paren " + of(p.inner()) + ")";
    }
    if (e instanceof Expr.FunctionCall f) {
      StringBuilder sb = new StringBuilder("(call ").append(f.name());
      for (Expr arg : f.args()) {
        sb.append(' ').append(of(arg));
      }
      return sb.append(f.expandFinal() ? " ...)" : ")").toString();
    }
    if (e instanceof Expr.Conditional c) {
      return "(? " + of(c.condition()) + " " + of(c.whenTrue()) + " " + of(c.whenFalse()) + ")";
    }
    if (e instanceof Expr.Binary bin) {
      return "(" + bin.op().symbol() + " " + of(bin.left()) + " " + of(bin.right()) + ")";
    }
    if (e instanceof Expr.Unary u) {
      return "(" + (u.op() == Operator.NEGATE ? "neg" : "!") + " " + of(u.operand()) + ")";
    }
    if (e instanceof Expr.Tuple t) {
      StringBuilder sb = new StringBuilder("[");
      for (Expr item : t.items()) {
        sb.append(sb.length() > 1 ? " " : "").append(of(item));
      }
      return sb.append(']').toString();
    }
    if (e instanceof Expr.ObjectCons o) {
      StringBuilder sb = new StringBuilder("{");
      for (Expr.ObjectItem item : o.items()) {
        sb.append(sb.length() > 1 ? " " : "").append('(').append(of(item.key())).append(' ')
            .append(of(item.value())).append(')');
      }
      return sb.append('}').toString();
    }
    if (e instanceof Expr.For f) {
      StringBuilder sb = new StringBuilder(f.keyExpr() == null ? "(for[] " : "(for{} ");
      sb.append(f.keyVar() == null ? "_" : f.keyVar()).append(' ').append(f.valueVar());
      sb.append(' ').append(of(f.collection()));
      if (f.keyExpr() != null) {
        sb.append(' ').append(of(f.keyExpr()));
      }
      sb.append(' ').append(of(f.valueExpr()));
      if (f.grouping()) {
        sb.append(" ...");
      }
      if (f.condition() != null) {
        sb.append(" if ").append(of(f.condition()));
      }
      return sb.append(')').toString();
    }
    throw new IllegalArgumentException("unknown node " + e);
  }

  private static String parts(List<TemplatePart> parts) {
    StringBuilder sb = new StringBuilder();
    for (TemplatePart p : parts) {
      sb.append(' ');
      if (p instanceof TemplatePart.Literal lit) {
        sb.append(quote(lit.text()));
      } else if (p instanceof TemplatePart.Interpolation i) {
        sb.append("${").append(of(i.expr())).append('}');
      } else if (p instanceof TemplatePart.If i) {
        sb.append("(if ").append(of(i.condition())).append(" (").append(parts(i.whenTrue()).trim())
            .append(") (").append(parts(i.whenFalse()).trim()).append("))");
      } else if (p instanceof TemplatePart.For f) {
        sb.append("(for ").append(f.keyVar() == null ? "_" : f.keyVar()).append(' ')
            .append(f.valueVar()).append(' ').append(of(f.collection())).append(" (")
            .append(parts(f.body()).trim()).append("))");
      }
    }
    return sb.toString();
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
        .replace("\t", "\\t").replace("\r", "\\r") + "\"";
  }
}
