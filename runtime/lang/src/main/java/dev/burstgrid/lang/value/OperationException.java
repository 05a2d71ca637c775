package dev.burstgrid.lang.value;

/**
 * An operator was given an operand it cannot work with. The message is user-facing ({@code
 * Unsupported operand type: a number is required}); {@link #operand()} says which operand is to
 * blame (0 = left or only, 1 = right, -1 = neither alone).
 */
public class OperationException extends Exception {
  private final int operand;

  public OperationException(int operand, String message) {
    super(message);
    this.operand = operand;
  }

  public int operand() {
    return operand;
  }
}
