package dev.burstgrid.modules.http;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An unmodifiable map built the first time it is read. A response's header maps are outputs
 * most grids never read; under load, building them for every response costs more than the rest
 * of reading it.
 */
final class LazyMap<K, V> extends AbstractMap<K, V> {
  private final Supplier<Map<K, V>> build;
  private volatile Map<K, V> built;

  LazyMap(Supplier<Map<K, V>> build) {
    this.build = build;
  }

  private Map<K, V> map() {
    Map<K, V> m = built;
    if (m == null) {
      m = build.get(); // two first readers may both build it: the results are equal
      built = m;
    }
    return m;
  }

  @Override
  public Set<Entry<K, V>> entrySet() {
    return map().entrySet();
  }

  @Override
  public V get(Object key) {
    return map().get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return map().containsKey(key);
  }

  @Override
  public int size() {
    return map().size();
  }
}
