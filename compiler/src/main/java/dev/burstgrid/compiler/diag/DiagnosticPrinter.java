package dev.burstgrid.compiler.diag;

import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.compiler.source.SourceFile;
import java.util.List;

/**
 * Renders diagnostics for people:
 *
 * <pre>
 * Error: Unknown argument
 *
 *   on grid.hcl line 3, in step "http_request" "first":
 *    3:     ulr = "http://x"
 *              ^^^
 *
 * An argument named "ulr" is not expected here. Did you mean "url"?
 * </pre>
 *
 * The first line of each diagnostic is {@code file:line:col: Error: summary} so editors and
 * grep can jump to it.
 */
public final class DiagnosticPrinter {
  private static final int MAX_SHOWN_LINES = 3;
  /** Columns of a long source line shown around the subject. */
  private static final int MAX_SHOWN_COLUMNS = 160;

  private DiagnosticPrinter() {}

  public static String render(List<Diagnostic> diagnostics) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      render(sb, d);
    }
    return sb.toString();
  }

  public static void render(StringBuilder sb, Diagnostic d) {
    Range subject = d.subject();
    if (subject != null) {
      sb.append(subject.location()).append(": ");
    }
    sb.append(d.severity().label()).append(": ").append(d.summary()).append('\n');
    if (subject != null) {
      snippet(sb, subject);
    }
    if (d.detail() != null && !d.detail().isEmpty()) {
      sb.append('\n');
      for (String line : d.detail().split("\n", -1)) {
        sb.append("  ").append(line).append('\n');
      }
    }
    sb.append('\n');
  }

  private static void snippet(StringBuilder sb, Range r) {
    SourceFile file = r.file();
    int first = r.start().line();
    int last = Math.min(r.end().line(), first + MAX_SHOWN_LINES - 1);
    // A range ending at column 1 of the next line does not show that line.
    if (last > first && r.end().column() == 1 && last == r.end().line()) {
      last--;
    }
    int width = String.valueOf(last).length();
    sb.append('\n');
    for (int line = first; line <= last && line <= file.lineCount(); line++) {
      String full = printable(file.lineText(line));
      int length = full.codePointCount(0, full.length());
      int from = line == first ? r.start().column() : 1;
      int to = line == r.end().line() ? r.end().column() : length + 1;
      // A long line shows a window that starts a little before the subject.
      int start = length <= MAX_SHOWN_COLUMNS ? 0 : Math.max(0, Math.min(from - 1 - 20, length - MAX_SHOWN_COLUMNS));
      int end = Math.min(length, start + MAX_SHOWN_COLUMNS);
      String head = start > 0 ? "…" : "";
      String text = head + full.substring(full.offsetByCodePoints(0, start), full.offsetByCodePoints(0, end))
          + (end < length ? "…" : "");
      sb.append("  ").append(pad(line, width)).append(" | ").append(text).append('\n');
      int shownFrom = Math.max(from - start, 1) + head.length();
      int carets = Math.max(1, Math.min(to - start, end - start + 1) + head.length() - shownFrom);
      sb.append("  ").append(" ".repeat(width)).append(" | ");
      sb.append(leadingWhitespace(text, shownFrom - 1)).append("^".repeat(carets)).append('\n');
    }
  }

  /** The first {@code columns} code points of {@code text}, tabs kept so carets line up. */
  private static String leadingWhitespace(String text, int columns) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (int col = 0; col < columns; col++) {
      if (i < text.length()) {
        int cp = text.codePointAt(i);
        sb.append(cp == '\t' ? '\t' : ' ');
        i += Character.charCount(cp);
      } else {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  /** Control characters (binary input) are shown as U+FFFD so the terminal stays sane. */
  private static String printable(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .forEach(cp -> sb.appendCodePoint(cp != '\t' && (cp < 0x20 || cp == 0x7f) ? 0xFFFD : cp));
    return sb.toString();
  }

  private static String pad(int n, int width) {
    String s = String.valueOf(n);
    return " ".repeat(width - s.length()) + s;
  }
}
