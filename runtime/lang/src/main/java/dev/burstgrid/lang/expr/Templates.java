package dev.burstgrid.lang.expr;

import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Marks;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Types;
import dev.burstgrid.lang.value.Value;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * String templates ({@code "a ${x} %{if c}b%{endif}"}). Rendered pieces are Java strings, null
 * standing for "not known yet"; {@link #value} turns the joined text into a value. Each rule here
 * is the one the compile-time evaluator applies too.
 */
public final class Templates {
  private Templates() {}

  /**
   * The text an interpolated value contributes, or null when it is not known.
   *
   * @throws ExprException for a null value or one that does not convert to a string
   */
  public static String text(Value v) {
    if (v.isNull()) {
      throw new ExprException(
          "Invalid template interpolation value",
          "The expression result is null. Cannot include a null value in a string template.");
    }
    if (!v.isKnown()) {
      return null;
    }
    try {
      return ((Value.Str) Convert.to(v, Type.STRING)).value();
    } catch (ConversionException e) {
      throw new ExprException(
          "Invalid template interpolation value",
          "Cannot include the given value in a string template: "
              + Types.withArticle(v.type())
              + " cannot be converted to a string. Convert it explicitly, for example with"
              + " jsonencode(...).");
    }
  }

  /**
   * The branch an {@code %{if}} directive takes, or null when the condition is not known.
   *
   * @throws ExprException for a null or non-bool condition
   */
  public static Boolean condition(Value c) {
    if (c.isNull()) {
      throw new ExprException(
          "Invalid template if condition",
          "The condition value is null. Conditions must either be true or false.");
    }
    Value b;
    try {
      b = Convert.to(c, Type.BOOL);
    } catch (ConversionException e) {
      throw new ExprException(
          "Invalid template if condition",
          "The condition must be of type bool, not " + Types.describe(c.type()) + ".");
    }
    return b.isKnown() ? ((Value.Bool) b).value() : null;
  }

  /**
   * Checks the collection of a {@code %{for}} directive.
   *
   * @throws ExprException for null or a value that cannot be iterated
   */
  public static void checkCollection(Value coll) {
    if (coll.isNull()) {
      throw new ExprException(
          "Invalid template for directive", "Cannot iterate over a null value.");
    }
    if (!Iteration.iterable(coll.type()) && coll.type() != Type.ANY) {
      throw new ExprException(
          "Invalid template for directive",
          "A value of type "
              + coll.type().friendlyName()
              + " cannot be used as the collection in"
              + " a template 'for' directive; a list, set, tuple, map or object is required.");
    }
  }

  /** The template's result: the text as a string value, or an unknown string for null. */
  public static Value value(String rendered) {
    return rendered == null ? Value.unknown(Type.STRING) : Value.string(rendered);
  }

  /** The pieces joined, or null when any is null (not known). */
  public static String join(String... pieces) {
    StringBuilder sb = new StringBuilder();
    for (String p : pieces) {
      if (p == null) {
        return null;
      }
      sb.append(p);
    }
    return sb.toString();
  }

  /**
   * {@code ${v}} at {@code at} as a string value that keeps {@code v}'s sensitivity (for a
   * template whose result is a value: {@link #concat} joins these).
   */
  public static Value interpolateValue(Value v, String at) {
    String text = interpolate(v, at);
    Value s = text == null ? Value.unknown(Type.STRING) : Value.string(text);
    return Marks.carry(s, v);
  }

  /** The parts joined into one string value: unknown when any is, sensitive when any is. */
  public static Value concat(Value... parts) {
    StringBuilder sb = new StringBuilder();
    boolean marked = false;
    for (Value p : parts) {
      if (!p.isKnown()) {
        return Value.unknown(Type.STRING);
      }
      marked |= Marks.isMarked(p);
      sb.append(((Value.Str) Marks.unmark(p)).value());
    }
    Value s = Value.string(sb.toString());
    return marked ? Value.sensitive(s) : s;
  }

  /** {@code ${v}} at {@code at} ({@code file:line:col}). */
  public static String interpolate(Value v, String at) {
    try {
      return text(v);
    } catch (ExprException e) {
      throw e.at(at);
    }
  }

  /** {@code %{if cond}whenTrue%{else}whenFalse%{endif}}. */
  public static String ifElse(
      Value cond, String at, Supplier<String> whenTrue, Supplier<String> whenFalse) {
    Boolean c;
    try {
      c = condition(cond);
    } catch (ExprException e) {
      throw e.at(at);
    }
    if (c == null) {
      return null;
    }
    return c ? whenTrue.get() : whenFalse.get();
  }

  /** {@code %{for k, v in coll}body%{endfor}}: the body rendered once per entry. */
  public static String forEach(Value coll, String at, BiFunction<Value, Value, String> body) {
    try {
      checkCollection(coll);
    } catch (ExprException e) {
      throw e.at(at);
    }
    if (!coll.isKnown()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    boolean known = true;
    for (Iteration.Entry e : Iteration.entries(coll)) {
      String piece = body.apply(e.key(), e.value());
      if (piece == null) {
        known = false;
      } else {
        sb.append(piece);
      }
    }
    return known ? sb.toString() : null;
  }
}
