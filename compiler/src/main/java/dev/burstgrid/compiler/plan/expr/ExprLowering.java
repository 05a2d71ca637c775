package dev.burstgrid.compiler.plan.expr;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.eval.Evaluator;
import dev.burstgrid.compiler.eval.Scope;
import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.TemplatePart;
import dev.burstgrid.lang.expr.ExprException;
import dev.burstgrid.lang.expr.Structures;
import dev.burstgrid.lang.function.FunctionCalls;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lowers a checked syntax tree to a {@link PlanExpr}: resolves root references ({@code step.R.N},
 * {@code resource.T.N}, {@code var.x}, {@code local.x}, {@code count}, {@code each}), turns names
 * bound inside the expression into symbols, and — unless folding is off — computes every
 * sub-expression that refers to no run-time root with the compile-time {@link Evaluator}, so it
 * becomes a {@link PlanExpr.Const}.
 *
 * <p>A name that resolves to nothing lowers to {@link PlanExpr.Invalid}, which fails when reached
 * (checked grids have none).
 */
public final class ExprLowering {
  /**
   * How to lower. {@code fold}: compute constant parts at compile time (off in tests that exercise
   * the run-time path). {@code bareInputs}: root names that stand for run-time inputs by themselves
   * ({@code x} rather than {@code var.x}); they lower to {@link PlanExpr.VarRoot}. Grids have none;
   * expression tests and {@code bggoc eval} use them.
   */
  public record Options(boolean fold, Set<String> bareInputs, Map<String, Value> constantLocals) {
    public static final Options DEFAULT = new Options(true, Set.of());

    public Options(boolean fold, Set<String> bareInputs) {
      this(fold, bareInputs, Map.of());
    }

    public Options {
      bareInputs = Set.copyOf(bareInputs);
      constantLocals = Map.copyOf(constantLocals);
    }

    /** Folding on, with the values of the grid's locals that are known before the run. */
    public static Options withLocals(Map<String, Value> constantLocals) {
      return new Options(true, Set.of(), constantLocals);
    }
  }

  private final Evaluator evaluator;
  private final boolean fold;
  private final Set<String> bareInputs;
  private final FreeNames freeNames;
  /** Locals known before the run, substituted where they are read; empty when shadowed. */
  private final Map<String, Value> constantLocals;
  private final Scope foldScope;

  /** Names bound by enclosing {@code for}s, innermost last. */
  private final Deque<Set<String>> bound = new ArrayDeque<>();

  /** Symbols of the enclosing splats' elements, innermost first. */
  private final Deque<String> splatItems = new ArrayDeque<>();

  private ExprLowering(Evaluator evaluator, Options options, Expr root) {
    this.evaluator = evaluator;
    this.fold = options.fold();
    this.bareInputs = options.bareInputs();
    this.freeNames = fold ? FreeNames.of(root, options.constantLocals().keySet()) : null;
    this.constantLocals = freeNames == null || freeNames.bindsLocal() ? Map.of() : options.constantLocals();
    this.foldScope = constantLocals.isEmpty() ? Scope.empty()
        : Scope.root(Map.of("local", Value.ObjectValue.of(new java.util.TreeMap<>(constantLocals))));
  }

  /** Lowers {@code expr}, folding its constant parts with {@code evaluator}. */
  public static PlanExpr lower(Expr expr, Evaluator evaluator) {
    return lower(expr, evaluator, Options.DEFAULT);
  }

  /** Lowers {@code expr} as {@code options} say. */
  public static PlanExpr lower(Expr expr, Evaluator evaluator, Options options) {
    return new ExprLowering(evaluator, options, expr).node(expr);
  }

  private PlanExpr node(Expr e) {
    if (FreeNames.spineChild(e) != null) {
      return spine(e);
    }
    return single(e);
  }

