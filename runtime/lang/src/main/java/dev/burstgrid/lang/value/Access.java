package dev.burstgrid.lang.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HCL's attribute access ({@code v.name}) and index operator ({@code v[key]}), shared by the
 * evaluator and generated code. Lists and tuples take whole-number indexes, maps and objects string
 * keys (other keys are converted); an unknown target or key gives an unknown result of the best
 * type known.
 */
public final class Access {
  private Access() {}

  /** {@code target.name}; marked when {@code target} is. */
  public static Value getAttr(Value target, String name) throws AccessException {
    if (target instanceof Value.Sensitive s) {
      return Value.sensitive(getAttr(s.value(), name));
    }
    if (target.isNull()) {
      throw new AccessException(
          "Attempt to get attribute from null value",
          "This value is null, so it does not have any attributes.");
    }
    if (target instanceof Value.ObjectValue known && known.attributes().containsKey(name)) {
      // Without computing the whole object's type: a grid's step root has thousands of entries.
      return known.attributes().get(name);
    }
    Type type = target.type();
    if (type == Type.ANY) {
      return Value.unknown(Type.ANY);
    }
    if (type instanceof Type.ObjectOf o) {
      Type attr = o.attributes().get(name);
      if (attr == null) {
        throw new AccessException(
            "Unsupported attribute",
            "This object does not have an attribute named \"" + name + "\".",
            name,
            new ArrayList<>(o.attributes().keySet()));
      }
      return target.isKnown()
          ? ((Value.ObjectValue) target).attributes().get(name)
          : Value.unknown(attr);
    }
    if (type instanceof Type.MapOf m) {
      if (!target.isKnown()) {
        return Value.unknown(m.element());
      }
      Map<String, Value> entries = ((Value.MapValue) target).entries();
      Value v = entries.get(name);
      if (v == null) {
        throw new AccessException(
            "Missing map element",
            "This map does not have an element with the key \"" + name + "\".",
            name,
            new ArrayList<>(entries.keySet()));
      }
      return v;
    }
    if (type instanceof Type.Primitive) {
      throw new AccessException(
          "Unsupported attribute",
          "Can't access attributes on a primitive-typed value (" + type.friendlyName() + ").");
    }
    throw new AccessException(
        "Unsupported attribute",
        "This value does not have any attributes; it is "
            + Types.withArticle(type)
            + ". Use an index like [0] to select an element.");
  }

  /** {@code target[key]}; marked when {@code target} or {@code key} is. */
  public static Value index(Value target, Value key) throws AccessException {
    if (target instanceof Value.Sensitive || key instanceof Value.Sensitive) {
      return Value.sensitive(index(Marks.unmark(target), Marks.unmark(key)));
    }
    if (target.isNull()) {
      throw new AccessException(
          "Attempt to index null value", "This value is null, so it does not have any indices.");
    }
    if (key.isNull()) {
      throw new AccessException("Invalid index", "Can't use a null value as an indexing key.");
    }
    Type type = target.type();
    if (type == Type.ANY) {
      return Value.unknown(Type.ANY);
    }
    if (type instanceof Type.ListOf || type instanceof Type.TupleOf) {
      return sequenceIndex(target, key);
    }
    if (type instanceof Type.MapOf || type instanceof Type.ObjectOf) {
      return keyIndex(target, key);
    }
    if (type instanceof Type.SetOf) {
      throw new AccessException(
          "Invalid index",
          "Elements of a set are identified only by their value and don't have any separate index"
              + " or key to select with, so it's only possible to perform operations across all"
              + " elements of the set.");
    }
    throw new AccessException("Invalid index", "This value does not have any indices.");
  }

  private static Value sequenceIndex(Value target, Value key) throws AccessException {
    Type elementType = target.type() instanceof Type.ListOf l ? l.element() : null;
    Value k;
    try {
      k = Convert.to(key, Type.NUMBER);
    } catch (ConversionException e) {
      throw new AccessException(
          "Invalid index",
          "The given key does not identify an element in this collection value: a number is"
              + " required.");
    }
    if (!k.isKnown()) {
      return Value.unknown(elementType == null ? Type.ANY : elementType);
    }
    BigDecimal n = ((Value.Num) k).value();
    if (n.signum() < 0) {
      throw new AccessException(
          "Invalid index",
          "The given key does not identify an element in this collection value: a negative number"
              + " is not a valid index for a sequence.");
    }
    if (n.stripTrailingZeros().scale() > 0) {
      throw new AccessException(
          "Invalid index",
          "The given key does not identify an element in this collection value: indexing a"
              + " sequence requires a whole number, not "
              + Json.formatNumber(n)
              + ".");
    }
    if (!target.isKnown()) {
      if (elementType != null) {
        return Value.unknown(elementType);
      }
      List<Type> elems = ((Type.TupleOf) target.type()).elements();
      if (n.compareTo(BigDecimal.valueOf(elems.size())) >= 0) {
        throw outOfRange(n, elems.size());
      }
      return Value.unknown(elems.get(n.intValueExact()));
    }
    List<Value> items =
        target instanceof Value.ListValue l ? l.elements() : ((Value.TupleValue) target).elements();
    if (n.compareTo(BigDecimal.valueOf(items.size())) >= 0) {
      throw outOfRange(n, items.size());
    }
    return items.get(n.intValueExact());
  }

  private static AccessException outOfRange(BigDecimal n, int size) {
    String has =
        size == 0 ? "it is empty" : "it has " + size + (size == 1 ? " element" : " elements");
    return new AccessException(
        "Invalid index",
        "The given key does not identify an element in this collection value: index "
            + Json.formatNumber(n)
            + " is out of range ("
            + has
            + ").");
  }

  private static Value keyIndex(Value target, Value key) throws AccessException {
    Value k;
    try {
      k = Convert.to(key, Type.STRING);
    } catch (ConversionException e) {
      throw new AccessException(
          "Invalid index",
          "The given key does not identify an element in this collection value: a string is"
              + " required.");
    }
    Type type = target.type();
    if (!k.isKnown()) {
      return Value.unknown(type instanceof Type.MapOf m ? m.element() : Type.ANY);
    }
    String name = ((Value.Str) k).value();
    if (!target.isKnown()) {
      if (type instanceof Type.MapOf m) {
        return Value.unknown(m.element());
      }
      Type attr = ((Type.ObjectOf) type).attributes().get(name);
      if (attr == null) {
        throw missingKey(name, ((Type.ObjectOf) type).attributes().keySet());
      }
      return Value.unknown(attr);
    }
    Map<String, Value> entries =
        target instanceof Value.MapValue m
            ? m.entries()
            : ((Value.ObjectValue) target).attributes();
    Value v = entries.get(name);
    if (v == null) {
      throw missingKey(name, entries.keySet());
    }
    return v;
  }

  private static AccessException missingKey(String name, java.util.Collection<String> keys) {
    return new AccessException(
        "Invalid index",
        "The given key does not identify an element in this collection value: there is no key \""
            + name
            + "\".",
        name,
        new ArrayList<>(keys));
  }
}
