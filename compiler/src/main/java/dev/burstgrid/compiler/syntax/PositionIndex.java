package dev.burstgrid.compiler.syntax;

import dev.burstgrid.compiler.source.Pos;
import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.compiler.source.SourceFile;
import java.util.Arrays;

/**
 * Turns offsets into positions in O(log lines): lines without surrogate pairs (almost all)
 * get their column by subtraction, so even one huge line costs no rescans.
 */
final class PositionIndex {
  private final SourceFile file;
  private final String text;
  private final int[] lineStarts;
  private final boolean[] hasSurrogates;
  // Last column computed on a line with surrogates; queries mostly move forward, so counting
  // on from here keeps a long line with many tokens linear.
  private int cachedLine = -1;
  private int cachedOffset;
  private int cachedColumn;

  PositionIndex(SourceFile file) {
    this.file = file;
    this.text = file.text();
    int[] starts = new int[64];
    boolean[] surrogates = new boolean[64];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          surrogates = Arrays.copyOf(surrogates, n * 2);
        }
        starts[n++] = i + 1;
      } else if (Character.isSurrogate(c)) {
        surrogates[n - 1] = true;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
    this.hasSurrogates = Arrays.copyOf(surrogates, n);
  }

  SourceFile file() {
    return file;
  }

  Pos pos(int offset) {
    int idx = Arrays.binarySearch(lineStarts, offset);
    int line = idx >= 0 ? idx : -idx - 2;
    int start = lineStarts[line];
    int column = hasSurrogates[line] ? columnWithSurrogates(line, start, offset)
        : 1 + offset - start;
    return new Pos(line + 1, column, offset);
  }

  private int columnWithSurrogates(int line, int start, int offset) {
    int column;
    if (line == cachedLine && offset >= cachedOffset && !splitsPair(cachedOffset)) {
      column = cachedColumn + text.codePointCount(cachedOffset, offset);
    } else {
      column = 1 + text.codePointCount(start, offset);
    }
    cachedLine = line;
    cachedOffset = offset;
    cachedColumn = column;
    return column;
  }

  /** True if {@code offset} falls between the two halves of a surrogate pair. */
  private boolean splitsPair(int offset) {
    return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
        && Character.isHighSurrogate(text.charAt(offset - 1));
  }

  Range range(int start, int end) {
    return new Range(file, pos(start), pos(end));
  }

  Range range(Token token) {
    return range(token.start(), token.end());
  }

  /** From the start of {@code first} to the end of {@code last}. */
  Range range(Token first, Token last) {
    return range(first.start(), Math.max(first.start(), last.end()));
  }
}
