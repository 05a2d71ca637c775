package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the attribute form of a nested body, {@code uses = { client = resource.x.y }}, as if
 * it were written as a block: each object item with a name or literal-string key becomes an
 * {@link Attribute}.
 */
final class ObjectAttributes {
  private ObjectAttributes() {}

  static List<Attribute> of(Attribute a, Diagnostics diags) {
    List<Attribute> result = new ArrayList<>();
    if (!(a.expr() instanceof Expr.ObjectCons obj)) {
      diags.error("grid/object-required", a.expr().range(), "Object required",
          "\"" + a.name() + "\" must be written as an object, { name = value, … }, or as a block,"
              + " " + a.name() + " { name = value }.");
      return result;
    }
    for (Expr.ObjectItem item : obj.items()) {
      String name = keyName(item.key());
      if (name == null) {
        diags.error("grid/static-key-required", item.key().range(), "Static name required",
            "Names in \"" + a.name() + "\" must be written literally (name = … or \"name\" = …), not computed.");
        continue;
      }
      Range keyRange = item.key().range();
      result.add(new Attribute(name, keyRange, keyRange, item.value(), item.range()));
    }
    return result;
  }

  private static String keyName(Expr key) {
    if (key instanceof Expr.Variable v) {
      return v.name();
    }
    if (key instanceof Expr.Template t) {
      return t.literalText();
    }
    return null;
  }
}
