package dev.burstgrid.compiler.inputs;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.eval.Evaluator;
import dev.burstgrid.compiler.eval.Scope;
import dev.burstgrid.compiler.eval.TypeExprs;
import dev.burstgrid.compiler.semantic.GridModel;
import dev.burstgrid.compiler.semantic.VariableDecl;
import dev.burstgrid.lang.GridVariable;
import dev.burstgrid.lang.function.FunctionCalls;
import dev.burstgrid.lang.function.Functions;
import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A grid's variables as the runtime declares them: name, type (with the defaults of {@code
 * optional(T, default)} attributes), default value, description and sensitivity. Problems with a
 * type or a default are the checker's to report; here they leave the type {@code any} and the
 * variable required.
 */
public final class DeclaredVariables {
  private DeclaredVariables() {}

  public static List<GridVariable> of(GridModel model) {
    Evaluator evaluator = new Evaluator(Functions.standard());
    List<GridVariable> out = new ArrayList<>();
    for (VariableDecl v : model.variables().values()) {
      Type type = typeOf(v);
      out.add(new GridVariable(v.name(), type, defaultOf(v, type, evaluator), v.sensitive(), v.description()));
    }
    return out;
  }

  /** The defaults of the variables that have a valid one. */
  public static Map<String, Value> defaults(List<GridVariable> declared) {
    Map<String, Value> out = new LinkedHashMap<>();
    for (GridVariable v : declared) {
      if (v.defaultValue() != null) {
        out.put(v.name(), v.defaultValue());
      }
    }
    return out;
  }

  static Type typeOf(VariableDecl v) {
    Type t = v.typeExpr() == null ? null : TypeExprs.parse(v.typeExpr(), new Diagnostics());
    return t == null ? Type.ANY : t;
  }

  private static Value defaultOf(VariableDecl v, Type type, Evaluator evaluator) {
    if (v.defaultExpr() == null) {
      return null;
    }
    Diagnostics diags = new Diagnostics();
    Value def = evaluator.evaluate(v.defaultExpr(), Scope.empty(), diags);
    if (diags.hasErrors() || !FunctionCalls.isWhollyKnown(def)) {
      return null;
    }
    try {
      return Convert.to(def, type);
    } catch (ConversionException e) {
      return null;
    }
  }
}
