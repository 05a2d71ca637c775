package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.diag.DidYouMean;
import dev.burstgrid.compiler.schema.AssetSchema;
import dev.burstgrid.compiler.schema.ModuleCatalog;
import dev.burstgrid.compiler.schema.RecordSchema;
import dev.burstgrid.compiler.schema.RunnerSchema;
import dev.burstgrid.compiler.syntax.Block;

/**
 * Seed-style {@code runner "x" {…}} and {@code asset "x" {…}} manifest blocks. Schemas come
 * from Java modules, so these are only checked: the module must exist and every declared
 * input and output must exist in its records.
 */
final class ManifestCheck {
  private ManifestCheck() {}

  static void check(Block b, ModuleCatalog catalog, Diagnostics diags) {
    if (b.labels().size() != 1) {
      diags.error("grid/block-labels", b.headerRange(), "Invalid " + b.type() + " manifest",
          "A " + b.type() + " manifest block is written " + b.type() + " \"name\" { … }.");
      return;
    }
    String name = b.labels().get(0).value();
    boolean runner = b.type().equals("runner");
    RecordSchema inputs;
    RecordSchema outputs = null;
    if (runner) {
      RunnerSchema schema = catalog.runner(name);
      if (schema == null) {
        unknown(b, name, catalog.runners().keySet(), diags);
        return;
      }
      inputs = schema.input();
      outputs = schema.output();
    } else {
      AssetSchema schema = catalog.asset(name);
      if (schema == null) {
        unknown(b, name, catalog.assets().keySet(), diags);
        return;
      }
      inputs = schema.config();
    }
    for (Block member : b.body().blocks()) {
      if (member.labels().size() != 1) {
        continue;
      }
      String field = member.labels().get(0).value();
      RecordSchema against = switch (member.type()) {
        case "input" -> inputs;
        case "output" -> outputs;
        default -> null;
      };
      if (against != null && against.field(field) == null) {
        diags.error("grid/manifest-mismatch", member.labels().get(0).range(),
            "Manifest does not match module",
            "The " + b.type() + " \"" + name + "\" module has no " + member.type() + " named \"" + field
                + "\"." + DidYouMean.phrase(field, against.names()) + " Its " + member.type() + "s: "
                + String.join(", ", against.names()) + ".");
      }
    }
  }

  private static void unknown(Block b, String name, java.util.Collection<String> known, Diagnostics diags) {
    diags.error("grid/manifest-mismatch", b.labels().get(0).range(), "Manifest for an unknown module",
        "No module provides the " + b.type() + " \"" + name + "\"." + DidYouMean.phrase(name, known)
            + " Manifests are not needed: schemas come from the Java modules on the class path.");
  }

}
