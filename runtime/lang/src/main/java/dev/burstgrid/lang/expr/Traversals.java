package dev.burstgrid.lang.expr;

import dev.burstgrid.lang.value.Access;
import dev.burstgrid.lang.value.AccessException;
import dev.burstgrid.lang.value.Value;

/** Attribute and index steps ({@code v.name}, {@code v[key]}) for generated code. */
public final class Traversals {
  private Traversals() {}

  /** {@code target.name} at {@code at} ({@code file:line:col}). */
  public static Value attr(Value target, String name, String at) {
    try {
      return Access.getAttr(target, name);
    } catch (AccessException e) {
      throw failure(e).at(at);
    }
  }

  /** {@code target[key]} at {@code at}. */
  public static Value index(Value target, Value key, String at) {
    try {
      return Access.index(target, key);
    } catch (AccessException e) {
      throw failure(e).at(at);
    }
  }

  /** An access failure as an expression failure; names the available ones when known. */
  private static ExprException failure(AccessException e) {
    String detail = e.getMessage();
    if (e.missing() != null && !e.available().isEmpty() && e.available().size() <= 20) {
      detail += " Available: " + String.join(", ", e.available()) + ".";
    }
    return new ExprException(e.summary(), detail);
  }
}
