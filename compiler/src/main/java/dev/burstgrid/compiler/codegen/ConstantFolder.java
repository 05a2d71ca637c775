package dev.burstgrid.compiler.codegen;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.eval.Evaluator;
import dev.burstgrid.compiler.eval.Scope;
import dev.burstgrid.compiler.eval.TypeExprs;
import dev.burstgrid.compiler.semantic.GridModel;
import dev.burstgrid.compiler.semantic.LocalDecl;
import dev.burstgrid.compiler.semantic.VariableDecl;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.lang.function.FunctionCalls;
import dev.burstgrid.lang.function.Functions;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluates what generated code need not compute at run time: expressions whose value does
 * not depend on variables, step outputs, resources or the instance ({@code count}, {@code
 * each}). Variables stay unknown so a generated class runs with any inputs.
 */
final class ConstantFolder {
  private final Evaluator evaluator = new Evaluator(Functions.standard());
  private final Map<String, Value> roots = new TreeMap<>();

  ConstantFolder(GridModel model, List<String> order) {
    Map<String, Value> vars = new TreeMap<>();
    for (VariableDecl v : model.variables().values()) {
      vars.put(v.name(), Value.unknown(variableType(v)));
    }
    roots.put("var", Value.ObjectValue.of(vars));
    roots.put("step", Value.unknown(Type.ANY));
    roots.put("resource", Value.unknown(Type.ANY));
    Map<String, Value> locals = new TreeMap<>();
    roots.put("local", Value.ObjectValue.of(locals));
    for (String address : order) {
      if (address.startsWith("local.")) {
        LocalDecl l = model.locals().get(address.substring("local.".length()));
        locals.put(l.name(), evaluate(l.attribute().expr(), false, false));
        roots.put("local", Value.ObjectValue.of(locals));
      }
    }
  }

  /** The declared type of a variable ({@code any} when it has none). */
  static Type variableType(VariableDecl v) {
    if (v.typeExpr() == null) {
      return Type.ANY;
    }
    Type t = TypeExprs.parse(v.typeExpr(), new Diagnostics());
    return t == null ? Type.ANY : t;
  }

  /** The expression's value when wholly known before the run, else null. */
  Value constant(Expr expr, boolean inCount, boolean inForEach) {
    Value v = evaluate(expr, inCount, inForEach);
    return v != null && FunctionCalls.isWhollyKnown(v) ? v : null;
  }

  private Value evaluate(Expr expr, boolean inCount, boolean inForEach) {
    Map<String, Value> scope = new TreeMap<>(roots);
    if (inCount) {
      scope.put("count", Value.ObjectValue.of(Map.of("index", Value.unknown(Type.NUMBER))));
    }
    if (inForEach) {
      scope.put("each", Value.ObjectValue.of(Map.of("key", Value.unknown(Type.STRING), "value",
          Value.unknown(Type.ANY))));
    }
    Diagnostics diags = new Diagnostics();
    Value v = evaluator.evaluate(expr, Scope.root(scope), diags);
    return diags.hasErrors() ? null : v;
  }
}
