package dev.burstgrid.compiler.eval;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.diag.DidYouMean;
import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.lang.expr.Conditionals;
import dev.burstgrid.lang.expr.ExprException;
import dev.burstgrid.lang.expr.Structures;
import dev.burstgrid.lang.function.Function;
import dev.burstgrid.lang.value.Access;
import dev.burstgrid.lang.value.AccessException;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluates HCL expressions to values. Errors become diagnostics pointing at the offending
 * sub-expression; an expression that failed yields an unknown value of type {@code any}, so one
 * mistake is reported once rather than once per enclosing expression. Unknown values (step outputs
 * not known until run time) flow through every construct, which is how the compiler type-checks
 * expressions it cannot compute yet.
 */
public final class Evaluator {
  /** What a failed expression evaluates to. */
  static final Value FAILED = Value.unknown(Type.ANY);

  private final Map<String, Function> functions;
  private final Operators operators = new Operators(this);
  private final Templates templates = new Templates(this);
  private final ForExpressions forExpressions = new ForExpressions(this);
  private final Splats splats = new Splats(this);
  private final Calls calls;

  /**
   * @param functions the callable functions by name ({@code try} and {@code can} are built in)
   */
  public Evaluator(Map<String, Function> functions) {
    this.functions = Map.copyOf(functions);
    this.calls = new Calls(this, this.functions);
  }

  /** Evaluates {@code expr}; check {@code diags} for errors before trusting the value. */
  public Value evaluate(Expr expr, Scope scope, Diagnostics diags) {
    try {
      return eval(expr, scope, diags);
    } catch (StackOverflowError tooDeep) {
      diags.error(
          "eval/too-complex",
          expr.range(),
          "Expression too complex",
          "This expression is nested too deeply to evaluate; split it into smaller parts,"
              + " for example with locals.");
      return FAILED;
    }
  }

  Value eval(Expr e, Scope s, Diagnostics d) {
    if (e instanceof Expr.NumberLiteral n) {
      return Value.number(n.value());
    }
    if (e instanceof Expr.BoolLiteral b) {
      return Value.bool(b.value());
    }
    if (e instanceof Expr.NullLiteral) {
      return Value.nullOf(Type.ANY);
    }
    if (e instanceof Expr.Template t) {
      return templates.evaluate(t, s, d);
    }
    if (e instanceof Expr.Variable v) {
      return variable(v, s, d);
    }
    if (e instanceof Expr.GetAttr || e instanceof Expr.Index) {
      return traversal(e, s, d);
    }
    if (e instanceof Expr.Splat sp) {
      return splats.evaluate(sp, s, d);
    }
    if (e instanceof Expr.SplatItem item) {
      Value v = s.splatItem();
      return v == null ? FAILED : v;
    }
    if (e instanceof Expr.Parens p) {
      return eval(p.inner(), s, d);
    }
    if (e instanceof Expr.FunctionCall c) {
      return calls.evaluate(c, s, d);
    }
    if (e instanceof Expr.Conditional c) {
      return conditional(c, s, d);
    }
    if (e instanceof Expr.Binary b) {
      return operators.binary(b, s, d);
    }
    if (e instanceof Expr.Unary u) {
      return operators.unary(u, s, d);
    }
    if (e instanceof Expr.Tuple t) {
      return tuple(t, s, d);
    }
    if (e instanceof Expr.ObjectCons o) {
      return object(o, s, d);
    }
    if (e instanceof Expr.For f) {
      return forExpressions.evaluate(f, s, d);
    }
    throw new IllegalStateException("unhandled expression " + e.getClass().getSimpleName());
  }

  private static Value variable(Expr.Variable v, Scope s, Diagnostics d) {
    Value value = s.lookup(v.name());
    if (value != null) {
      return value;
    }
    d.error(
        "eval/unknown-variable",
        v.range(),
        "Unknown variable",
        "There is no variable named \""
            + v.name()
            + "\"."
            + DidYouMean.phrase(v.name(), s.names()));
    return FAILED;
  }

  /**
   * A chain of attribute and index steps ({@code a.b[0].c}), walked iteratively from its root so
   * that long chains do not exhaust the stack.
   */
  private Value traversal(Expr e, Scope s, Diagnostics d) {
    Deque<Expr> steps = new ArrayDeque<>();
    Expr root = e;
    while (root instanceof Expr.GetAttr || root instanceof Expr.Index) {
      steps.push(root);
      root = root instanceof Expr.GetAttr g ? g.target() : ((Expr.Index) root).target();
    }
    int before = d.errorCount();
    Value v = eval(root, s, d);
    boolean failed = d.errorCount() > before;
    while (!steps.isEmpty()) {
      Expr step = steps.pop();
      int stepBefore = d.errorCount();
      try {
        if (step instanceof Expr.GetAttr g) {
          if (!failed) {
            v = Access.getAttr(v, g.name());
          }
        } else {
          Expr.Index i = (Expr.Index) step;
          Value key = eval(i.key(), s, d);
          failed |= d.errorCount() > stepBefore;
          if (!failed) {
            v = Access.index(v, key);
          }
        }
      } catch (AccessException ex) {
        Range subject =
            step instanceof Expr.GetAttr g ? g.nameRange() : ((Expr.Index) step).bracketRange();
        String code =
            step instanceof Expr.GetAttr ? "eval/unsupported-attribute" : "eval/invalid-index";
        d.error(code, subject, ex.summary(), detail(ex));
        failed = true;
      }
    }
    return failed ? FAILED : v;
  }

