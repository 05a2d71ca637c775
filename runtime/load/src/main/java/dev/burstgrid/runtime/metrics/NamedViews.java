package dev.burstgrid.runtime.metrics;

/**
 * A step's metric views by name. Runners ask with the same few string constants on every call,
 * so scanning a short array by identity is cheaper than hashing; equal names that are not the
 * same string are found on a second scan. Reads take no lock; additions copy the array.
 */
final class NamedViews<V> {
  private volatile Object[] entries = new Object[0]; // name, view, name, view, …

  /** The view named {@code name}, or null. */
  @SuppressWarnings("unchecked")
  V get(String name) {
    Object[] e = entries;
    for (int i = 0; i < e.length; i += 2) {
      if (e[i] == name) {
        return (V) e[i + 1];
      }
    }
    for (int i = 0; i < e.length; i += 2) {
      if (name.equals(e[i])) {
        return (V) e[i + 1];
      }
    }
    return null;
  }

  /** Adds {@code view} under {@code name} unless one is there already; returns the one kept. */
  synchronized V add(String name, V view) {
    V existing = get(name);
    if (existing != null) {
      return existing;
    }
    Object[] e = entries;
    Object[] grown = java.util.Arrays.copyOf(e, e.length + 2);
    grown[e.length] = name;
    grown[e.length + 1] = view;
    entries = grown;
    return view;
  }
}
