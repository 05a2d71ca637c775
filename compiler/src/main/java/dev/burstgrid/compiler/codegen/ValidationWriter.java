package dev.burstgrid.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.burstgrid.compiler.codegen.expr.ExprWriter;
import dev.burstgrid.compiler.codegen.expr.JavaLiterals;
import dev.burstgrid.compiler.plan.GridPlan;
import dev.burstgrid.compiler.plan.ValidationPlan;
import dev.burstgrid.compiler.plan.VariablePlan;
import dev.burstgrid.lang.GridInputs;
import dev.burstgrid.lang.value.Value;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The variables' {@code validation} rules in generated code, so that a built jar checks the values
 * it receives as {@code bggoc run} does: one static method, called right after the variables are
 * resolved; none when the grid has no rules.
 */
final class ValidationWriter {
  static final String METHOD = "validateVariables";

  private final GridPlan plan;
  private final FieldScope scope;
  private final ExprWriter exprs;

  ValidationWriter(GridPlan plan, FieldScope scope, ExprWriter exprs) {
    this.plan = plan;
    this.scope = scope;
    this.exprs = exprs;
  }

  boolean any() {
    return plan.variables().stream().anyMatch(v -> !v.validations().isEmpty());
  }

  // validateVariables(resolved);
  CodeBlock call(String resolved) {
    return CodeBlock.of("$N($N)", METHOD, resolved);
  }

  // private static void validateVariables(Map<String, Value> variables) {
  //   GridInputs.validate("n", () -> <condition>, () -> <error_message>, "grid.hcl:6:21", "grid.hcl:5:3");
  // }
  MethodSpec method() {
    MethodSpec.Builder m = MethodSpec.methodBuilder(METHOD)
        .addJavadoc("Checks the variables' validation rules.\n\n"
            + "@throws IllegalArgumentException with the error message of the first rule that fails\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(ParameterizedTypeName.get(Map.class, String.class, Value.class), "variables");
    for (VariablePlan v : plan.variables()) {
      for (ValidationPlan rule : v.validations()) {
        // the scope reads var.x as variables.get("x"): this method's parameter
        m.addStatement("$T.validate($L, () -> $L, () -> $L, $L, $L)", GridInputs.class,
            JavaLiterals.string(v.name()), exprs.write(rule.condition(), scope),
            exprs.write(rule.errorMessage(), scope), JavaLiterals.string(rule.conditionLocation()),
            JavaLiterals.string(rule.ruleLocation()));
      }
    }
    return m.build();
  }
}
