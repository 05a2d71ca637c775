package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.syntax.Block;
import dev.burstgrid.compiler.syntax.HclParser;

/**
 * Rule {@code grid/invalid-name}: the labels of a block (runner or asset type, step, resource,
 * variable and output names) must be HCL identifiers, as the references that name them are.
 * {@code step "print" "x y"} could never be referred to, and a name is also how the block
 * appears in logs and generated code.
 */
final class LabelNames {
  static final String CODE = "grid/invalid-name";

  private LabelNames() {}

  /** Reports each label of {@code b} that is not an identifier; true when all are. */
  static boolean check(Block b, Diagnostics diags) {
    boolean ok = true;
    for (Block.Label label : b.labels()) {
      if (!HclParser.isIdentifier(label.value())) {
        ok = false;
        diags.error(CODE, label.range(), "Invalid " + b.type() + " label",
            (label.value().isEmpty() ? "The label is empty." : "\"" + printable(label.value()) + "\" is not a name.")
                + " A label must start with a letter or an underscore and hold only letters, digits,"
                + " underscores and dashes, for example \"fetch_users\".");
      }
    }
    return ok;
  }

  /** The label with control and other invisible characters shown as escapes. */
  private static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
          || Character.getType(c) == Character.PARAGRAPH_SEPARATOR || Character.getType(c) == Character.FORMAT) {
        sb.append(String.format("\\u%04X", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }
}
