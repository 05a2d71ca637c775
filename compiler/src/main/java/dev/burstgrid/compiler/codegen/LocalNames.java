package dev.burstgrid.compiler.codegen;

import java.util.HashSet;
import java.util.Set;

/**
 * Names of the locals of one generated method: the wanted name when it is free, else the name
 * with a number. Names taken by the class (its fields) are shared by every method, so making one
 * of these costs nothing per field.
 */
final class LocalNames {
  private final Set<String> taken;
  private final Set<String> used = new HashSet<>();

  LocalNames(Set<String> taken) {
    this.taken = taken;
  }

  /** {@code wanted} (a Java identifier), or {@code wanted2}, {@code wanted3} … when it is taken. */
  String newName(String wanted) {
    String name = wanted;
    for (int n = 2; taken.contains(name) || !used.add(name); n++) {
      name = wanted + n;
    }
    return name;
  }
}
