package dev.burstgrid.compiler.inputs;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.eval.Evaluator;
import dev.burstgrid.compiler.eval.Scope;
import dev.burstgrid.compiler.semantic.GridModel;
import dev.burstgrid.compiler.semantic.Traversal;
import dev.burstgrid.compiler.semantic.TraversalCollector;
import dev.burstgrid.compiler.semantic.VariableDecl;
import dev.burstgrid.compiler.semantic.VariableValidationDecl;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.lang.function.FunctionCalls;
import dev.burstgrid.lang.function.Functions;
import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Value;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the {@code validation} rules of variables whose values are known: a default when {@code
 * bggoc check} or a build sees the grid, the values a run receives. A rule may read only its own
 * variable (as Terraform before 1.9); a false condition is a diagnostic at the condition carrying
 * the rule's {@code error_message}.
 */
public final class VariableValidation {
  private final Evaluator evaluator = new Evaluator(Functions.standard());
  private final Diagnostics diags;

  private VariableValidation(Diagnostics diags) {
    this.diags = diags;
  }

  /**
   * Checks every rule's references, and its condition where the variable's value is known: the
   * value given in {@code inputs}, else its default.
   */
  public static void check(GridModel model, Map<String, Value> inputs, Diagnostics diags) {
    Map<String, Value> known = new HashMap<>(DeclaredVariables.defaults(DeclaredVariables.of(model)));
    for (Map.Entry<String, Value> given : inputs.entrySet()) {
      VariableDecl decl = model.variables().get(given.getKey());
      try {
        known.put(given.getKey(), Convert.to(given.getValue(), DeclaredVariables.typeOf(decl)));
      } catch (ConversionException | RuntimeException e) {
        known.remove(given.getKey()); // an undeclared or ill-typed value is reported elsewhere
      }
    }
    VariableValidation v = new VariableValidation(diags);
    for (VariableDecl decl : model.variables().values()) {
      for (VariableValidationDecl rule : decl.validations()) {
        if (v.referencesOnlyItself(decl, rule.condition()) & v.referencesOnlyItself(decl, rule.errorMessage())) {
          Value value = known.get(decl.name());
          if (value != null && value.isKnown()) {
            v.apply(decl, rule, value);
          }
        }
      }
    }
  }

  private boolean referencesOnlyItself(VariableDecl decl, Expr expr) {
    boolean ok = true;
    for (Traversal t : TraversalCollector.collect(expr)) {
      if (!t.root().equals("var") || !decl.name().equals(t.attrAt(0))) {
        diags.error("grid/invalid-validation-reference", t.range(), "Invalid reference in variable validation",
            "The validation of variable \"" + decl.name() + "\" may refer only to var." + decl.name()
                + "; move checks that combine values into the steps that use them.");
        ok = false;
      }
    }
    return ok;
  }

  private void apply(VariableDecl decl, VariableValidationDecl rule, Value value) {
    Scope scope = Scope.root(Map.of("var", Value.ObjectValue.of(Map.of(decl.name(), value))));
    int before = diags.errorCount();
    Value ok = evaluator.evaluate(rule.condition(), scope, diags);
    if (diags.errorCount() > before || !ok.isKnown()) {
      return;
    }
    if (!(ok instanceof Value.Bool b)) {
      diags.error("grid/invalid-validation", rule.condition().range(), "Invalid validation condition",
          "The condition must be true or false, not " + ok.type().friendlyName() + ".");
      return;
    }
    if (!b.value()) {
      diags.error("grid/variable-validation", rule.condition().range(), "Invalid value for variable",
          message(decl, rule, scope) + "\nThis was checked by the validation rule of variable \""
              + decl.name() + "\" at " + rule.block().headerRange().location() + ".");
    }
  }

  /** The rule's error_message; a sensitive variable's value must not show through it. */
  private String message(VariableDecl decl, VariableValidationDecl rule, Scope scope) {
    if (decl.sensitive() && !TraversalCollector.collect(rule.errorMessage()).isEmpty()) {
      return "The error message refers to the sensitive variable \"" + decl.name() + "\", so it is not shown.";
    }
    Diagnostics own = new Diagnostics();
    Value text = evaluator.evaluate(rule.errorMessage(), scope, own);
    if (own.hasErrors() || !(text instanceof Value.Str s) || !FunctionCalls.isWhollyKnown(text)) {
      diags.addAll(own);
      return "The value of variable \"" + decl.name() + "\" is not valid.";
    }
    return s.value();
  }
}
