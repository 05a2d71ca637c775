package dev.burstgrid.compiler.codegen;

/**
 * javac rejected generated code, or it could not be loaded: a bug in bggoc, never a grid
 * error. {@link #gridLocation()} names the grid block whose code failed, when known.
 */
public final class GridCompileException extends Exception {
  private final String gridLocation;

  public GridCompileException(String message, String gridLocation) {
    super(message);
    this.gridLocation = gridLocation;
  }

  public String gridLocation() {
    return gridLocation;
  }
}
