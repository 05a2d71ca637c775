package dev.burstgrid.lang.function;

/** A function rejected its arguments or failed; the message is user-facing. */
public class FunctionException extends Exception {
  private final int argIndex;

  public FunctionException(int argIndex, String message) {
    super(message);
    this.argIndex = argIndex;
  }

  public FunctionException(String message) {
    this(-1, message);
  }

  /** Which argument was wrong (0-based), or -1 when no single argument is to blame. */
  public int argIndex() {
    return argIndex;
  }
}