  static String detail(AccessException e) {
    return e.missing() == null
        ? e.getMessage()
        : e.getMessage() + DidYouMean.phrase(e.missing(), e.available());
  }

  private Value conditional(Expr.Conditional c, Scope s, Diagnostics d) {
    Diagnostics trueDiags = new Diagnostics();
    Diagnostics falseDiags = new Diagnostics();
    Value whenTrue = eval(c.whenTrue(), s, trueDiags);
    Value whenFalse = eval(c.whenFalse(), s, falseDiags);
    Type resultType = conditionalType(c, whenTrue, whenFalse, d);

    int before = d.errorCount();
    Value cond = eval(c.condition(), s, d);
    if (d.errorCount() > before) {
      return FAILED;
    }
    Boolean pick;
    try {
      pick = Conditionals.condition(cond);
    } catch (ExprException e) {
      d.error("eval/invalid-condition", c.condition().range(), e.summary(), e.getMessage());
      return FAILED;
    }
    if (resultType == null) {
      return FAILED;
    }
    if (pick == null) {
      // While the condition is unknown neither branch is sure to run: only their static errors
      // are reported now; the run reports the others of the branch it takes.
      StaticErrors.addTo(d, trueDiags);
      StaticErrors.addTo(d, falseDiags);
      return Value.unknown(resultType);
    }
    Diagnostics chosenDiags = pick ? trueDiags : falseDiags;
    d.addAll(chosenDiags);
    if (chosenDiags.hasErrors()) {
      return FAILED;
    }
    try {
      return Conditionals.convert(pick ? whenTrue : whenFalse, resultType, pick);
    } catch (ExprException e) {
      d.error(
          "eval/inconsistent-types",
          (pick ? c.whenTrue() : c.whenFalse()).range(),
          e.summary(),
          e.getMessage());
      return FAILED;
    }
  }

  /** Both branches' common type; a literal {@code null} takes the other branch's type. */
  private static Type conditionalType(Expr.Conditional c, Value t, Value f, Diagnostics d) {
    Type unified = Conditionals.resultType(t, f);
    if (unified == null) {
      ExprException e = Conditionals.inconsistentTypes(t.type(), f.type());
      d.error(
          "eval/inconsistent-types",
          c.whenTrue().range().to(c.whenFalse().range()),
          e.summary(),
          e.getMessage());
    }
    return unified;
  }

  private Value tuple(Expr.Tuple t, Scope s, Diagnostics d) {
    List<Value> items = new ArrayList<>();
    int before = d.errorCount();
    for (Expr item : t.items()) {
      items.add(eval(item, s, d));
    }
    return d.errorCount() > before ? FAILED : new Value.TupleValue(items);
  }

  private Value object(Expr.ObjectCons o, Scope s, Diagnostics d) {
    TreeMap<String, Value> attrs = new TreeMap<>();
    Map<String, Range> seen = new TreeMap<>();
    int before = d.errorCount();
    boolean unknownKey = false;
    for (Expr.ObjectItem item : o.items()) {
      Value key = objectKey(item.key(), s, d);
      Value value = eval(item.value(), s, d);
      if (key == null) {
        continue;
      }
      if (!key.isKnown()) {
        unknownKey = true;
        continue;
      }
      String name = ((Value.Str) key).value();
      Range first = seen.putIfAbsent(name, item.key().range());
      if (first != null) {
        ExprException e = Structures.duplicateKey(name, " at " + first.location());
        d.error("eval/duplicate-key", item.key().range(), e.summary(), e.getMessage());
        continue;
      }
      attrs.put(name, value);
    }
    if (d.errorCount() > before || unknownKey) {
      return FAILED;
    }
    return new Value.ObjectValue(attrs);
  }

  /** The key as a known string, an unknown, or null after reporting an error. */
  private Value objectKey(Expr key, Scope s, Diagnostics d) {
    if (key instanceof Expr.Variable v) {
      return Value.string(v.name());
    }
    if (key instanceof Expr.NullLiteral) {
      return Value.string("null");
    }
    if (key instanceof Expr.GetAttr || key instanceof Expr.Index || key instanceof Expr.Splat) {
      ExprException ambiguous = Structures.ambiguousKey();
      d.error("eval/ambiguous-key", key.range(), ambiguous.summary(), ambiguous.getMessage());
      return null;
    }
    int before = d.errorCount();
    Value k = eval(key, s, d);
    if (d.errorCount() > before) {
      return null;
    }
    try {
      return Structures.objectKey(k);
    } catch (ExprException e) {
      d.error("eval/invalid-key", key.range(), e.summary(), e.getMessage());
      return null;
    }
  }
}
