package dev.burstgrid.compiler.source;

/**
 * A position in a source file. {@code line} and {@code column} are 1-based and count
 * Unicode code points, as editors show them; {@code offset} is the 0-based UTF-16 index
 * into the file's text, for slicing.
 */
public record Pos(int line, int column, int offset) implements Comparable<Pos> {
  public static final Pos START = new Pos(1, 1, 0);

  @Override
  public int compareTo(Pos other) {
    return Integer.compare(offset, other.offset);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
