package dev.burstgrid.compiler.source;

/** A half-open span {@code [start, end)} of one source file. */
public record Range(SourceFile file, Pos start, Pos end) {

  public Range {
    if (end.offset() < start.offset()) {
      throw new IllegalArgumentException("range ends before it starts: " + start + ".." + end);
    }
  }

  /** An empty range at {@code pos}. */
  public static Range at(SourceFile file, Pos pos) {
    return new Range(file, pos, pos);
  }

  /** The smallest range covering both (same file). */
  public Range to(Range other) {
    Pos s = start.offset() <= other.start.offset() ? start : other.start;
    Pos e = end.offset() >= other.end.offset() ? end : other.end;
    return new Range(file, s, e);
  }

  public String filename() {
    return file.displayName();
  }

  /** The source text this range covers. */
  public String text() {
    return file.text().substring(start.offset(), end.offset());
  }

  /** {@code file:line:col}, the form every diagnostic and error message uses. */
  public String location() {
    return file.displayName() + ":" + start.line() + ":" + start.column();
  }

  /**
   * {@code file:line:col} with the file named relative to the grid's root, as generated code
   * carries it: a built jar must not hold paths of the machine that built it.
   */
  public String gridLocation() {
    return file.rootName() + ":" + start.line() + ":" + start.column();
  }

  @Override
  public String toString() {
    return location();
  }
}
