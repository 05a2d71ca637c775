package dev.burstgrid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import dev.burstgrid.compiler.codegen.expr.ExprEnv;
import dev.burstgrid.compiler.codegen.expr.ExprWriter;
import dev.burstgrid.compiler.codegen.expr.JavaLiterals;
import dev.burstgrid.compiler.eval.Evaluator;
import dev.burstgrid.compiler.plan.expr.ExprLowering;
import dev.burstgrid.runtime.function.Functions;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.Operator;
import dev.burstgrid.compiler.syntax.TemplatePart;
import dev.burstgrid.runtime.value.Access;
import dev.burstgrid.runtime.value.Operations;
import dev.burstgrid.runtime.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an HCL expression as a Java expression of type {@code Value}: constants folded at
 * compile time, references through an {@link ExprScope}, operators and functions through the
 * runtime ({@code Access}, {@code Operations}, {@code GridValues.call}). Step outputs are read
 * straight from their records and one instance of a group without building the group's value;
 * expressions this fast path does not cover (for expressions, template directives, …) go to
 * the general {@link ExprWriter}.
 */
final class ExprCode {
  private static final ClassName ACCESS = ClassName.get(Access.class);
  private static final ClassName OPERATIONS = ClassName.get(Operations.class);
  private static final ClassName GRID_VALUES = Conversions.GRID_VALUES;

  private final ConstantFolder folder;
  private final Conversions conversions;
  private final ExprWriter general = new ExprWriter("HCL_");
  private final Evaluator evaluator = new Evaluator(Functions.standard());
  private final List<String> splatItems = new ArrayList<>();

  ExprCode(ConstantFolder folder, Conversions conversions) {
    this.folder = folder;
    this.conversions = conversions;
  }

  /** The expression's value when known before the run, else null. */
  Value constant(Expr e, boolean inCount, boolean inForEach) {
    return folder.constant(e, inCount, inForEach);
  }

  /** The expression as Java code of type {@code Value}. */
  CodeBlock write(Expr e, ExprScope scope, boolean inCount, boolean inForEach) {
    Value constant = splatItems.isEmpty() ? folder.constant(e, inCount, inForEach) : null;
    if (constant != null) {
      return conversions.valueLiteral(constant);
    }
    try {
      return new Writer(scope, inCount, inForEach).expr(e);
    } catch (UnsupportedExpressionException unsupported) {
      return general.write(ExprLowering.lower(e, evaluator), env(scope));
    }
  }

  /**
   * A template as Java code of type {@code String} ({@code GridValues.text(x) + "/get"}), for a
   * string argument; null when the expression is no plain template.
   */
  CodeBlock writeText(Expr e, ExprScope scope, boolean inCount, boolean inForEach) {
    if (!(e instanceof Expr.Template t) || t.parts().size() < 2
        || !t.parts().stream().allMatch(p -> p instanceof TemplatePart.Literal || p instanceof TemplatePart.Interpolation)) {
      return null;
    }
    try {
      return new Writer(scope, inCount, inForEach).concatenation(t);
    } catch (UnsupportedExpressionException unsupported) {
      return null;
    }
  }

  /** The static members the general expression writer needs in the generated class. */
  void addMembersTo(TypeSpec.Builder type) {
    general.addMembersTo(type);
  }

  private static ExprEnv env(ExprScope scope) {
    return new ExprEnv() {
      @Override
      public CodeBlock step(String stepKey) {
        return scope.step(stepKey);
      }

      @Override
      public CodeBlock resource(String key) {
        return scope.resource(key);
      }

      @Override
      public CodeBlock var(String name) {
        return scope.var(name);
      }

      @Override
      public CodeBlock local(String name) {
        return scope.local(name);
      }

      @Override
      public CodeBlock count() {
        return scope.count();
      }

      @Override
      public CodeBlock each() {
        return scope.each();
      }
    };
  }

  private final class Writer {
    private final ExprScope scope;
    private final boolean inCount;
    private final boolean inForEach;

    Writer(ExprScope scope, boolean inCount, boolean inForEach) {
      this.scope = scope;
      this.inCount = inCount;
      this.inForEach = inForEach;
    }

