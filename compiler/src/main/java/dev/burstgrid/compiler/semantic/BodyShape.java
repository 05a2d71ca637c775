package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.diag.DidYouMean;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Block;
import dev.burstgrid.compiler.syntax.Body;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a block body against the attribute and nested-block names allowed there, reporting
 * unknown and duplicate names, and hands back the attributes by name.
 */
final class BodyShape {
  private final Set<String> attributes;
  private final Set<String> blocks;
  private final String where;

  BodyShape(String where, Set<String> attributes, Set<String> blocks) {
    this.where = where;
    this.attributes = attributes;
    this.blocks = blocks;
  }

  Map<String, Attribute> check(Body body, Diagnostics diags) {
    Map<String, Attribute> byName = new LinkedHashMap<>();
    for (Attribute a : body.attributes()) {
      if (!attributes.contains(a.name())) {
        String hint = blocks.contains(a.name())
            ? " \"" + a.name() + "\" is a block here: write " + a.name() + " { … } without \"=\"."
            : DidYouMean.phrase(a.name(), attributes);
        diags.error("grid/unknown-attribute", a.nameRange(), "Unsupported argument",
            "An argument named \"" + a.name() + "\" is not expected in " + where + "." + hint
                + allowed());
        continue;
      }
      Attribute previous = byName.putIfAbsent(a.name(), a);
      if (previous != null) {
        diags.error("grid/duplicate-attribute", a.nameRange(), "Duplicate argument",
            "The argument \"" + a.name() + "\" was already set at " + previous.nameRange().location()
                + ". Each argument may be set only once.");
      }
    }
    for (Block b : body.blocks()) {
      if (!blocks.contains(b.type())) {
        String hint = attributes.contains(b.type())
            ? " \"" + b.type() + "\" is an argument here: write " + b.type() + " = …"
            : DidYouMean.phrase(b.type(), blocks);
        diags.error("grid/unknown-block", b.typeRange(), "Unsupported block type",
            "Blocks of type \"" + b.type() + "\" are not expected in " + where + "." + hint + allowed());
      }
    }
    return byName;
  }

  private String allowed() {
    if (attributes.isEmpty() && blocks.isEmpty()) {
      return " Nothing may be written here.";
    }
    StringBuilder sb = new StringBuilder();
    if (!attributes.isEmpty()) {
      sb.append(" Arguments allowed: ").append(String.join(", ", sorted(attributes))).append('.');
    }
    if (!blocks.isEmpty()) {
      sb.append(" Blocks allowed: ").append(String.join(", ", sorted(blocks))).append('.');
    }
    return sb.toString();
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }

  static List<Block> blocksOfType(Body body, String type) {
    return body.blocks().stream().filter(b -> b.type().equals(type)).toList();
  }
}
