package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.schema.FieldSchema;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Durations;
import dev.burstgrid.lang.value.Value;

/**
 * Checks an argument's value (possibly partly unknown) against its schema field with cty's
 * conversion rules, and a known duration string against Go duration syntax (never negative).
 */
public final class ArgumentChecker {
  private ArgumentChecker() {}

  /** The value converted to the field's type, or null after reporting why it cannot be. */
  public static Value check(Attribute a, Value value, FieldSchema field, String owner, Diagnostics diags) {
    Value converted;
    try {
      converted = Convert.to(value, field.type());
    } catch (ConversionException e) {
      String why = e.pathString().isEmpty()
          ? "the value given is " + article(value.type().friendlyName()) + "."
          : "at " + a.name() + e.pathString() + ": " + e.reason() + ".";
      diags.error("type/argument-mismatch", a.expr().range(), "Incorrect argument type",
          "Argument \"" + a.name() + "\" of " + owner + " needs " + article(field.type().friendlyName())
              + ", but " + why);
      return null;
    }
    if (field.isDuration() && converted instanceof Value.Str s) {
      try {
        if (Durations.parse(s.value()).isNegative()) {
          diags.error("type/negative-duration", a.expr().range(), "Invalid duration",
              "Argument \"" + a.name() + "\" of " + owner + " must not be negative, but is \"" + s.value()
                  + "\". Write a duration of zero or more, such as \"5s\".");
          return null;
        }
      } catch (IllegalArgumentException e) {
        diags.error("type/invalid-duration", a.expr().range(), "Invalid duration",
            "Argument \"" + a.name() + "\" of " + owner + " must be a duration: " + e.getMessage());
        return null;
      }
    }
    if (converted.isNull() && field.required()) {
      diags.error("type/null-argument", a.expr().range(), "Required argument is null",
          "Argument \"" + a.name() + "\" of " + owner + " is required and cannot be null.");
      return null;
    }
    return converted;
  }

  private static String article(String typeName) {
    return (typeName.matches("^[aeiou].*") ? "an " : "a ") + typeName;
  }
}
