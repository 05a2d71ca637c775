package dev.burstgrid.lang.value;

import java.util.List;

/**
 * A value could not be converted to the wanted type. {@link #getMessage()} is user-facing and
 * starts with the path to the offending part ({@code .headers["x"]: a number is required}); {@link
 * #reason()} and {@link #path()} give the two halves separately.
 */
public class ConversionException extends Exception {
  private final List<PathStep> path;
  private final String reason;

  public ConversionException(List<PathStep> path, String reason) {
    super(PathStep.format(path).isEmpty() ? reason : PathStep.format(path) + ": " + reason);
    this.path = List.copyOf(path);
    this.reason = reason;
  }

  public ConversionException(String reason) {
    this(List.of(), reason);
  }

  /** Where inside the value the problem is; empty for the value itself. */
  public List<PathStep> path() {
    return path;
  }

  /** The problem without the path: {@code a number is required}. */
  public String reason() {
    return reason;
  }

  /** The path rendered as in the message ({@code .headers["x"]}), or "" for the root. */
  public String pathString() {
    return PathStep.format(path);
  }
}
