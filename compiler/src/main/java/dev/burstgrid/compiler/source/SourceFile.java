package dev.burstgrid.compiler.source;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The text of one grid file and a line index over it, so positions can be computed from
 * offsets and source lines shown under diagnostics. Identity-compared: two files with the
 * same text are still two files.
 */
public final class SourceFile {
  private final String displayName;
  private final String rootName;
  private final Path path;
  private final String text;
  private final int[] lineStarts;

  public SourceFile(String displayName, Path path, String text) {
    this(displayName, displayName, path, text);
  }

  /**
   * @param displayName the path as the user gave it, for diagnostics
   * @param rootName the path relative to the grid's root (the file itself, or the directory
   *     given), with {@code /} separators: what generated code and built jars carry
   */
  public SourceFile(String displayName, String rootName, Path path, String text) {
    this.displayName = displayName;
    this.rootName = rootName;
    this.path = path;
    this.text = text;
    this.lineStarts = indexLines(text);
  }

  /** A file that exists only in memory (tests, {@code bggoc eval}). */
  public static SourceFile of(String displayName, String text) {
    return new SourceFile(displayName, null, text);
  }

  private static int[] indexLines(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  public String displayName() {
    return displayName;
  }

  /** The path relative to the grid's root, e.g. {@code grid.hcl} or {@code sub/a.hcl}. */
  public String rootName() {
    return rootName;
  }

  /** The file on disk, or null for an in-memory file. */
  public Path path() {
    return path;
  }

  public String text() {
    return text;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** The position of a UTF-16 offset (0..length inclusive). */
  public Pos posAt(int offset) {
    int idx = Arrays.binarySearch(lineStarts, offset);
    int line = idx >= 0 ? idx : -idx - 2;
    int lineStart = lineStarts[line];
    int column = 1 + text.codePointCount(lineStart, Math.min(offset, text.length()));
    return new Pos(line + 1, column, offset);
  }

  /** The UTF-8 byte offset of a UTF-16 offset, as HCL tools report positions. */
  public int byteOffset(int offset) {
    int bytes = 0;
    for (int i = 0; i < offset; ) {
      int cp = text.codePointAt(i);
      bytes += utf8Length(cp);
      i += Character.charCount(cp);
    }
    return bytes;
  }

  private static int utf8Length(int cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }

  public Range range(int startOffset, int endOffset) {
    return new Range(this, posAt(startOffset), posAt(endOffset));
  }

  /** Line {@code line} (1-based) without its line terminator. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(start, Math.max(start, end));
  }

  @Override
  public String toString() {
    return displayName;
  }
}
