package dev.burstgrid.maven;

/** A problem that stops a goal, with a message that says how to fix it; the mojos turn it into a build failure. */
final class GridBuildException extends Exception {
  GridBuildException(String message) {
    super(message);
  }
}
