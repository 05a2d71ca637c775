package dev.burstgrid.lang.value;

import java.util.List;

/** One step into a nested value: an attribute, a map key or a list/tuple/set index. */
public sealed interface PathStep {

  /** {@code .name}. */
  record Attribute(String name) implements PathStep {}

  /** {@code ["key"]}. */
  record Key(String key) implements PathStep {}

  /** {@code [2]}. */
  record Element(int index) implements PathStep {}

  /**
   * Renders a path for messages: {@code .headers["x"]}, {@code [0].name}. A path that starts at an
   * element reads {@code element 2} instead of {@code [2]}, as a sentence subject.
   */
  static String format(List<PathStep> path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.size(); i++) {
      PathStep step = path.get(i);
      if (step instanceof Attribute a) {
        sb.append('.').append(a.name());
      } else if (step instanceof Key k) {
        sb.append('[');
        Json.quote(sb, k.key(), false);
        sb.append(']');
      } else if (step instanceof Element e) {
        if (i == 0) {
          sb.append("element ").append(e.index());
        } else {
          sb.append('[').append(e.index()).append(']');
        }
      }
    }
    return sb.toString();
  }
}
