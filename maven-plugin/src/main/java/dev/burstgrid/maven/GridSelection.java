package dev.burstgrid.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which grids a goal works on, from {@code bggo.grids}: comma-separated names or {@code *}
 * patterns to include, and {@code !name} to exclude. Empty means every grid.
 */
final class GridSelection {
  private final List<Pattern> includes = new ArrayList<>();
  private final List<Pattern> excludes = new ArrayList<>();

  GridSelection(String spec) {
    if (spec == null) {
      return;
    }
    for (String part : spec.split(",")) {
      String p = part.strip();
      if (p.startsWith("!")) {
        excludes.add(glob(p.substring(1).strip()));
      } else if (!p.isEmpty()) {
        includes.add(glob(p));
      }
    }
  }

  boolean includes(String gridName) {
    boolean in = includes.isEmpty() || includes.stream().anyMatch(p -> p.matcher(gridName).matches());
    return in && excludes.stream().noneMatch(p -> p.matcher(gridName).matches());
  }

  List<GridDirectory.Grid> filter(List<GridDirectory.Grid> grids) {
    return grids.stream().filter(g -> includes(g.name())).toList();
  }

  private static Pattern glob(String s) {
    List<String> literals = new ArrayList<>();
    for (String literal : s.split("\\*", -1)) {
      literals.add(Pattern.quote(literal));
    }
    return Pattern.compile(String.join(".*", literals));
  }
}
