package dev.burstgrid.runtime.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts iteration failures by step and message for the summary. Holds at most {@link #LIMIT}
 * distinct failures (messages that carry an id would otherwise grow without end); the rest are
 * counted together.
 */
final class ErrorTally {

  static final int LIMIT = 20;

  private record Key(String address, String location, String message) {}

  private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();
  private final LongAdder others = new LongAdder();

  void add(String address, String location, String message) {
    Key key = new Key(address, location, message);
    LongAdder n = counts.get(key);
    if (n == null) {
      if (counts.size() >= LIMIT) {
        others.increment();
        return;
      }
      n = counts.computeIfAbsent(key, k -> new LongAdder());
    }
    n.increment();
  }

  List<LoadResult.ErrorCount> top() {
    List<LoadResult.ErrorCount> out = new ArrayList<>();
    counts.forEach((k, n) -> out.add(new LoadResult.ErrorCount(k.address(), k.location(), k.message(), n.sum())));
    out.sort(Comparator.comparingLong(LoadResult.ErrorCount::count).reversed());
    if (others.sum() > 0) {
      out.add(new LoadResult.ErrorCount("", "", "other failures", others.sum()));
    }
    return out;
  }
}