  /**
   * A chain of operators or attribute/index steps, lowered iteratively from its innermost part
   * outward, so long chains do not exhaust the stack.
   */
  private PlanExpr spine(Expr e) {
    java.util.ArrayDeque<Expr> steps = new java.util.ArrayDeque<>();
    Expr inner = e;
    while (FreeNames.spineChild(inner) != null
        && !(fold && freeNames.isClosed(inner))
        && RootReferences.resolve(inner, this::isBound) == null) {
      steps.push(inner);
      inner = FreeNames.spineChild(inner);
    }
    PlanExpr acc = inner == e ? single(e) : node(inner);
    while (!steps.isEmpty()) {
      Expr step = steps.pop();
      if (step instanceof Expr.Binary b) {
        acc = new PlanExpr.Binary(PlanOperator.of(b.op()), acc, node(b.right()), b.range());
      } else if (step instanceof Expr.GetAttr g) {
        acc = new PlanExpr.GetAttr(acc, g.name(), g.nameRange());
      } else {
        Expr.Index i = (Expr.Index) step;
        acc = new PlanExpr.Index(acc, node(i.key()), i.bracketRange());
      }
    }
    return acc;
  }

  private PlanExpr single(Expr e) {
    if (fold && freeNames.isClosed(e)) {
      PlanExpr folded = tryFold(e);
      if (folded != null) {
        return folded;
      }
    }
    return structural(e);
  }

  /** The constant value of a closed expression, or null when it fails or is not known. */
  private PlanExpr tryFold(Expr e) {
    Diagnostics d = new Diagnostics();
    Value v = evaluator.evaluate(e, foldScope, d);
    if (d.hasErrors() || !FunctionCalls.isWhollyKnown(v)) {
      return null;
    }
    return new PlanExpr.Const(v, e.range());
  }

  private PlanExpr structural(Expr e) {
    Range r = e.range();
    if (e instanceof Expr.NumberLiteral n) {
      return new PlanExpr.Const(Value.number(n.value()), r);
    }
    if (e instanceof Expr.BoolLiteral b) {
      return new PlanExpr.Const(Value.bool(b.value()), r);
    }
    if (e instanceof Expr.NullLiteral) {
      return new PlanExpr.Const(Value.nullOf(Type.ANY), r);
    }
    if (e instanceof Expr.Template t) {
      return template(t);
    }
    if (e instanceof Expr.Variable v) {
      return variable(v);
    }
    if (e instanceof Expr.GetAttr || e instanceof Expr.Index) {
      PlanExpr root = RootReferences.resolve(e, this::isBound);
      if (root != null) {
        return substituted(root);
      }
      if (e instanceof Expr.GetAttr g) {
        return new PlanExpr.GetAttr(node(g.target()), g.name(), g.nameRange());
      }
      Expr.Index i = (Expr.Index) e;
      return new PlanExpr.Index(node(i.target()), node(i.key()), i.bracketRange());
    }
    if (e instanceof Expr.Splat s) {
      return splat(s);
    }
    if (e instanceof Expr.SplatItem) {
      if (splatItems.isEmpty()) {
        return new PlanExpr.Invalid("Invalid splat", "A splat element outside a splat.", r);
      }
      return new PlanExpr.Symbol(splatItems.peek(), r);
    }
    if (e instanceof Expr.Parens p) {
      return node(p.inner());
    }
    if (e instanceof Expr.FunctionCall c) {
      return new PlanExpr.Call(c.name(), nodes(c.args()), c.expandFinal(), r);
    }
    if (e instanceof Expr.Conditional c) {
      return new PlanExpr.Conditional(
          node(c.condition()), node(c.whenTrue()), node(c.whenFalse()), r);
    }
    if (e instanceof Expr.Binary b) {
      return new PlanExpr.Binary(PlanOperator.of(b.op()), node(b.left()), node(b.right()), r);
    }
    if (e instanceof Expr.Unary u) {
      return new PlanExpr.Unary(PlanOperator.of(u.op()), node(u.operand()), r);
    }
    if (e instanceof Expr.Tuple t) {
      return new PlanExpr.Tuple(nodes(t.items()), r);
    }
    if (e instanceof Expr.ObjectCons o) {
      return object(o);
    }
    if (e instanceof Expr.For f) {
      return forExpr(f);
    }
    throw new IllegalStateException("unhandled expression " + e.getClass().getSimpleName());
  }

  private List<PlanExpr> nodes(List<Expr> exprs) {
    List<PlanExpr> out = new ArrayList<>(exprs.size());
    for (Expr x : exprs) {
      out.add(node(x));
    }
    return out;
  }

