package dev.burstgrid.runtime.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of the summary as k6 aligns them: a label padded with dots, then cells in columns of
 * the width of their widest cell.
 *
 * <pre>
 *     iterations..........: 1000   99.90/s
 *     iteration_duration..: avg=1.2ms  min=850µs
 * </pre>
 */
final class SummaryTable {

  private final List<String> labels = new ArrayList<>();
  private final List<List<String>> cells = new ArrayList<>();
  private final List<String> groups = new ArrayList<>();

  /** A row; columns line up among the rows of one {@code group} (say, all trends). */
  void row(String label, String group, List<String> rowCells) {
    labels.add(label);
    groups.add(group);
    cells.add(rowCells);
  }

  boolean isEmpty() {
    return labels.isEmpty();
  }

  int labelWidth() {
    int w = 0;
    for (String l : labels) {
      w = Math.max(w, l.length());
    }
    return w;
  }

  /** Writes each row, its label dotted out to {@code labelWidth} + 3. */
  void render(StringBuilder out, String indent, int labelWidth) {
    java.util.Map<String, List<Integer>> widthsByGroup = new java.util.HashMap<>();
    for (int r = 0; r < cells.size(); r++) {
      List<String> row = cells.get(r);
      List<Integer> widths = widthsByGroup.computeIfAbsent(groups.get(r), g -> new ArrayList<>());
      for (int i = 0; i < row.size(); i++) {
        if (widths.size() <= i) {
          widths.add(0);
        }
        widths.set(i, Math.max(widths.get(i), row.get(i).length()));
      }
    }
    for (int r = 0; r < labels.size(); r++) {
      List<Integer> widths = widthsByGroup.get(groups.get(r));
      String label = labels.get(r);
      StringBuilder line = new StringBuilder(indent).append(label).append(".".repeat(labelWidth + 3 - label.length())).append(':');
      List<String> row = cells.get(r);
      for (int i = 0; i < row.size(); i++) {
        line.append(' ').append(row.get(i));
        if (i < row.size() - 1) {
          line.append(" ".repeat(widths.get(i) - row.get(i).length() + 1));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
