package dev.burstgrid.runtime.internal;

/** A consumer cannot run because its resource failed to be created. */
final class ResourceUnavailableException extends Exception {

  ResourceUnavailableException(String address, Throwable cause) {
    super(address + " is unavailable", cause, false, false);
  }
}
