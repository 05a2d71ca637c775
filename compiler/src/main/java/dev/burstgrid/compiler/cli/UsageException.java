package dev.burstgrid.compiler.cli;

/** A problem with the command line or its paths: printed as one line, exit code 2. */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message);
  }
}
