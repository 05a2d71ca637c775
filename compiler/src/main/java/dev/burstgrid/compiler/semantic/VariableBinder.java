package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Block;
import java.util.Map;

/** Builds a {@link VariableDecl}; its type expression is resolved by the checker. */
final class VariableBinder {
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
        b);
  }
}
