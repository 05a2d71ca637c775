package dev.burstgrid.compiler.diag;

/**
 * A failure inside bggoc while it handled one block of a grid: never a grid error, always a bug,
 * carried up to the last-resort handler with the location of the block it was working on.
 */
public final class CompilerBug extends RuntimeException {
  private final String gridLocation;

  /**
   * @param what the block, e.g. {@code step.print.a at grid.hcl:4:1}
   * @param cause what went wrong
   */
  public CompilerBug(String what, Throwable cause) {
    super(cause.toString(), cause);
    this.gridLocation = what;
  }

  /** The grid block being handled, e.g. {@code step.print.a at grid.hcl:4:1}. */
  public String gridLocation() {
    return gridLocation;
  }
}