    CodeBlock expr(Expr e) {
      if (!(e instanceof Expr.SplatItem) && splatItems.isEmpty()) {
        Value constant = folder.constant(e, inCount, inForEach);
        if (constant != null) {
          return conversions.valueLiteral(constant);
        }
      }
      if (e instanceof Expr.Parens p) {
        return expr(p.inner());
      }
      if (e instanceof Expr.Template t) {
        return template(t);
      }
      CodeBlock root = root(e);
      if (root != null) {
        return root;
      }
      if (e instanceof Expr.GetAttr g) {
        CodeBlock direct = outputAccess(g);
        if (direct != null) {
          return direct;
        }
        return CodeBlock.of("$T.getAttr($L, $L)", ACCESS, expr(g.target()), JavaLiterals.string(g.name()));
      }
      if (e instanceof Expr.Index i) {
        CodeBlock instance = stepInstance(i);
        return instance != null ? instance
            : CodeBlock.of("$T.index($L, $L)", ACCESS, expr(i.target()), expr(i.key()));
      }
      if (e instanceof Expr.Splat s) {
        String item = "s" + splatItems.size();
        CodeBlock source = expr(s.source());
        splatItems.add(item);
        try {
          return CodeBlock.of("$T.splat($L, $N -> $L)", GRID_VALUES, source, item, expr(s.each()));
        } finally {
          splatItems.remove(splatItems.size() - 1);
        }
      }
      if (e instanceof Expr.SplatItem) {
        return CodeBlock.of("$N", splatItems.get(splatItems.size() - 1));
      }
      if (e instanceof Expr.FunctionCall f) {
        if (f.expandFinal()) {
          throw new UnsupportedExpressionException(f.range(), "expanding the last argument with ...");
        }
        List<CodeBlock> args = new ArrayList<>();
        args.add(JavaLiterals.string(f.name()));
        for (Expr a : f.args()) {
          args.add(expr(a));
        }
        return CodeBlock.of("$T.call($L)", GRID_VALUES, CodeBlock.join(args, ", "));
      }
      if (e instanceof Expr.Conditional c) {
        return CodeBlock.of("($T.condition($L) ? $L : $L)", GRID_VALUES, expr(c.condition()), expr(c.whenTrue()),
            expr(c.whenFalse()));
      }
      if (e instanceof Expr.Binary b) {
        return CodeBlock.of("$T.$L($L, $L)", OPERATIONS, operation(b.op()), expr(b.left()), expr(b.right()));
      }
      if (e instanceof Expr.Unary u) {
        return CodeBlock.of("$T.$L($L)", OPERATIONS, u.op() == Operator.NOT ? "not" : "negate", expr(u.operand()));
      }
      if (e instanceof Expr.Tuple t) {
        return CodeBlock.of("$T.tuple($L)", GRID_VALUES,
            t.items().stream().map(this::expr).collect(CodeBlock.joining(", ")));
      }
      if (e instanceof Expr.ObjectCons o) {
        List<CodeBlock> items = new ArrayList<>();
        for (Expr.ObjectItem item : o.items()) {
          items.add(item.key() instanceof Expr.Variable v
              ? CodeBlock.of("$T.string($L)", Conversions.VALUE, JavaLiterals.string(v.name())) : expr(item.key()));
          items.add(expr(item.value()));
        }
        return CodeBlock.of("$T.objectOf($L)", GRID_VALUES, CodeBlock.join(items, ", "));
      }
      throw new UnsupportedExpressionException(e.range(), describe(e));
    }

    /** {@code var.x}, {@code local.x}, {@code step.R.N}, {@code resource.T.N}, count, each. */
    private CodeBlock root(Expr e) {
      if (e instanceof Expr.Variable v) {
        if (v.name().equals("count")) {
          return scope.count();
        }
        if (v.name().equals("each")) {
          return scope.each();
        }
        return null;
      }
      if (!(e instanceof Expr.GetAttr g)) {
        return null;
      }
      if (g.target() instanceof Expr.Variable v) {
        if (v.name().equals("count") && g.name().equals("index")) {
          return scope.countIndex();
        }
        if (v.name().equals("each")) {
          return scope.eachAttribute(g.name());
        }
        if (v.name().equals("var")) {
          return scope.var(g.name());
        }
        if (v.name().equals("local")) {
          return scope.local(g.name());
        }
        return null;
      }
      if (g.target() instanceof Expr.GetAttr inner && inner.target() instanceof Expr.Variable v) {
        if (v.name().equals("step")) {
          return scope.step(inner.name() + "." + g.name());
        }
        if (v.name().equals("resource")) {
          return scope.resource(inner.name() + "." + g.name());
        }
      }
      return null;
    }

