package dev.burstgrid.modules.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The parsed form of strings a load test sends or receives again and again — request URLs,
 * {@code Content-Type} headers — so each is parsed once rather than on every request. Bounded:
 * once full it parses without keeping, so per-request URLs (a query string per user) cannot grow
 * it without limit. Parsers return null for input they reject; nulls are never kept.
 */
final class ParseCache<V> {
  private final Map<String, V> parsed = new ConcurrentHashMap<>();
  private final int capacity;
  private final Function<String, V> parser;

  ParseCache(int capacity, Function<String, V> parser) {
    this.capacity = capacity;
    this.parser = parser;
  }

  V get(String text) {
    V value = parsed.get(text);
    if (value != null) {
      return value;
    }
    value = parser.apply(text);
    if (value != null && parsed.size() < capacity) {
      parsed.putIfAbsent(text, value);
    }
    return value;
  }
}
