package dev.burstgrid.runtime.report;

/** A report file that is not JSON, or not a bggo report of a version this reader knows. */
public final class ReportFormatException extends RuntimeException {
  public ReportFormatException(String message) {
    super(message);
  }
}