  private boolean isBound(String name) {
    for (Set<String> names : bound) {
      if (names.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private PlanExpr variable(Expr.Variable v) {
    if (isBound(v.name())) {
      return new PlanExpr.Symbol(v.name(), v.range());
    }
    PlanExpr root = RootReferences.resolve(v, this::isBound);
    if (root == null && bareInputs.contains(v.name())) {
      return new PlanExpr.VarRoot(v.name(), v.range());
    }
    if (root == null) {
      return new PlanExpr.Invalid(
          "Unknown variable", "There is no variable named \"" + v.name() + "\".", v.range());
    }
    return substituted(root);
  }

  /** A read of a local known before the run becomes its value. */
  private PlanExpr substituted(PlanExpr root) {
    if (root instanceof PlanExpr.LocalRoot l && constantLocals.containsKey(l.name())) {
      return new PlanExpr.Const(constantLocals.get(l.name()), l.range());
    }
    return root;
  }

  private PlanExpr template(Expr.Template t) {
    List<TemplatePart> parts = t.parts();
    if (parts.size() == 1 && parts.get(0) instanceof TemplatePart.Interpolation only) {
      return node(only.expr());
    }
    String literal = t.literalText();
    if (literal != null) {
      return new PlanExpr.Const(Value.string(literal), t.range());
    }
    return new PlanExpr.Template(pieces(parts), t.range());
  }

  private List<TemplatePiece> pieces(List<TemplatePart> parts) {
    List<TemplatePiece> out = new ArrayList<>();
    for (TemplatePart p : parts) {
      if (p instanceof TemplatePart.Literal lit) {
        out.add(new TemplatePiece.Text(lit.text()));
      } else if (p instanceof TemplatePart.Interpolation in) {
        out.add(new TemplatePiece.Interpolation(node(in.expr())));
      } else if (p instanceof TemplatePart.If cond) {
        out.add(
            new TemplatePiece.If(
                node(cond.condition()), pieces(cond.whenTrue()), pieces(cond.whenFalse())));
      } else if (p instanceof TemplatePart.For loop) {
        PlanExpr coll = node(loop.collection());
        bound.push(names(loop.keyVar(), loop.valueVar()));
        List<TemplatePiece> body = pieces(loop.body());
        bound.pop();
        out.add(new TemplatePiece.For(loop.keyVar(), loop.valueVar(), coll, body, loop.range()));
      }
    }
    return out;
  }

  private PlanExpr splat(Expr.Splat s) {
    PlanExpr source = node(s.source());
    String item = "*" + splatItems.size();
    splatItems.push(item);
    PlanExpr each = node(s.each());
    splatItems.pop();
    return new PlanExpr.Splat(source, item, each, s.range());
  }

  private PlanExpr object(Expr.ObjectCons o) {
    List<PlanExpr.Item> items = new ArrayList<>();
    for (Expr.ObjectItem item : o.items()) {
      items.add(new PlanExpr.Item(objectKey(item.key()), node(item.value())));
    }
    return new PlanExpr.ObjectCons(items, o.range());
  }

  /** A bare name as key is that name as a string, as is a bare {@code null}. */
  private PlanExpr objectKey(Expr key) {
    if (key instanceof Expr.Variable v) {
      return new PlanExpr.Const(Value.string(v.name()), key.range());
    }
    if (key instanceof Expr.NullLiteral) {
      return new PlanExpr.Const(Value.string("null"), key.range());
    }
    if (key instanceof Expr.GetAttr || key instanceof Expr.Index || key instanceof Expr.Splat) {
      ExprException e = Structures.ambiguousKey();
      return new PlanExpr.Invalid(e.summary(), e.getMessage(), key.range());
    }
    return node(key);
  }

  private PlanExpr forExpr(Expr.For f) {
    PlanExpr coll = node(f.collection());
    bound.push(names(f.keyVar(), f.valueVar()));
    PlanExpr key = f.keyExpr() == null ? null : node(f.keyExpr());
    PlanExpr value = node(f.valueExpr());
    PlanExpr cond = f.condition() == null ? null : node(f.condition());
    bound.pop();
    return new PlanExpr.For(
        f.keyVar(), f.valueVar(), coll, key, value, cond, f.grouping(), f.range());
  }

  private static Set<String> names(String keyVar, String valueVar) {
    Set<String> s = new HashSet<>();
    if (keyVar != null) {
      s.add(keyVar);
    }
    s.add(valueVar);
    return s;
  }
}
