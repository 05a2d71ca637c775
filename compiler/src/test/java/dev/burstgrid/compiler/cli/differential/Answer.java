package dev.burstgrid.compiler.cli.differential;

/**
 * What one side of the comparison said about one expression instance: a value as compact JSON,
 * an error with its message, a bug (an internal error, a crash, no answer at all), which agrees
 * with nothing, or nothing to compare (an instance cancelled because another instance of its
 * group failed first; that failure is compared).
 */
public record Answer(Kind kind, String text) {
  /** The kinds of answer. */
  public enum Kind { VALUE, ERROR, BUG, NOT_COMPARED }

  public static Answer value(String json) {
    return new Answer(Kind.VALUE, json);
  }

  public static Answer error(String message) {
    return new Answer(Kind.ERROR, message);
  }

  public static Answer bug(String message) {
    return new Answer(Kind.BUG, message);
  }

  public static Answer notCompared(String why) {
    return new Answer(Kind.NOT_COMPARED, why);
  }

  public boolean isError() {
    return kind == Kind.ERROR;
  }

  /** The same value, or both an error (messages may differ: they come from different stages). */
  public boolean agreesWith(Answer other) {
    if (kind == Kind.NOT_COMPARED || other.kind == Kind.NOT_COMPARED) {
      return true;
    }
    return kind != Kind.BUG && kind == other.kind && (isError() || text.equals(other.text));
  }

  @Override
  public String toString() {
    return switch (kind) {
      case VALUE -> text;
      case ERROR -> "error: " + text;
      case BUG -> "BUG: " + text;
      case NOT_COMPARED -> "not compared: " + text;
    };
  }
}
