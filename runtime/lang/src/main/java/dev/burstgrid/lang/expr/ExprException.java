package dev.burstgrid.lang.expr;

/**
 * An HCL expression failed: an invalid operand, a missing attribute, a bad function argument.
 * {@link #summary()} is terse ("Unsupported attribute"), {@link #getMessage()} the user-facing
 * detail. Generated code attaches the HCL location of the failing sub-expression ({@link #at}); the
 * compile-time evaluator turns the exception into a diagnostic instead.
 */
public class ExprException extends RuntimeException {
  private final String summary;
  private final String location;

  public ExprException(String summary, String detail) {
    this(summary, detail, null);
  }

  private ExprException(String summary, String detail, String location) {
    super(detail, null, false, false);
    this.summary = summary;
    this.location = location;
  }

  public String summary() {
    return summary;
  }

  /** {@code file:line:col} of the failing expression, or null when not attached yet. */
  public String location() {
    return location;
  }

  /**
   * This failure located at {@code location}, unless it already names a (more precise, inner)
   * location.
   */
  public ExprException at(String location) {
    return this.location != null ? this : new ExprException(summary, getMessage(), location);
  }

  /** {@code file:line:col: Summary; detail}, the one-line form for step failures. */
  public String describe() {
    String where = location == null ? "" : location + ": ";
    return where + summary + "; " + getMessage();
  }
}
