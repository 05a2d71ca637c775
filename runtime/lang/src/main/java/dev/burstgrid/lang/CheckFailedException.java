package dev.burstgrid.lang;

/** A step's {@code check} whose condition was false: the step fails with this message. */
public final class CheckFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String check;

  public CheckFailedException(String check, String location, String errorMessage) {
    super("check \"" + check + "\" (" + location + ") failed" + (errorMessage == null ? "" : ": " + errorMessage));
    this.check = check;
  }

  /** The check's name. */
  public String check() {
    return check;
  }
}
