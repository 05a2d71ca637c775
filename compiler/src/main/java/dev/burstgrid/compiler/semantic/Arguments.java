package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.diag.DidYouMean;
import dev.burstgrid.compiler.schema.FieldSchema;
import dev.burstgrid.compiler.schema.RecordSchema;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Block;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a step's or resource's {@code arguments} (block or attribute form) and checks the
 * names against the schema: unknown arguments and missing required ones are errors.
 */
final class Arguments {
  private Arguments() {}

  static Map<String, Attribute> collect(Block owner, RecordSchema schema, String where, Diagnostics diags) {
    List<Attribute> given = new ArrayList<>();
    Block first = null;
    for (Block b : owner.body().blocks()) {
      if (!b.type().equals("arguments")) {
        continue;
      }
      if (first != null) {
        diags.error("grid/duplicate-block", b.typeRange(), "Duplicate arguments block",
            "Only one arguments block is allowed; the first is at " + first.typeRange().location()
                + ". Merge them.");
        continue;
      }
      first = b;
      if (!b.labels().isEmpty()) {
        diags.error("grid/block-labels", b.headerRange(), "Extraneous label for arguments",
            "An arguments block takes no labels: write arguments { … }.");
      }
      for (Block nested : b.body().blocks()) {
        diags.error("grid/unknown-block", nested.typeRange(), "Unexpected block in arguments",
            "Arguments are written name = value. For an object value write " + nested.type()
                + " = { … }.");
      }
      given.addAll(b.body().attributes());
    }
    for (Attribute a : owner.body().attributes()) {
      if (a.name().equals("arguments")) {
        if (first != null) {
          diags.error("grid/duplicate-block", a.nameRange(), "Duplicate arguments",
              "Arguments are already given in the block at " + first.typeRange().location() + ".");
        } else {
          given.addAll(ObjectAttributes.of(a, diags));
        }
      }
    }
    Map<String, Attribute> byName = new LinkedHashMap<>();
    for (Attribute a : given) {
      Attribute previous = byName.putIfAbsent(a.name(), a);
      if (previous != null) {
        diags.error("grid/duplicate-attribute", a.nameRange(), "Duplicate argument",
            "The argument \"" + a.name() + "\" was already set at " + previous.nameRange().location() + ".");
      } else if (schema != null && schema.field(a.name()) == null) {
        byName.remove(a.name());
        diags.error("grid/unknown-argument", a.nameRange(), "Unsupported argument",
            "An argument named \"" + a.name() + "\" is not expected in " + where + "."
                + DidYouMean.phrase(a.name(), schema.names())
                + (schema.names().isEmpty() ? " It takes no arguments."
                    : " Arguments: " + String.join(", ", schema.names()) + "."));
      }
    }
    if (schema != null) {
      for (FieldSchema f : schema.fields()) {
        if (f.required() && !byName.containsKey(f.name())) {
          diags.error("grid/missing-argument", first != null ? first.typeRange() : owner.headerRange(),
              "Missing required argument",
              "The argument \"" + f.name() + "\" (" + f.type().friendlyName() + ") is required in " + where
                  + (f.doc().isEmpty() ? "" : " (" + stripPeriod(f.doc()) + ")") + ". Add " + f.name() + " = … to its arguments.");
        }
      }
    }
    return byName;
  }

  private static String stripPeriod(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
