package dev.burstgrid.compiler.eval;

import dev.burstgrid.lang.value.Value;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The names an expression can see: root variables ({@code var}, {@code step}, …) and, in child
 * scopes, the symbols of enclosing {@code for} expressions and the current element of a splat.
 * Immutable; children shadow their parents.
 */
public final class Scope {
  private static final Scope EMPTY = new Scope(null, Map.of(), null);

  private final Scope parent;
  private final Map<String, Value> variables;
  private final Value splatItem;

  private Scope(Scope parent, Map<String, Value> variables, Value splatItem) {
    this.parent = parent;
    this.variables = variables;
    this.splatItem = splatItem;
  }

  /** A scope with no variables: every reference is an error. */
  public static Scope empty() {
    return EMPTY;
  }

  public static Scope root(Map<String, Value> variables) {
    return new Scope(null, new TreeMap<>(variables), null);
  }

  /** A nested scope adding (or shadowing) {@code variables}. */
  public Scope child(Map<String, Value> variables) {
    return new Scope(this, new TreeMap<>(variables), null);
  }

  /** A nested scope in which {@code item} is the current splat element. */
  public Scope withSplatItem(Value item) {
    return new Scope(this, Map.of(), item);
  }

  /** The nearest variable named {@code name}, or null when none is visible. */
  public Value lookup(String name) {
    for (Scope s = this; s != null; s = s.parent) {
      Value v = s.variables.get(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The element the innermost splat is visiting, or null outside a splat. */
  public Value splatItem() {
    for (Scope s = this; s != null; s = s.parent) {
      if (s.splatItem != null) {
        return s.splatItem;
      }
    }
    return null;
  }

  /** Every visible variable name, for "did you mean" suggestions. */
  public Set<String> names() {
    Set<String> names = new TreeSet<>();
    for (Scope s = this; s != null; s = s.parent) {
      names.addAll(s.variables.keySet());
    }
    return names;
  }
}
