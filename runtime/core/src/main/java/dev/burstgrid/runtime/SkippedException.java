package dev.burstgrid.runtime;

import java.util.concurrent.CancellationException;

/**
 * Completes the future of a step that never ran its body because the run failed or was
 * cancelled first.
 */
public final class SkippedException extends CancellationException {

  private final String address;

  public SkippedException(String address, String reason) {
    super(address + " skipped: " + reason);
    this.address = address;
  }

  public String address() {
    return address;
  }

  /** No stack trace: a skip has no interesting origin, and a stopped run may skip 100,000. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
