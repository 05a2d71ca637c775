package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.schema.FieldSchema;
import dev.burstgrid.compiler.schema.RecordSchema;
import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.lang.ArgumentCheck;
import dev.burstgrid.lang.CheckedBy;
import dev.burstgrid.lang.function.FunctionCalls;
import dev.burstgrid.lang.value.Value;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the {@link ArgumentCheck} an arguments record names ({@link CheckedBy}) on the arguments
 * known before the run: each problem is a diagnostic at the argument at fault, or at the block when
 * that argument was left out (its default is to blame).
 */
public final class RecordChecks {
  private RecordChecks() {}

  /**
   * @param given the arguments written, each with its value converted to its field's type, or null
   *     when that value is not known before the run (or already reported as wrong)
   */
  public static void check(RecordSchema schema, String owner, Map<String, Attribute> args,
      Map<String, Value> given, Range block, Diagnostics diags) {
    CheckedBy checkedBy = schema.recordClass().getAnnotation(CheckedBy.class);
    if (checkedBy == null) {
      return;
    }
    Map<String, Value> known = new HashMap<>();
    for (FieldSchema f : schema.fields()) {
      if (args.containsKey(f.name())) {
        Value v = given.get(f.name());
        if (v != null && FunctionCalls.isWhollyKnown(v)) {
          known.put(f.name(), v);
        }
      } else {
        known.put(f.name(), f.defaultValue() != null ? f.defaultValue() : Value.nullOf(f.type()));
      }
    }
    ArgumentCheck check;
    try {
      check = checkedBy.value().getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      diags.error("module/invalid-check", block, "Broken argument check",
          checkedBy.value().getName() + " cannot be created: " + e + ". Its module needs fixing.");
      return;
    }
    try {
      check.check(known, (argument, message) -> {
        Attribute a = args.get(argument);
        diags.error("grid/invalid-argument", a != null ? a.expr().range() : block, "Invalid argument",
            "Argument \"" + argument + "\" of " + owner + (a != null ? "" : " (its default)") + ": " + message);
      });
    } catch (RuntimeException e) {
      diags.error("module/invalid-check", block, "Broken argument check",
          checkedBy.value().getName() + " failed on " + owner + ": " + e + ". Its module needs fixing.");
    }
  }
}
