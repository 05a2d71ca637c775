package dev.burstgrid.runtime;

import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A failure of a step or resource: where it is declared and what went wrong.
 *
 * @param address e.g. {@code step.http_request.fan[3]} or {@code resource.db.main}
 * @param location {@code file:line:col}
 * @param cause what the runner, asset or generated code threw
 */
public record RunFailure(String address, String location, Throwable cause) {

  public RunFailure {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(cause, "cause");
  }

  /** A failure whose cause is unwrapped from {@link CompletionException} and friends. */
  public static RunFailure of(String address, String location, Throwable cause) {
    return new RunFailure(address, location, unwrap(cause));
  }

  /** The cause's message (with a hint when it is running out of memory), or its class name when it has none. */
  public String message() {
    if (cause instanceof OutOfMemoryError outOfMemory) {
      return OutOfMemoryText.of(outOfMemory);
    }
    String message = cause.getMessage();
    if (message != null && !message.isBlank()) {
      return message;
    }
    // A step stopped by the run's cancellation is "interrupted", not a Java class name.
    return cause instanceof InterruptedException ? "interrupted" : cause.getClass().getName();
  }

  /** {@code address (location): message}. */
  @Override
  public String toString() {
    return address + " (" + location + "): " + message();
  }

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
