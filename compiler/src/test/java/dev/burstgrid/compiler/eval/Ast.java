package dev.burstgrid.compiler.eval;

import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.compiler.source.SourceFile;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.Operator;
import dev.burstgrid.compiler.syntax.TemplatePart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds expression trees by hand for tests, each node with its own distinct range. */
final class Ast {
  static final SourceFile FILE = SourceFile.of("test.hcl", " ".repeat(10_000));
  private static int next;

  private Ast() {}

  /** A fresh one-character range, so tests can tell which node a diagnostic points at. */
  static Range r() {
    int at = next++ % 9_999;
    return FILE.range(at, at + 1);
  }

  static Expr num(String n) {
    return new Expr.NumberLiteral(new BigDecimal(n), r());
  }

  static Expr num(long n) {
    return new Expr.NumberLiteral(BigDecimal.valueOf(n), r());
  }

  static Expr bool(boolean b) {
    return new Expr.BoolLiteral(b, r());
  }

  static Expr nul() {
    return new Expr.NullLiteral(r());
  }

  static Expr str(String s) {
    return new Expr.Template(List.of(new TemplatePart.Literal(s, r())), false, r());
  }

  static Expr tmpl(TemplatePart... parts) {
    return new Expr.Template(Arrays.asList(parts), false, r());
  }

  static TemplatePart lit(String s) {
    return new TemplatePart.Literal(s, r());
  }

  static TemplatePart interp(Expr e) {
    return new TemplatePart.Interpolation(e, r());
  }

  static TemplatePart tif(Expr cond, List<TemplatePart> yes, List<TemplatePart> no) {
    return new TemplatePart.If(cond, yes, no, r());
  }

  static TemplatePart tfor(String k, String v, Expr coll, TemplatePart... body) {
    return new TemplatePart.For(k, v, coll, Arrays.asList(body), r());
  }

  static Expr var(String name) {
    return new Expr.Variable(name, r());
  }

  static Expr attr(Expr target, String name) {
    return new Expr.GetAttr(target, name, r(), r());
  }

  static Expr index(Expr target, Expr key) {
    return new Expr.Index(target, key, r(), r());
  }

  static Expr item() {
    return new Expr.SplatItem(r());
  }

  static Expr splat(Expr source, Expr each) {
    return new Expr.Splat(source, each, false, r(), r());
  }

  static Expr parens(Expr e) {
    return new Expr.Parens(e, r());
  }

  static Expr call(String name, Expr... args) {
    return new Expr.FunctionCall(name, r(), Arrays.asList(args), false, r(), r(), r());
  }

  static Expr callExpanding(String name, Expr... args) {
    return new Expr.FunctionCall(name, r(), Arrays.asList(args), true, r(), r(), r());
  }

  static Expr cond(Expr c, Expr a, Expr b) {
    return new Expr.Conditional(c, a, b, r());
  }

  static Expr bin(Expr a, Operator op, Expr b) {
    return new Expr.Binary(op, a, b, r(), r());
  }

  static Expr not(Expr a) {
    return new Expr.Unary(Operator.NOT, a, r(), r());
  }

  static Expr neg(Expr a) {
    return new Expr.Unary(Operator.NEGATE, a, r(), r());
  }

  static Expr tuple(Expr... items) {
    return new Expr.Tuple(Arrays.asList(items), r());
  }

  /** {@code obj(k1, v1, k2, v2, …)}. */
  static Expr obj(Expr... keysAndValues) {
    List<Expr.ObjectItem> items = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      items.add(new Expr.ObjectItem(keysAndValues[i], keysAndValues[i + 1], r()));
    }
    return new Expr.ObjectCons(items, r());
  }

  static Expr forTuple(String k, String v, Expr coll, Expr value, Expr cond) {
    return new Expr.For(k, v, coll, null, value, cond, false, r());
  }

  static Expr forObject(
      String k, String v, Expr coll, Expr key, Expr value, Expr cond, boolean group) {
    return new Expr.For(k, v, coll, key, value, cond, group, r());
  }
}
