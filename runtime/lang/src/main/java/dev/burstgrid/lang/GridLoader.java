package dev.burstgrid.lang;

import dev.burstgrid.lang.load.GridLoad;
import dev.burstgrid.lang.value.Value;
import java.util.Map;

/** A compiled grid under load: what {@code load(variables)} of a generated class does. */
@FunctionalInterface
public interface GridLoader {
  /** @throws IllegalArgumentException when {@code variables} or a scenario option do not fit */
  GridLoad load(Map<String, Value> variables);
}