    /** {@code step.R.N.output} or {@code step.R.N[i].output.field}, read from the record. */
    private CodeBlock outputAccess(Expr.GetAttr g) {
      if (g.name().equals("output")) {
        CodeBlock direct = stepOutput(g.target(), null);
        if (direct != null) {
          return direct;
        }
      }
      if (g.target() instanceof Expr.GetAttr output && output.name().equals("output")) {
        return stepOutput(output.target(), g.name());
      }
      return null;
    }

    private CodeBlock stepOutput(Expr step, String field) {
      if (step instanceof Expr.GetAttr name && name.target() instanceof Expr.GetAttr runner
          && runner.target() instanceof Expr.Variable v && v.name().equals("step")) {
        return scope.stepOutput(runner.name() + "." + name.name(), null, field);
      }
      if (step instanceof Expr.Index i && i.target() instanceof Expr.GetAttr name
          && name.target() instanceof Expr.GetAttr runner && runner.target() instanceof Expr.Variable v
          && v.name().equals("step")) {
        return scope.stepOutput(runner.name() + "." + name.name(), expr(i.key()), field);
      }
      return null;
    }

    /** The text of an interpolation known before the run, or null. */
    private String constantText(Expr e) {
      if (!splatItems.isEmpty()) {
        return null;
      }
      Value v = folder.constant(e, inCount, inForEach);
      try {
        return v == null || v.isNull() ? null : dev.burstgrid.runtime.GridValues.text(v);
      } catch (Exception notText) {
        return null;
      }
    }

    private CodeBlock stepInstance(Expr.Index i) {
      if (i.target() instanceof Expr.GetAttr g && g.target() instanceof Expr.GetAttr inner
          && inner.target() instanceof Expr.Variable v && v.name().equals("step")) {
        return scope.stepInstance(inner.name() + "." + g.name(), expr(i.key()));
      }
      return null;
    }

    // Value.string("http://" + GridValues.text(<host>) + "/get")
    private CodeBlock template(Expr.Template t) {
      if (t.parts().size() == 1 && t.parts().get(0) instanceof TemplatePart.Interpolation only) {
        return expr(only.expr());
      }
      return CodeBlock.of("$T.string($L)", Conversions.VALUE, concatenation(t));
    }

    // "http://" + GridValues.text(<host>) + "/get"
    CodeBlock concatenation(Expr.Template t) {
      List<CodeBlock> pieces = new ArrayList<>();
      for (TemplatePart p : t.parts()) {
        if (p instanceof TemplatePart.Literal lit) {
          pieces.add(JavaLiterals.string(lit.text()));
        } else if (p instanceof TemplatePart.Interpolation in) {
          String text = constantText(in.expr());
          pieces.add(text != null ? JavaLiterals.string(text) : CodeBlock.of("$T.text($L)", GRID_VALUES, expr(in.expr())));
        } else {
          throw new UnsupportedExpressionException(p.range(), "template directives (%{if} and %{for})");
        }
      }
      if (pieces.isEmpty() || pieces.stream().allMatch(c -> c.toString().startsWith("\""))) {
        StringBuilder all = new StringBuilder();
        for (TemplatePart p : t.parts()) {
          all.append(p instanceof TemplatePart.Literal lit ? lit.text() : constantText(((TemplatePart.Interpolation) p).expr()));
        }
        return JavaLiterals.string(all.toString());
      }
      if (!pieces.get(0).toString().startsWith("\"") && (pieces.size() < 2 || !pieces.get(1).toString().startsWith("\""))) {
        pieces.add(0, JavaLiterals.string(""));
      }
      return CodeBlock.join(pieces, " + ");
    }
  }

  private static String operation(Operator op) {
    switch (op) {
      case OR: return "or";
      case AND: return "and";
      case EQUAL: return "equal";
      case NOT_EQUAL: return "notEqual";
      case GREATER: return "greaterThan";
      case GREATER_OR_EQUAL: return "greaterThanOrEqual";
      case LESS: return "lessThan";
      case LESS_OR_EQUAL: return "lessThanOrEqual";
      case ADD: return "add";
      case SUBTRACT: return "subtract";
      case MULTIPLY: return "multiply";
      case DIVIDE: return "divide";
      case MODULO: return "modulo";
      default: throw new IllegalArgumentException(op.name());
    }
  }

  private static String describe(Expr e) {
    if (e instanceof Expr.For) {
      return "for expressions";
    }
    if (e instanceof Expr.Variable v) {
      return "the name \"" + v.name() + "\" here";
    }
    return "this kind of expression (" + e.getClass().getSimpleName() + ")";
  }
}
