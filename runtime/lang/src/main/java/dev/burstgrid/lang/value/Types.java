package dev.burstgrid.lang.value;

/** Small questions about types that conversion and unification share. */
public final class Types {
  private Types() {}

  /** True when {@code any} appears anywhere inside {@code t}. */
  public static boolean hasDynamic(Type t) {
    if (t == Type.ANY) {
      return true;
    }
    if (t instanceof Type.ListOf l) {
      return hasDynamic(l.element());
    }
    if (t instanceof Type.SetOf s) {
      return hasDynamic(s.element());
    }
    if (t instanceof Type.MapOf m) {
      return hasDynamic(m.element());
    }
    if (t instanceof Type.ObjectOf o) {
      return o.attributes().values().stream().anyMatch(Types::hasDynamic);
    }
    if (t instanceof Type.TupleOf tu) {
      return tu.elements().stream().anyMatch(Types::hasDynamic);
    }
    return false;
  }

  /**
   * How messages name a type: {@code string}, {@code list of number}, {@code object}. Shorter than
   * {@link Type#friendlyName()} for structural types, as cty's messages are.
   */
  public static String describe(Type t) {
    if (t instanceof Type.ListOf l) {
      return "list of " + describe(l.element());
    }
    if (t instanceof Type.SetOf s) {
      return "set of " + describe(s.element());
    }
    if (t instanceof Type.MapOf m) {
      return "map of " + describe(m.element());
    }
    if (t instanceof Type.ObjectOf) {
      return "object";
    }
    if (t instanceof Type.TupleOf) {
      return "tuple";
    }
    if (t == Type.ANY) {
      return "any value";
    }
    return t.friendlyName();
  }

  /** {@code a string}, {@code an object}: for "… required" and "… is not …" messages. */
  public static String withArticle(Type t) {
    String d = describe(t);
    if (t == Type.ANY) {
      return d;
    }
    return (d.startsWith("o") ? "an " : "a ") + d;
  }
}
