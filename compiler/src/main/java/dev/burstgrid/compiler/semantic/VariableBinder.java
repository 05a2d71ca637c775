package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a {@link VariableDecl}; its type expression is resolved by the checker. */
final class VariableBinder {
  private static final BodyShape VALIDATION =
      new BodyShape("a validation block", Set.of("condition", "error_message"), Set.of());

  private VariableBinder() {}

  static VariableDecl bind(String name, Block b, Map<String, Attribute> attrs, Diagnostics diags) {
    Attribute type = attrs.get("type");
    Attribute def = attrs.get("default");
    return new VariableDecl(
        name,
        type == null ? null : type.expr(),
        def == null ? null : def.expr(),
        Literals.string(attrs.get("description"), diags),
        Literals.bool(attrs.get("sensitive"), diags),
        validations(b, diags),
        b);
  }

  private static List<VariableValidationDecl> validations(Block variable, Diagnostics diags) {
    List<VariableValidationDecl> out = new ArrayList<>();
    for (Block v : BodyShape.blocksOfType(variable.body(), "validation")) {
      if (!v.labels().isEmpty()) {
        diags.error("grid/block-labels", v.headerRange(), "Unexpected label on validation block",
            "A validation block takes no labels: validation { condition = … error_message = \"…\" }.");
      }
      Map<String, Attribute> attrs = VALIDATION.check(v.body(), diags);
      Attribute condition = attrs.get("condition");
      Attribute message = attrs.get("error_message");
      if (condition == null || message == null) {
        diags.error("grid/missing-argument", v.headerRange(), "Missing required argument",
            "A validation block needs both condition (true when the value is valid) and error_message.");
        continue;
      }
      out.add(new VariableValidationDecl(condition.expr(), message.expr(), v));
    }
    return out;
  }
}
